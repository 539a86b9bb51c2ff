import type { ReactNode } from "react";
import type { DiffPart } from "@/lib/diff";
import { segments, sideParts } from "@/lib/diff/segments";
import { comparedText, comparedTexts } from "@/lib/compare/rows";
import type { CompareRowData, SidePoint } from "@/lib/compare/types";
import { languageName } from "@/lib/format";
import { BreaksOff, ClauseText } from "./ClauseText";
import { EvidenceBadge } from "./EvidenceBadge";
import { ReportText } from "./ReportText";
import { WordDiff } from "./WordDiff";

/**
 * One side of a compare row: its points (label, text with this side's marks, sub-points, evidence), or,
 * when the side is empty, what the emptiness means — no counterpart, the version's own removal notice,
 * or a counterpart that could not be identified because text is missing. Unknown is never shown as removed.
 */
export function CompareSide({ row, side, versionTitle }: { row: CompareRowData; side: "from" | "to"; versionTitle: string }) {
  const points = side === "from" ? row.from : row.to;
  const marks = sideSegments(row, side, points);
  let next = 0;
  const take = () => marks?.[next++] ?? null;
  return (
    <div data-side={side} className="min-w-0 py-3">
      <p className="mb-1.5 font-sans text-[0.7rem] font-semibold tracking-wider text-muted uppercase lg:sr-only">{versionTitle}</p>
      {points.length === 0 ? (
        <EmptySide row={row} side={side} />
      ) : (
        <div className="space-y-4">
          {points.map((p) => {
            const own = take();
            const subs = p.subs.map((s) => (s.compared ? take() : null));
            return <SidePointView key={p.id} point={p} own={own} subs={subs} />;
          })}
        </div>
      )}
    </div>
  );
}

/** This side's marked parts, one list per compared piece; null when the row has no redline (or it does not fit the texts). */
function sideSegments(row: CompareRowData, side: "from" | "to", points: SidePoint[]): DiffPart[][] | null {
  if (row.diff.status !== "ok" || points.length === 0) return null;
  const parts = sideParts(row.diff.parts, side, comparedText(points));
  if (!parts) return null;
  const segs = segments(parts);
  return segs.length === comparedTexts(points).length ? segs : null;
}

/**
 * A point with its printed label, text, sub-points and evidence. `own`/`subs` are one side's marked parts;
 * `redline` (the lineage page) is a whole two-sided redline over the point and its sub-points, one
 * segment per line, shown instead of the plain text.
 */
export function SidePointView({
  point,
  own = null,
  subs = [],
  redline = null,
}: {
  point: SidePoint;
  own?: DiffPart[] | null;
  subs?: (DiffPart[] | null)[];
  redline?: DiffPart[][] | null;
}) {
  const printed = point.label.trim();
  const numbered = /[\p{L}\p{N}]/u.test(printed);
  const unrecovered = point.evidence === "unknown" && point.text.trim() === "";
  return (
    <div data-key={point.key} data-evidence={point.evidence} className="grid grid-cols-[2rem_minmax(0,1fr)] gap-x-3 sm:grid-cols-[2.5rem_minmax(0,1fr)]">
      <span
        title={numbered ? `Printed as “${printed}”` : printed ? `Point ${point.key} (printed as “${printed}”)` : `Point ${point.key}`}
        className={`pt-[0.15rem] text-right font-sans font-semibold tabular-nums ${numbered ? "text-muted" : "text-faint"}`}
      >
        {numbered ? printed : point.key}
      </span>
      <div className="min-w-0">
        {redline ? (
          <Redline segments={redline} language={point.language} truncated={point.truncated} />
        ) : unrecovered ? (
          <NotRecovered what={`point ${point.key}`} />
        ) : point.evidence === "reported" ? (
          <ReportText text={point.text} language={point.language} />
        ) : point.deleted ? (
          <ClauseText text={point.text} language={point.language} deleted />
        ) : (
          <Text text={point.text} parts={own} language={point.language} truncated={point.truncated} />
        )}
        {!redline && point.subs.length > 0 && (
          <ol className="mt-2 space-y-1.5">
            {point.subs.map((s, i) => (
              <li key={s.key} className="grid grid-cols-[1.5rem_minmax(0,1fr)] gap-x-2">
                <span className="pt-[0.15rem] text-right font-sans text-sm font-semibold text-muted">{s.label.trim() || "•"}</span>
                {s.evidence === "unknown" && s.text.trim() === "" ? (
                  <NotRecovered what={`sub-point ${s.key}`} />
                ) : (
                  <Text text={s.text} parts={subs[i] ?? null} language={s.compared ? point.language : null} truncated={s.truncated} />
                )}
              </li>
            ))}
          </ol>
        )}
        {point.notes && point.notes.length > 0 && (
          <ul className="mt-2 space-y-1 font-sans text-xs text-muted" aria-label="Notes by the outlet">
            {point.notes.map((note, i) => (
              <li key={i} dir="auto">
                <span className="font-semibold">Outlet's note, not the plan's text:</span> {note}
              </li>
            ))}
          </ul>
        )}
        {!unrecovered && (
          <p className="mt-2 flex flex-wrap items-center gap-x-2 gap-y-1 font-sans text-xs text-muted">
            <EvidenceBadge grade={point.evidence} />
            {point.deleted && <span className="font-medium text-struck">Struck by this version</span>}
            {point.witness && (
              <span>
                English reading from {point.witness.outlet}; the preferred reading is in {languageName(point.witness.language)}
              </span>
            )}
          </p>
        )}
      </div>
    </div>
  );
}

