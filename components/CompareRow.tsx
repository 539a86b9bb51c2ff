import Link from "next/link";
import type { CompareRowData } from "@/lib/compare/types";
import { languageName } from "@/lib/format";
import { ChangeFlags } from "./ChangeFlags";
import { CompareSide } from "./CompareSide";
import { CopyLinkButton } from "./CopyLinkButton";
import { LinkCurationSlot } from "./LinkCurationSlot";
import { KIND_STYLE } from "./LinkKindBadge";
import { LinkWhy, originLabel } from "./LinkWhy";

export function lineageHref(lineageId: string): string {
  return `/clauses/${encodeURIComponent(lineageId)}`;
}

/** "6 → 6", "10, 11 → 5", "3 → —": which points the row pairs, as the row's permalink text. */
export function rowTitle(row: CompareRowData): string {
  const keys = (points: { key: string }[]) => (points.length ? points.map((p) => p.key).join(", ") : "—");
  return `${keys(row.from)} → ${keys(row.to)}`;
}

/**
 * One link of the compare page: the kind (which opens why), the change flags, who made the link, the row's
 * permalink and the way to follow the clause through every version; then the two sides, lined up.
 */
export function CompareRow({
  row,
  from,
  to,
}: {
  row: CompareRowData;
  from: { id: number; title: string };
  to: { id: number; title: string };
}) {
  const lineage = row.from[0]?.lineageId ?? row.to[0]?.lineageId ?? null;
  const note = diffNote(row);
  return (
    <li
      id={row.anchor}
      data-kind={row.kind ?? "none"}
      data-from={row.from.map((p) => p.key).join(",")}
      data-to={row.to.map((p) => p.key).join(",")}
      className={`compare-row relative scroll-mt-16 border-l-4 py-4 pr-1 pl-3 sm:pl-5 lg:scroll-mt-24 ${KIND_STYLE[row.kind ?? "none"].edge}`}
    >
      {row.extraAnchors.map((a) => (
        <span key={a} id={a} className="absolute -top-16" aria-hidden="true" />
      ))}
      <header className="flex flex-wrap items-start gap-x-3 gap-y-2">
        <h3 className="sr-only">
          {from.title} {row.from.length ? `point ${row.from.map((p) => p.key).join(", ")}` : "(no point)"} → {to.title}{" "}
          {row.to.length ? `point ${row.to.map((p) => p.key).join(", ")}` : "(no point)"}
        </h3>
        <LinkWhy row={row} />
        <div className="pt-0.5">
          <ChangeFlags flags={row.flags} evidence={row.evidence} />
        </div>
        {/* Phones: the permalink stays on the first line, who-says-so and the lineage link go below; wide: one line. */}
        <div className="order-last flex basis-full flex-wrap items-center gap-x-3 gap-y-1 font-sans text-xs text-muted lg:order-none lg:ml-auto lg:basis-auto">
          <span className="italic">{originLabel(row.source)}</span>
          {lineage && (
            <Link href={lineageHref(lineage)} className="font-medium whitespace-nowrap">
              Follow through versions
              <span className="sr-only"> (point {row.from[0]?.key ?? row.to[0]?.key})</span>
            </Link>
          )}
        </div>
        <span className="ml-auto inline-flex items-center font-sans text-xs lg:ml-0">
          <a href={`#${row.anchor}`} className="font-semibold whitespace-nowrap text-muted tabular-nums no-underline hover:underline" title="Permalink to this row">
            <span aria-hidden="true">#</span>
            {rowTitle(row)}
            <span className="sr-only"> — permalink to this row</span>
          </a>
          <CopyLinkButton fragment={row.anchor} label={`row ${rowTitle(row)}`} />
        </span>
      </header>
      {note && (
        <p data-note={row.diff.status} className="mt-2 flex items-start gap-1.5 font-sans text-sm text-muted">
          <InfoIcon />
          {note}
        </p>
      )}
      <div className="mt-1 grid gap-x-10 lg:grid-cols-2">
        <CompareSide row={row} side="from" versionTitle={from.title} />
        <CompareSide row={row} side="to" versionTitle={to.title} />
      </div>
      <LinkCurationSlot row={row} fromVersionId={from.id} toVersionId={to.id} />
    </li>
  );
}

/** Why a linked pair has no redline, or what to keep in mind about it. */
function diffNote(row: CompareRowData): string | null {
  const d = row.diff;
  switch (d.status) {
    case "cross-language":
      return `Different languages (${languageName(d.from)} / ${languageName(d.to)}) — linked by structure, no word diff.`;
    case "limit":
      return "Too different for a word-by-word redline within its limits: both texts are shown unmarked.";
    case "rewritten":
      return "Reworded throughout: a redline would mark nearly every word, so both texts are shown unmarked, side by side.";
    case "ok":
      return [...row.from, ...row.to].some((p) => p.evidence === "paraphrase")
        ? "One side is a paraphrase: some word differences may be the reporter's, not the document's."
        : null;
    case "none":
      if (row.kind === "unknown" && row.unknownReason === "reported") return "Known only from press reports: the wording cannot be compared.";
      return null;
  }
}

function InfoIcon() {
  return (
    <svg aria-hidden="true" viewBox="0 0 16 16" className="mt-[0.2rem] size-3.5 shrink-0 fill-none stroke-current stroke-[1.5]">
      <circle cx="8" cy="8" r="6" />
      <path d="M8 7.25v4M8 4.9v.1" strokeLinecap="round" />
    </svg>
  );
}
