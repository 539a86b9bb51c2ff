import { LinkKindBadge, kindTitle } from "@/components/LinkKindBadge";
import { clauseAnchorPath, pointLabel } from "@/lib/cite";
import type { Cell } from "@/lib/topics/matrix";

/** The first words of a clause, cut at a word boundary: enough to recognise it in a grid. */
export function shortText(text: string, max = 72): string {
  // A report starts with its heading line ("Amnesty removed (basis: …)"): that line is the gist — unless
  // the line only names the outlet ("lemonde.fr, 2025-12-11 — https://…"), then the first quote is.
  let first = (text.split("\n")[0] ?? "").replace(/\s*\(basis:[^)]*\)?\s*$/i, "").trim();
  if (/https?:\/\//.test(first)) first = /⟦([^⟧]+)/.exec(text)?.[1]?.trim() ?? first;
  first = first.replace(/[⟦⟧]/g, "");
  if (first.length <= max) return first;
  const cut = first.slice(0, max);
  return `${cut.slice(0, Math.max(cut.lastIndexOf(" "), max * 0.6)).replace(/[\s,;:.–—-]+$/, "")}…`;
}

/** More than this many points in a cell are summarised as "+ N more", which opens the topic page. */
const MAX_ITEMS = 4;

/**
 * One cell of the topic matrix: the version's points on the topic (each a link to the clause in its
 * version) with how each changed; points it dropped; or, when it says nothing, whether that is
 * "unknown" (part of its text was not recovered) or "not in the text" — never "removed".
 */
export function TopicCell({
  cell,
  versionSlug,
  versionTitle,
  topicName,
  topicSlug,
}: {
  cell: Cell;
  versionSlug: string;
  versionTitle: string;
  topicName: string;
  topicSlug: string;
}) {
  if (cell.state === "absent") {
    return (
      <span className="font-sans text-sm text-faint" title={`The recovered text of ${versionTitle} says nothing on ${topicName}.`}>
        <span aria-hidden="true">—</span>
        <span className="sr-only">Not in the recovered text</span>
      </span>
    );
  }
  if (cell.state === "unknown" && cell.items.length === 0) {
    return (
      <span
        title={`Part of ${versionTitle} was never recovered: it may address ${topicName}; nobody can tell.`}
        className="inline-flex items-center gap-1.5 rounded border border-dashed border-unknown/60 px-1.5 py-0.5 font-sans text-xs font-medium text-muted"
      >
        <span aria-hidden="true" className="font-bold">
          ?
        </span>
        Unknown
      </span>
    );
  }
  return (
    <ul className="space-y-2">
      {cell.items.slice(0, MAX_ITEMS).map((item) => (
        <li
          key={item.clauseId}
          className={`border-l-2 pl-2 ${item.tag === "confirmed" ? "border-accent" : item.tag === "proposed" ? "border-dashed border-faint" : "border-dashed border-unknown/60"}`}
        >
          <a
            href={clauseAnchorPath(versionSlug, item.key)}
            className="block font-sans text-[0.8rem] leading-snug text-ink no-underline hover:text-accent hover:underline"
          >
            {/* Named by what it shows, with the version said first for screen readers (the column header is far away). */}
            <span className="sr-only">{versionTitle}, </span>
            <span className="font-semibold tabular-nums text-muted">{pointLabel(item.label, item.key)}</span>{" "}
            {item.evidence === "unknown" ? <span className="text-muted italic">not recovered</span> : shortText(item.text)}
            {item.via.length > 0 && <span className="text-faint"> (in {item.via.join(", ")})</span>}
          </a>
          {item.change && (
            <span className="mt-1 inline-block" title={`${kindTitle(item.change.kind)} — from ${item.change.fromVersion.title}, ${item.change.fromKeys.join(", ")}`}>
              <LinkKindBadge kind={item.change.kind} size="sm" />
              <span className="sr-only">
                {" "}
                from {item.change.fromVersion.title}, point {item.change.fromKeys.join(", ")}
              </span>
            </span>
          )}
        </li>
      ))}
      {cell.items.length > MAX_ITEMS && (
        <li className="pl-2.5 font-sans text-[0.8rem]">
          <a href={`/topics/${topicSlug}#v-${versionSlug}`}>+ {cell.items.length - MAX_ITEMS} more</a>
        </li>
      )}
      {cell.dropped.map((d) => (
        <li key={`${d.fromVersion.slug}:${d.keys.join("+")}`} className="border-l-2 border-struck/50 pl-2 font-sans text-[0.8rem] leading-snug text-struck">
          <span aria-hidden="true">✕ </span>
          Drops {d.fromVersion.title} {d.keys.join(", ")}
        </li>
      ))}
    </ul>
  );
}
