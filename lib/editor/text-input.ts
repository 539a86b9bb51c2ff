/**
 * What an editor pastes or uploads, checked before anything is parsed or stored. Pure (no framework,
 * no Node imports): the form runs it in the browser for an instant answer, the zod schemas in
 * lib/schemas/editor.ts run it again on the server, where it counts.
 *
 * Every problem has one specific message that says what is wrong, where, and what to do.
 */

/** The largest text accepted, in UTF-8 bytes (1 MB). The longest seed rendition is ~40 kB. */
export const MAX_TEXT_BYTES = 1_000_000;
export const MAX_TEXT_LABEL = "1 MB";
/** More clauses than this in one text is not a plan (the seed's longest has 28 points with sub-points). */
export const MAX_CLAUSES = 10_000;
/** File types an upload may have. */
export const UPLOAD_EXTENSIONS = [".txt", ".md"] as const;

export type TextProblemCode =
  | "empty"
  | "whitespace"
  | "too-large"
  | "binary"
  | "control"
  | "replacement"
  | "surrogate"
  | "invalid-utf8"
  | "file-type";

export interface TextProblem {
  code: TextProblemCode;
  message: string;
}

const NF = new Intl.NumberFormat("en-GB");

/** UTF-8 length of `text` without allocating an encoded copy (a 1 MB paste is checked on each keystroke). */
export function utf8Length(text: string): number {
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) bytes += 1;
    else if (c < 0x800) bytes += 2;
    else if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length) {
      const next = text.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) {
        bytes += 4;
        i++;
      } else bytes += 3;
    } else bytes += 3;
  }
  return bytes;
}

/** "1.4 MB", "812 kB", "930 bytes": sizes as an editor reads them. */
export function formatBytes(bytes: number): string {
  if (bytes >= 1_000_000) return `${(bytes / 1_000_000).toFixed(2)} MB`;
  if (bytes >= 1_000) return `${Math.round(bytes / 1_000)} kB`;
  return `${bytes} byte${bytes === 1 ? "" : "s"}`;
}

/** 1-based line and column of offset `index` in `text`. */
export function lineAndColumn(text: string, index: number): { line: number; column: number } {
  let line = 1;
  let start = 0;
  for (let i = 0; i < index && i < text.length; i++) {
    if (text.charCodeAt(i) === 10) {
      line++;
      start = i + 1;
    }
  }
  return { line, column: index - start + 1 };
}

function where(text: string, index: number): string {
  const { line, column } = lineAndColumn(text, index);
  return `line ${NF.format(line)}, column ${NF.format(column)}`;
}

// Control characters that never occur in a plan's text. Tab, line feed, carriage return and form feed
// (page breaks from PDF copies) are text; NUL marks a binary file; the rest is binary or garbling.
const NUL = /\u0000/;
const CONTROL = /[\u0001-\u0008\u000B\u000E-\u001F\u007F-\u009F]/;
// U+FFFD is what a decoder writes for bytes that were not valid in its encoding: the original is lost.
const REPLACEMENT = /\uFFFD/;
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/**
 * The first problem with a pasted or decoded text, or null when it can be parsed and stored.
 * `what` names the text in messages ("The text", "The rendition").
 */
export function checkText(text: string, what = "The text"): TextProblem | null {
  if (text.length === 0) {
    return { code: "empty", message: `${what} is empty. Paste the text of the draft, or choose a .txt or .md file.` };
  }
  // Checked before anything that walks the text, so that a huge paste is refused at once.
  // A UTF-16 unit is at most 3 UTF-8 bytes: short texts need no count.
  const bytes = text.length * 3 <= MAX_TEXT_BYTES ? 0 : utf8Length(text);
  if (bytes > MAX_TEXT_BYTES) {
    return {
      code: "too-large",
      message: `${what} is ${NF.format(bytes)} bytes (${formatBytes(bytes)}); the limit is ${MAX_TEXT_LABEL} (${NF.format(MAX_TEXT_BYTES)} bytes). Split it into several renditions or leave out what is not plan text.`,
    };
  }
  if (text.trim().length === 0) {
    return { code: "whitespace", message: `${what} has only spaces and line breaks. Paste the text of the draft itself.` };
  }
  const nul = NUL.exec(text);
  if (nul) {
    return {
      code: "binary",
      message: `${what} contains a NUL byte (${where(text, nul.index)}): this is a binary file, not text. Upload a plain-text .txt or .md file.`,
    };
  }
  const replacement = REPLACEMENT.exec(text);
  if (replacement) {
    return {
      code: "replacement",
      message: `${what} contains “\uFFFD” replacement characters (${where(text, replacement.index)}): it was decoded from a file that is not UTF-8, and the original characters are lost. Save the file as UTF-8 and try again.`,
    };
  }
  const control = CONTROL.exec(text);
  if (control) {
    const code = control[0].charCodeAt(0).toString(16).toUpperCase().padStart(4, "0");
    return {
      code: "control",
      message: `${what} contains the control character U+${code} (${where(text, control.index)}), which plain text does not have: it is garbled or binary. Paste the text again from the original page.`,
    };
  }
  const surrogate = LONE_SURROGATE.exec(text);
  if (surrogate) {
    return {
      code: "surrogate",
      message: `${what} contains a broken character (half of an emoji or symbol, ${where(text, surrogate.index)}). Paste the text again from the original page.`,
    };
  }
  return null;
}

