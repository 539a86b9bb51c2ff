import type { EvidenceGrade } from "@/generated/prisma/enums";
import type { ClauseView } from "@/lib/server/queries/version-page";
import { EVIDENCE } from "@/lib/format";
import { clauseAnchor } from "./Clause";

const CELL: Record<EvidenceGrade, string> = {
  verbatim: "border-verbatim/40 bg-verbatim-soft text-verbatim",
  paraphrase: "border-paraphrase/40 bg-paraphrase-soft text-paraphrase",
  reported: "border-reported/40 bg-reported-soft text-reported",
  unknown: "border-dashed border-faint text-muted",
};

/** "Jump to point": one small target per point, tinted by evidence, so gaps are visible before reading. */
export function PointIndex({
  points,
  reports,
  hasSources,
  heading = false,
}: {
  points: ClauseView[];
  reports: number;
  hasSources: boolean;
  /** Show the visible heading (a surrounding disclosure's summary already names it otherwise). */
  heading?: boolean;
}) {
  return (
    <nav aria-label="Jump to point" className="font-sans">
      {heading && <h2 className="mb-2 text-xs font-semibold tracking-wider text-muted uppercase">Jump to point</h2>}
      {points.length > 0 && (
        <ol className="grid grid-cols-[repeat(auto-fill,minmax(2.25rem,1fr))] gap-1.5 lg:grid-cols-4">
          {points.map((p) => (
            <li key={p.id}>
              <a
                href={`#${clauseAnchor(p.key)}`}
                title={`Point ${p.key}: ${EVIDENCE[p.evidence].label}${p.deleted ? ", struck" : ""}`}
                className={`grid h-8 place-items-center rounded border text-sm font-medium tabular-nums no-underline hover:border-accent ${CELL[p.evidence]} ${p.deleted ? "line-through" : ""}`}
              >
                {p.key}
              </a>
            </li>
          ))}
        </ol>
      )}
      <ul className="mt-3 space-y-1 text-sm">
        {reports > 0 && (
          <li>
            <a href="#reports">Reported elements ({reports})</a>
          </li>
        )}
        {hasSources && (
          <li>
            <a href="#sources">Sources</a>
          </li>
        )}
      </ul>
    </nav>
  );
}
