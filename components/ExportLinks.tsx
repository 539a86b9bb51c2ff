/**
 * Download links for a version (Markdown, JSON) or for the alignment of two versions (CSV, JSON).
 * Plain links to the export route handlers, so they work without JavaScript and can be shared; the
 * alignment links carry the compare view's filters, so a download matches what is on screen.
 */
export type ExportTarget =
  | { version: string }
  /** `query`: the compare view's filter query string ("?kind=changed&min=25", or ""), as lib/compare/filters.ts writes it. */
  | { from: string; to: string; query?: string };

export function exportUrls(target: ExportTarget): Array<{ href: string; label: string; description: string }> {
  if ("version" in target) {
    const base = `/versions/${encodeURIComponent(target.version)}`;
    return [
      { href: `${base}/export.md`, label: "Markdown", description: "the version as printed, with evidence grades and sources" },
      { href: `${base}/export.json`, label: "JSON", description: "the version with its clauses, readings and sources" },
    ];
  }
  const base = `/compare/${encodeURIComponent(target.from)}/${encodeURIComponent(target.to)}`;
  const qs = target.query ?? "";
  return [
    { href: `${base}/alignment.csv${qs}`, label: "CSV", description: "one row per link, with the gold alignment's columns first" },
    { href: `${base}/alignment.json${qs}`, label: "JSON", description: "the same links with their evidence" },
  ];
}

export function ExportLinks({ target, className = "" }: { target: ExportTarget; className?: string }) {
  const what = "version" in target ? "this version" : "this alignment";
  return (
    <p className={`no-print flex flex-wrap items-center gap-x-3 gap-y-1 font-sans text-sm text-muted ${className}`}>
      <span>Download {what}:</span>
      {exportUrls(target).map((u) => (
        <a key={u.label} href={u.href} download title={`Download ${u.description}`} className="inline-flex items-center gap-1 font-medium">
          <svg aria-hidden="true" viewBox="0 0 16 16" className="size-3.5 fill-none stroke-current stroke-[1.6]">
            <path d="M8 2.5v8M4.5 7.5 8 11l3.5-3.5M3 13.5h10" strokeLinecap="round" strokeLinejoin="round" />
          </svg>
          {u.label}
        </a>
      ))}
    </p>
  );
}
