import type { ReadingView } from "@/lib/server/queries/version-page";
import { plural } from "@/lib/format";
import { ClauseText } from "./ClauseText";
import { EvidenceBadge } from "./EvidenceBadge";
import { ReportText } from "./ReportText";
import { SourceCitation } from "./SourceCitation";

/** The other witnesses' texts of a clause, one click away: a native disclosure (keyboard-ready, no JS). */
export function OtherReadings({ readings }: { readings: ReadingView[] }) {
  return (
    <details className="group mt-2">
      <summary className="inline-flex list-none items-center gap-1.5 rounded px-1.5 py-0.5 -ml-1.5 font-sans text-sm font-medium text-accent hover:bg-accent-soft [&::-webkit-details-marker]:hidden">
        <svg aria-hidden="true" viewBox="0 0 16 16" className="size-3 fill-current transition-transform group-open:rotate-90">
          <path d="M5 3l6 5-6 5z" />
        </svg>
        {plural(readings.length, "other reading")}
      </summary>
      <ul className="mt-3 space-y-5 border-l border-rule pl-4 sm:pl-5">
        {readings.map((r) => (
          <li key={r.id}>
            <Reading reading={r} headClassName="mb-1.5 leading-6" />
          </li>
        ))}
      </ul>
    </details>
  );
}

/**
 * One other reading: its evidence, who printed it (and under which label), and its text. Shared by the
 * version page's disclosure above and the clause page's list.
 */
export function Reading({
  reading: r,
  headClassName,
}: {
  reading: Omit<ReadingView, "id">;
  headClassName: string;
}) {
  return (
    <>
      <p className={headClassName}>
        <EvidenceBadge grade={r.evidence} />{" "}
        <SourceCitation source={r.source} prefix={r.label ? `Printed as “${r.label}” in` : "In"} />
      </p>
      {r.evidence === "reported" ? <ReportText text={r.text} language={r.language} /> : <ClauseText text={r.text} language={r.language} truncated={r.truncated} />}
    </>
  );
}
