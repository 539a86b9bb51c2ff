/**
 * A source's text exactly as stored, line by line with line numbers (so the parser's warnings can point
 * at a line: `#src-line-12`). Each line is a React text node: markup in the text stays text. A long
 * text shows a window of lines, so a 5,000-line paste does not make a 5,000-element page.
 */
export function RawText({
  text,
  maxLines = 400,
  around,
  flagged = [],
}: {
  text: string;
  maxLines?: number;
  /** Show the window that starts a little before this line (1-based). */
  around?: number;
  /** Lines the parser warned about, marked in the margin. */
  flagged?: number[];
}) {
  const lines = text.split(/\r\n|\r|\n/);
  const start = lines.length <= maxLines ? 0 : Math.max(0, Math.min(lines.length - maxLines, (around ?? 1) - 1 - 5));
  const shown = lines.slice(start, start + maxLines);
  const warned = new Set(flagged);
  return (
    <div className="rounded-md border border-rule bg-raised font-mono text-[0.8rem] leading-relaxed" data-testid="raw-text">
      {lines.length > maxLines && (
        <p className="border-b border-rule px-3 py-1.5 font-sans text-xs text-muted">
          Lines {start + 1}–{start + shown.length} of {lines.length}
        </p>
      )}
      <ol className="max-h-[40vh] overflow-auto py-2 lg:max-h-[70vh]" start={start + 1} aria-label="Source text, line by line">
        {shown.map((line, i) => {
          const n = start + i + 1;
          return (
            <li key={n} id={`src-line-${n}`} className={`grid grid-cols-[3.25rem_minmax(0,1fr)] scroll-mt-24 target:bg-accent-soft ${warned.has(n) ? "bg-reported-soft/60" : ""}`}>
              <span aria-hidden="true" className={`pr-3 text-right tabular-nums select-none ${warned.has(n) ? "font-bold text-reported" : "text-faint"}`}>
                {n}
              </span>
              <span dir="auto" className="pr-3 break-words whitespace-pre-wrap">
                {line || "\u00a0"}
              </span>
            </li>
          );
        })}
      </ol>
    </div>
  );
}