/** Markup in a text is stored and shown as typed; the editor is told so, since it usually means a page's source was copied. */
export function markupNotice(text: string): string | null {
  const tag = /<\/?(script|style|iframe|img|svg|a|div|span|p|br|object|embed|form|input|textarea|html|body)\b[^>]*>/i.exec(text);
  if (!tag) return null;
  return `The text contains HTML markup (${tag[0].slice(0, 40)}${tag[0].length > 40 ? "…" : ""}). It is kept as plain text and shown exactly as typed; it is never run. If you copied a page's source, paste its visible text instead.`;
}

export type DecodedUpload = { ok: true; text: string } | { ok: false; problem: TextProblem };

/**
 * An uploaded file's bytes → its text. Only .txt and .md, at most MAX_TEXT_BYTES, strictly UTF-8
 * (a Latin-1 or UTF-16 file is refused with a message rather than silently garbled). A UTF-8 byte
 * order mark is dropped, as every editor does.
 */
export function decodeUpload(name: string, bytes: Uint8Array): DecodedUpload {
  const lower = name.toLowerCase();
  if (!UPLOAD_EXTENSIONS.some((ext) => lower.endsWith(ext))) {
    return {
      ok: false,
      problem: { code: "file-type", message: `“${name}” is not a .txt or .md file. Upload the text as plain text (.txt) or Markdown (.md).` },
    };
  }
  if (bytes.length === 0) return { ok: false, problem: { code: "empty", message: `“${name}” is empty (0 bytes).` } };
  if (bytes.length > MAX_TEXT_BYTES) {
    return {
      ok: false,
      problem: {
        code: "too-large",
        message: `“${name}” is ${NF.format(bytes.length)} bytes (${formatBytes(bytes.length)}); the limit is ${MAX_TEXT_LABEL} (${NF.format(MAX_TEXT_BYTES)} bytes). Split it into several renditions.`,
      },
    };
  }
  const nul = bytes.indexOf(0);
  if (nul !== -1) {
    const utf16 = (bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff);
    return {
      ok: false,
      problem: utf16
        ? { code: "invalid-utf8", message: `“${name}” is saved as UTF-16. Save it as UTF-8 and upload it again.` }
        : { code: "binary", message: `“${name}” contains NUL bytes (first at byte ${NF.format(nul + 1)}): it is a binary file, not text. Upload a plain-text .txt or .md file.` },
    };
  }
  let text: string;
  try {
    text = new TextDecoder("utf-8", { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    const at = firstInvalidUtf8(bytes);
    return {
      ok: false,
      problem: {
        code: "invalid-utf8",
        message: `“${name}” is not valid UTF-8 (first bad byte at position ${NF.format(at + 1)}): it is probably saved in an older encoding such as Windows-1252. Save it as UTF-8 and upload it again.`,
      },
    };
  }
  const problem = checkText(text, `“${name}”`);
  return problem ? { ok: false, problem } : { ok: true, text };
}

/** Byte offset of the first byte that breaks UTF-8 (for the message); the length when all is valid. */
export function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i]!;
    const need = b < 0x80 ? 0 : b >= 0xc2 && b <= 0xdf ? 1 : b >= 0xe0 && b <= 0xef ? 2 : b >= 0xf0 && b <= 0xf4 ? 3 : -1;
    if (need < 0) return i;
    for (let k = 1; k <= need; k++) {
      const c = bytes[i + k];
      if (c === undefined || c < 0x80 || c > 0xbf) return i;
    }
    i += need + 1;
  }
  return bytes.length;
}
