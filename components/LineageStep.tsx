import Link from "next/link";
import type { ReactNode } from "react";
import { segments } from "@/lib/diff/segments";
import type { LineageAbsence, LineageStep as Step } from "@/lib/server/queries/lineage";
import { formatDate, isoDay } from "@/lib/format";
import { ChangeFlags } from "./ChangeFlags";
import { SidePointView } from "./CompareSide";
import { LinkKindBadge } from "./LinkKindBadge";
import { originLabel } from "./LinkWhy";
import { KindTag } from "./StatusBadge";

/**
 * One version on a clause's path: when, which version, how the clause got there from the previous step
 * (kind, flags, who linked it) and its text as a redline against that step — or, when the version has no
 * clause of the lineage, why, said so that "not recovered" never reads as "not in this version".
 */
export function LineageStep({ step, last }: { step: Step; last: boolean }) {
  const { version } = step;
  const present = step.points.length > 0;
  // A point reached by a link the stored path does not follow is shown like a step, with the other path named.
  const elsewhere = step.absence?.state === "elsewhere" ? step.absence : null;
  const change = step.change ?? (elsewhere ? { previous: elsewhere.via, row: elsewhere.row } : null);
  const row = change?.row;
  const shown = present ? step.points : (elsewhere?.row.to ?? []);
  // One point on each side: a single redline (struck words from the previous step inline). Otherwise plain text.
  const redline = row && row.diff.status === "ok" && row.from.length === 1 && row.to.length === 1 ? segments(row.diff.parts) : null;
  return (
    <li
      data-version={version.slug}
      data-state={present ? "present" : step.absence?.state}
      className="relative grid grid-cols-[1.25rem_minmax(0,1fr)] gap-x-4 sm:grid-cols-[6.5rem_1.25rem_minmax(0,1fr)]"
    >
      <time dateTime={isoDay(version.date)} className="col-start-2 row-start-1 pt-0.5 font-sans text-sm font-medium text-muted tabular-nums sm:col-start-1 sm:text-right">
        {formatDate(version.date)}
      </time>
      <div aria-hidden="true" className="relative col-start-1 row-span-2 row-start-1 flex justify-center sm:col-start-2">
        {!last && <span className="absolute top-3 bottom-0 w-px bg-rule" />}
        <span
          className={`relative mt-[0.45rem] size-3 rounded-full border-2 ${present ? "border-ink bg-ink" : elsewhere ? "border-ink bg-paper" : step.absence?.state === "removed" ? "border-struck bg-paper" : "border-dashed border-faint bg-paper"}`}
        />
      </div>
      <div className="col-start-2 row-start-2 min-w-0 pb-10 sm:col-start-3 sm:row-start-1">
        <h2 className="flex flex-wrap items-baseline gap-x-2 gap-y-1 font-serif text-xl leading-snug font-semibold">
          <Link href={`/versions/${version.slug}`} className="text-ink no-underline decoration-accent hover:underline">
            {version.title}
          </Link>
          {shown.length > 0 && (
            <span className="font-sans text-base font-normal text-muted">
              point {shown.map((p) => p.key).join(", ")}
            </span>
          )}
          <KindTag kind={version.kind} />
        </h2>

        {change && row && (
          <div className="mt-2 flex flex-wrap items-center gap-x-3 gap-y-1.5 font-sans text-sm text-muted">
            <LinkKindBadge kind={row.kind} size="sm" />
            <ChangeFlags flags={row.flags} evidence={row.evidence} />
            <span>
              since the {change.previous.title}
              {row.source.kind === "none" ? " (no direct link: same lineage through an earlier version)" : ` · ${originLabel(row.source).toLowerCase()}`}
            </span>
            <Link href={`/compare/${change.previous.slug}/${version.slug}#${row.anchor}`} className="whitespace-nowrap">
              Compare the two versions
            </Link>
          </div>
        )}
        {change && row && <ChangeNote row={row} />}

        {elsewhere && <OtherPath lineages={elsewhere.lineages} />}
        {shown.length > 0 ? (
          <div className="mt-3 space-y-4">
            {shown.map((p) => (
              <SidePointView key={p.id} point={p} redline={redline} />
            ))}
          </div>
        ) : (
          step.absence && <Absence absence={step.absence} versionSlug={version.slug} />
        )}
      </div>
    </li>
  );
}

