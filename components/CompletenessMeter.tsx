import type { EvidenceGrade } from "@/generated/prisma/enums";
import type { Completeness } from "@/lib/server/queries/versions";
import { plural } from "@/lib/format";

const CELL: Record<EvidenceGrade, string> = {
  verbatim: "bg-verbatim",
  paraphrase: "bg-paraphrase",
  reported: "bg-reported/70",
  unknown: "border border-dashed border-faint",
};

/** "23 of 28 points known", with one cell per point so the gaps show where they are. */
export function completenessSentence(c: Completeness): string {
  if (c.total === 0) return c.reports > 0 ? `Known only from ${plural(c.reports, "report")}` : "No text on record yet";
  const known = c.total - c.unknown;
  const parts = [`${known} of ${plural(c.total, "point")} known`];
  if (c.reportedOnly > 0) parts.push(`${c.reportedOnly} only from reports`);
  if (c.reports > 0) parts.push(plural(c.reports, "further report"));
  return parts.join(" · ");
}

/** `after` continues the sentence (e.g. the number of sources) so it wraps as one line of text. */
export function CompletenessMeter({ completeness, after }: { completeness: Completeness; after?: string }) {
  return (
    <div className="flex flex-wrap items-center gap-x-3 gap-y-1.5">
      {completeness.total > 0 && (
        // The strip repeats the sentence beside it for sighted readers; assistive tech reads the sentence.
        <span aria-hidden="true" className="flex flex-wrap gap-[3px]">
          {completeness.points.map((grade, i) => (
            <span key={i} className={`h-3 w-[0.4rem] rounded-[1px] ${CELL[grade]}`} />
          ))}
        </span>
      )}
      <span className="font-sans text-sm text-muted">
        {completenessSentence(completeness)}
        {after && ` · ${after}`}
      </span>
    </div>
  );
}
