import type { ClauseView } from "@/lib/server/queries/version-page";
import { ClauseText } from "./ClauseText";
import { CopyLinkButton } from "./CopyLinkButton";
import { FollowThroughVersions } from "./FollowThroughVersions";
import { EvidenceBadge } from "./EvidenceBadge";
import { OtherReadings } from "./OtherReadings";
import { ReportText } from "./ReportText";
import { SourceCitation } from "./SourceCitation";
import { TopicChips } from "./TopicChips";

export function clauseAnchor(key: string): string {
  return `clause-${key}`;
}

/** How a clause is named to assistive tech and in link labels: "point 10", "point 10.a", "report 3". */
function clauseName(clause: ClauseView): string {
  return clause.role === "report" ? `reported element ${clause.key.replace(/^r/, "")}` : `point ${clause.key}`;
}

/**
 * One point (or reported element) of a version, with its sub-points nested. The printed label hangs in the
 * left column and is the clause's permalink. A sub-point repeats evidence and source only where they differ
 * from its point's, so a nested list stays quiet.
 */
export function Clause({ clause, parent }: { clause: ClauseView; parent?: ClauseView }) {
  const anchor = clauseAnchor(clause.key);
  const nested = parent !== undefined;
  const differsFromParent = !parent || parent.evidence !== clause.evidence || parent.source?.id !== clause.source?.id;
  const unrecovered = clause.evidence === "unknown" && clause.text.trim() === "";
  // An unrecovered point is one quiet line: its placeholder says everything a badge and citation would.
  const showMeta = !unrecovered && (!nested || differsFromParent || clause.deleted);

  return (
    <li
      id={anchor}
      data-key={clause.key}
      data-evidence={clause.evidence}
      data-role={clause.role}
      data-deleted={clause.deleted || undefined}
      className={`clause grid gap-x-3 ${nested ? "mt-3 grid-cols-[1.75rem_minmax(0,1fr)] sm:grid-cols-[2.25rem_minmax(0,1fr)]" : `grid-cols-[2.5rem_minmax(0,1fr)] sm:grid-cols-[3.5rem_minmax(0,1fr)] sm:gap-x-4 ${unrecovered ? "py-2.5" : "py-5"}`}`}
    >
      <div className="flex flex-col items-end gap-1">
        <ClauseLabel clause={clause} anchor={anchor} nested={nested} />
        {!nested && !unrecovered && <CopyLinkButton fragment={anchor} label={clauseName(clause)} />}
      </div>
      <div className="clause-body min-w-0">
        <ClauseContent clause={clause} />
        {showMeta && (
          // One flowing line: badges first, then the citation wraps beside them rather than below.
          <p className="mt-2 leading-6 [&>span]:mr-2">
            {(!nested || parent?.evidence !== clause.evidence) && <EvidenceBadge grade={clause.evidence} />}
            {clause.deleted && <StruckBadge />}
            {clause.source && (!nested || differsFromParent) && <SourceCitation source={clause.source} />}
            {!nested && clause.lineageId && <FollowThroughVersions lineageId={clause.lineageId} name={clauseName(clause)} />}
          </p>
        )}
        <TopicChips topics={clause.topics} className="mt-2" />
        {clause.readings.length > 0 && <OtherReadings readings={clause.readings} />}
        {clause.children.length > 0 && (
          <ol className="mt-1">
            {clause.children.map((child) => (
              <Clause key={child.id} clause={child} parent={clause} />
            ))}
          </ol>
        )}
      </div>
    </li>
  );
}

function ClauseLabel({ clause, anchor, nested }: { clause: ClauseView; anchor: string; nested: boolean }) {
  // The label exactly as printed. A point printed with no number (a bare paragraph, a "-" bullet, or not
  // recovered at all) shows its number faint instead, so the reader never loses count; sub-points keep
  // their bullet, since their keys ("12.3") are ours, not the document's.
  const printed = clause.label.trim();
  const numbered = /[\p{L}\p{N}]/u.test(printed);
  const inferred = !nested && !numbered;
  const shown = inferred ? clause.key.replace(/^r/, "") : printed || "•";
  return (
    <a
      href={`#${anchor}`}
      title={`Permalink to ${clauseName(clause)}${inferred && printed ? ` (printed as “${printed}”)` : ""}`}
      className={`pt-[0.2rem] text-right font-sans leading-snug font-semibold tabular-nums no-underline [overflow-wrap:anywhere] hover:underline ${nested ? "text-sm" : "text-base"} ${inferred || !printed ? "text-faint" : "text-muted"}`}
    >
      {shown}
    </a>
  );
}

function ClauseContent({ clause }: { clause: ClauseView }) {
  if (clause.evidence === "unknown" && clause.text.trim() === "") {
    return (
      <p className="flex flex-wrap items-center gap-x-2 rounded-md border border-dashed border-faint/60 px-3 py-1.5 font-sans text-sm text-muted">
        <span aria-hidden="true" className="inline-grid size-[1.15rem] place-items-center rounded-full border border-dashed border-current text-[0.68rem] font-bold">
          ?
        </span>
        <span className="font-semibold text-ink">Not recovered</span>
        <span>— no available source holds the text of this point.</span>
      </p>
    );
  }
  if (clause.evidence === "reported" || clause.role === "report") {
    return <ReportText text={clause.text} language={clause.language} />;
  }
  return <ClauseText text={clause.text} language={clause.language} truncated={clause.truncated} deleted={clause.deleted} />;
}

function StruckBadge() {
  return (
    <span
      title="This version strikes the point: it is shown as the version prints it, struck through."
      className="inline-flex items-center gap-1.5 rounded-full bg-struck-soft align-[0.1em] py-0.5 pr-2.5 pl-1.5 font-sans text-xs leading-none font-medium whitespace-nowrap text-struck"
    >
      <span aria-hidden="true" className="font-bold">
        ✕
      </span>
      Struck by this version
    </span>
  );
}
