import type { LinkKind } from "@/lib/align/types";
import type { CompareRowData, LinkSource } from "@/lib/compare/types";
import { KIND_DESCRIPTION } from "@/lib/compare/labels";
import { kindTitle, LinkKindBadge } from "./LinkKindBadge";

/** Who says so, in a few words: shown beside every link, quietly. */
export function originLabel(source: LinkSource): string {
  switch (source.kind) {
    case "stored":
      if (source.status === "confirmed") return "Confirmed by an editor";
      return source.origin === "editor" ? "Linked by an editor" : "Proposed by the aligner";
    case "computed":
      return "Computed now, not reviewed";
    case "none":
      return "No link";
  }
}

const percent = (x: number) => `${Math.round(x * 100)}%`;

/**
 * The kind badge, which opens the reasons for the link: confidence, who made it, what the aligner saw.
 * A native disclosure, so the score is reachable by keyboard and by tap, not only by hovering.
 */
export function LinkWhy({ row }: { row: CompareRowData }) {
  const kind: LinkKind | null = row.kind;
  const title = row.score === null ? kindTitle(kind) : `${kindTitle(kind)} Confidence ${percent(row.score)}.`;
  const e = row.evidence;
  return (
    <details className="group/why">
      <summary
        title={title}
        className="inline-flex list-none items-center gap-1 rounded-full [&::-webkit-details-marker]:hidden"
        aria-label={`${kind ? kind : "not linked"}${row.score === null ? "" : `, confidence ${percent(row.score)}`}: show why`}
      >
        <LinkKindBadge kind={kind} />
        <svg aria-hidden="true" viewBox="0 0 16 16" className="size-3 fill-current text-faint transition-transform group-open/why:rotate-90">
          <path d="M5 3l6 5-6 5z" />
        </svg>
      </summary>
      <div className="mt-2 max-w-prose rounded-md border border-rule bg-raised px-4 py-3 font-sans text-sm leading-relaxed text-muted shadow-sm">
        <p className="text-ink">{kind ? KIND_DESCRIPTION[kind] : "No link covers this clause: an editor rejected the aligner's proposal and has not linked it otherwise."}</p>
        <dl className="mt-2 grid grid-cols-[max-content_minmax(0,1fr)] gap-x-3 gap-y-1">
          {row.score !== null && (
            <>
              <dt>Confidence</dt>
              <dd className="text-ink tabular-nums">{percent(row.score)}</dd>
            </>
          )}
          <dt>Link</dt>
          <dd className="text-ink">
            {originLabel(row.source)}
            {row.source.kind === "stored" && row.source.reversed && " (stored for the opposite direction, read backwards)"}
          </dd>
          {e && e.similarity > 0 && (
            <>
              <dt>Shared wording</dt>
              <dd className="tabular-nums">{percent(e.similarity)}</dd>
            </>
          )}
          {e && e.sharedNames.length > 0 && (
            <>
              <dt>Names on both sides</dt>
              <dd>{e.sharedNames.join(", ")}</dd>
            </>
          )}
          {e && e.sharedNumbers.length > 0 && (
            <>
              <dt>Figures on both sides</dt>
              <dd className="tabular-nums">{e.sharedNumbers.join(", ")}</dd>
            </>
          )}
          {e && (e.changedNumbers.from.length > 0 || e.changedNumbers.to.length > 0) && (
            <>
              <dt>Figures on one side</dt>
              <dd className="tabular-nums">
                {e.changedNumbers.from.length > 0 && `earlier only: ${e.changedNumbers.from.join(", ")}`}
                {e.changedNumbers.from.length > 0 && e.changedNumbers.to.length > 0 && "; "}
                {e.changedNumbers.to.length > 0 && `later only: ${e.changedNumbers.to.join(", ")}`}
              </dd>
            </>
          )}
          {e?.labelMatch && (
            <>
              <dt>Numbering</dt>
              <dd>same point number</dd>
            </>
          )}
        </dl>
        {e && e.notes.length > 0 && (
          <ul className="mt-2 list-disc pl-5">
            {e.notes.map((n) => (
              <li key={n}>{n}</li>
            ))}
          </ul>
        )}
        {row.note && <p className="mt-2 text-ink">Editor&apos;s note: {row.note}</p>}
      </div>
    </details>
  );
}
