/**
 * CSV as RFC 4180 writes it: comma-separated, CRLF line ends, fields quoted when they hold a comma, a
 * quote or a line break. A field that a spreadsheet would run as a formula (=, +, -, @ first) gets a
 * leading apostrophe: exports carry editors' free text, and opening a file must not execute it.
 */
const FORMULA = /^[=+\-@\t\r]/;

export function csvField(value: string): string {
  const safe = FORMULA.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

export function csvDocument(columns: readonly string[], rows: ReadonlyArray<readonly string[]>): string {
  return [columns, ...rows].map((r) => r.map(csvField).join(",")).join("\r\n") + "\r\n";
}