/** A two-sided redline: the first segment is the point's own text, each further one a sub-point's line. */
function Redline({ segments: segs, language, truncated }: { segments: DiffPart[][]; language: string | null; truncated: boolean }) {
  const [head = [], ...rest] = segs;
  return (
    <div lang={language ?? undefined}>
      <p className="reading text-[1.0625rem] whitespace-pre-line">
        <WordDiff parts={head} inline />
      </p>
      {rest.length > 0 && (
        <ul className="mt-2 space-y-1.5">
          {rest.map((parts, i) => (
            <li key={i} className="reading grid grid-cols-[1.5rem_minmax(0,1fr)] gap-x-2 text-[1.0625rem] whitespace-pre-line">
              <span aria-hidden="true" className="text-right font-sans text-sm text-muted">
                •
              </span>
              <span>
                <WordDiff parts={parts} inline />
              </span>
            </li>
          ))}
        </ul>
      )}
      {truncated && <BreaksOff />}
    </div>
  );
}

function Text({ text, parts, language, truncated }: { text: string; parts: DiffPart[] | null; language: string | null; truncated: boolean }) {
  return (
    <p lang={language ?? undefined} className="reading text-[1.0625rem] whitespace-pre-line">
      {parts ? <WordDiff parts={parts} /> : text}
      {truncated && <BreaksOff />}
    </p>
  );
}

function NotRecovered({ what }: { what: string }) {
  return (
    <div data-empty="not-recovered" className="rounded-md border border-dashed border-faint/60 px-3 py-2 font-sans text-sm text-muted">
      <p className="flex items-center gap-2 font-semibold text-ink">
        <QuestionMark />
        Text not recovered
      </p>
      <p className="mt-0.5">No available source holds {what}. It is missing from the record, not deleted.</p>
    </div>
  );
}

function QuestionMark() {
  return (
    <span aria-hidden="true" className="inline-grid size-[1.15rem] place-items-center rounded-full border border-dashed border-current text-[0.68rem] font-bold">
      ?
    </span>
  );
}

/** What an empty side means, in words. */
function EmptySide({ row, side }: { row: CompareRowData; side: "from" | "to" }) {
  if (row.kind === "removed" && side === "to" && row.struck) {
    return (
      <div data-empty="struck" className="grid grid-cols-[2rem_minmax(0,1fr)] gap-x-3 sm:grid-cols-[2.5rem_minmax(0,1fr)]">
        <span className="pt-[0.15rem] text-right font-sans font-semibold text-faint tabular-nums">{row.struck.key}</span>
        <div className="min-w-0">
          <p className="mb-1 font-sans text-sm font-semibold text-struck">Struck by this version, which prints:</p>
          <ClauseText text={row.struck.text} language={row.struck.language} deleted />
        </div>
      </div>
    );
  }
  if (row.kind === "removed" || row.kind === "added") {
    return (
      <Box kind="none" title="No counterpart">
        {row.kind === "removed" ? "This point has no counterpart in this version." : "This point is new: the earlier version has no counterpart."}
      </Box>
    );
  }
  if (row.kind === "unknown") {
    return (
      <Box kind="unknown" title="Counterpart not identified">
        The text of this version around here is not recovered or cannot be compared, so its counterpart cannot be found. This is not
        a removal.
      </Box>
    );
  }
  return (
    <Box kind="unknown" title="Not linked">
      No link covers this point.
    </Box>
  );
}

function Box({ kind, title, children }: { kind: "none" | "unknown"; title: string; children: ReactNode }) {
  return (
    <div
      data-empty={kind}
      className={`rounded-md px-3 py-2 font-sans text-sm text-muted ${kind === "unknown" ? "border border-dashed border-faint/60" : "border border-rule bg-raised"}`}
    >
      <p className="flex items-center gap-2 font-semibold text-ink">
        {kind === "unknown" ? <QuestionMark /> : <span aria-hidden="true">—</span>}
        {title}
      </p>
      <p className="mt-0.5">{children}</p>
    </div>
  );
}