/** The stored paths follow this version's point as another clause: say so, and link to that path. */
function OtherPath({ lineages }: { lineages: string[] }) {
  return (
    <p className="mt-1.5 max-w-measure font-sans text-sm text-muted">
      Reached by this link, but the stored path of this version follows the point as another clause
      {lineages.length > 0 && (
        <>
          {": "}
          {lineages.map((id, i) => (
            <span key={id}>
              {i > 0 && ", "}
              <Link href={`/clauses/${encodeURIComponent(id)}`} className="font-mono text-[0.85em]">
                {id}
              </Link>
            </span>
          ))}
        </>
      )}
      .
    </p>
  );
}

function ChangeNote({ row }: { row: NonNullable<Step["change"]>["row"] }) {
  const d = row.diff;
  const text =
    d.status === "cross-language"
      ? "Different languages — linked by structure, no word diff."
      : d.status === "limit"
        ? "Too different for a word-by-word redline within its limits: the text is shown unmarked."
        : d.status === "rewritten"
          ? "Reworded throughout: a redline would mark nearly every word, so the text is shown unmarked."
          : d.status === "none" && row.to.some((p) => p.evidence === "reported" || p.evidence === "unknown")
            ? "Known here only from reports or not recovered: the wording cannot be compared."
            : null;
  return text ? <p className="mt-1.5 font-sans text-sm text-muted">{text}</p> : null;
}

function Absence({ absence, versionSlug }: { absence: LineageAbsence; versionSlug: string }) {
  switch (absence.state) {
    case "removed":
      return (
        <Box tone="removed" title="Not in this version">
          The links find no counterpart of this clause here, where the version&apos;s text is known ({originLabel(absence.source).toLowerCase()}
          ). <Link href={`/compare/${absence.via.slug}/${versionSlug}`}>Compare with the {absence.via.title}</Link>.
        </Box>
      );
    case "unknown":
      return (
        <Box tone="unknown" title="Not recovered here">
          Its counterpart cannot be identified: the version&apos;s text around it is not recovered, known only from reports, or not
          comparable. This is not a removal.
          {absence.notes.length > 0 && <span className="mt-1 block text-faint">Aligner: {absence.notes.join("; ")}.</span>}
        </Box>
      );
    case "reported-only":
      return (
        <Box tone="unknown" title="Not recovered: known only from reports">
          The text of this version was never published, so whether it keeps this clause cannot be read point by point.{" "}
          <Link href={`/versions/${versionSlug}`}>Read what was reported</Link>.
        </Box>
      );
    case "elsewhere":
      return null;
    case "no-link":
      return (
        <Box tone="unknown" title="No link">
          No link between the {absence.via.title} and this version says where this clause went.
        </Box>
      );
  }
}

function Box({ tone, title, children }: { tone: "removed" | "unknown" | "elsewhere"; title: string; children: ReactNode }) {
  const style =
    tone === "removed" ? "border-rose-300 bg-rose-50/60 dark:border-rose-900 dark:bg-rose-950/30" : tone === "unknown" ? "border-dashed border-faint/60" : "border-rule bg-raised";
  return (
    <div data-absence={tone} className={`mt-3 max-w-measure rounded-md border px-4 py-3 font-sans text-sm text-muted ${style}`}>
      <p className="flex items-center gap-2 font-semibold text-ink">
        {tone === "unknown" ? (
          <span aria-hidden="true" className="inline-grid size-[1.15rem] place-items-center rounded-full border border-dashed border-current text-[0.68rem] font-bold">
            ?
          </span>
        ) : (
          <span aria-hidden="true">{tone === "removed" ? "—" : "→"}</span>
        )}
        {title}
      </p>
      <p className="mt-1">{children}</p>
    </div>
  );
}
