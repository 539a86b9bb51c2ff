import type { SnippetPart } from "@/lib/search/snippet";

/** A search snippet: matches as <mark> elements, everything else as plain text (never as HTML). */
export function Snippet({ parts, language }: { parts: readonly SnippetPart[]; language?: string | null }) {
  return (
    <p lang={language ?? undefined} className="reading text-base">
      {parts.map((p, i) =>
        p.mark ? (
          <mark key={i} className="rounded-sm bg-reported-soft px-0.5 font-semibold text-ink">
            {p.text}
          </mark>
        ) : (
          <span key={i}>{p.text}</span>
        ),
      )}
    </p>
  );
}
