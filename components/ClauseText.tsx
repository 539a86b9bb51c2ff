/**
 * A clause's text as printed, in the reading face. Blank lines separate paragraphs; single line breaks
 * are kept. Text is always rendered as React text, never as HTML: source text may contain markup.
 */
export function ClauseText({
  text,
  language,
  truncated = false,
  deleted = false,
}: {
  text: string;
  language: string | null;
  truncated?: boolean;
  deleted?: boolean;
}) {
  const paragraphs = text.split(/\n[ \t]*\n+/).filter((p) => p.trim() !== "");
  const Body = deleted ? "del" : "div";
  return (
    <Body lang={language ?? undefined} className={`reading block whitespace-pre-line ${deleted ? "text-muted decoration-struck/70 decoration-1" : ""}`}>
      {paragraphs.map((p, i) => (
        <p key={i} className={i > 0 ? "mt-3" : undefined}>
          {p}
          {truncated && i === paragraphs.length - 1 && <BreaksOff />}
        </p>
      ))}
    </Body>
  );
}

/** Marks where the stored excerpt ends mid-text: the rest of the clause was not recovered. */
export function BreaksOff() {
  return (
    <span className="ml-1 inline-flex items-center gap-1 align-middle font-sans text-xs font-medium whitespace-nowrap text-reported no-underline">
      <span aria-hidden="true" className="tracking-widest">
        ⋯
      </span>
      <span className="rounded-sm border-b border-dashed border-reported/70">text breaks off here</span>
    </span>
  );
}
