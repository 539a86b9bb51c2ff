/**
 * From links to rows: every top-level point of both versions appears in exactly one row, rows follow the
 * earlier version's order (new points sit after the point that precedes them in the later version), and
 * each row carries the word diff of its pair. Pure, so the compare page, the lineage page and the tests
 * build rows the same way.
 */
import type { ChangeFlag, LinkEvidence, LinkKind } from "@/lib/align/types";
import { cutAtBreak, diffStats, wordDiff } from "@/lib/diff";
import { joinSegments } from "@/lib/diff/segments";
import type { CompareRowData, LinkSource, PairDiff, SidePoint, UnknownReason } from "./types";

/** A link between keys of the two versions, whatever its origin. */
export interface RowLink {
  from: string[];
  to: string[];
  kind: LinkKind;
  score: number;
  flags: ChangeFlag[];
  evidence: LinkEvidence;
  note: string;
  source: LinkSource;
}

/**
 * Above this share of changed words a redline marks nearly every word and hides the reading: the two
 * texts are shown side by side, unmarked, and the row says it was rewritten.
 */
export const REWRITTEN_RATIO = 0.85;

/**
 * A page diffs a few dozen pairs; the default budget (tuned for bulk runs) lets a busy or just-started
 * server give up on ordinary clauses, and the same row would then show a redline on one load and none
 * on the next. Clause pairs finish in a few milliseconds when warm; this only bounds the worst case.
 */
const DIFF_TIMEOUT_MS = 250;

/** The pieces of one side compared by the word diff, in order: each point's text, then its compared sub-points. */
export function comparedTexts(points: readonly SidePoint[]): string[] {
  return points.flatMap((p) => [p.text, ...p.subs.filter((s) => s.compared).map((s) => s.text)]);
}

export function comparedText(points: readonly SidePoint[]): string {
  return joinSegments(comparedTexts(points));
}

/** Does a side's compared text break off (a rendition that stops mid-point)? */
const breaksOff = (points: readonly SidePoint[]) => points.some((p) => p.truncated || p.subs.some((sub) => sub.compared && sub.truncated));

const hasWording = (p: SidePoint) => p.evidence === "verbatim" || p.evidence === "paraphrase";

/** The word diff of a pair, or why there is none. */
export function pairDiff(from: readonly SidePoint[], to: readonly SidePoint[], crossLanguage = false): PairDiff {
  if (from.length === 0 || to.length === 0) return { status: "none" };
  if (![...from, ...to].every(hasWording)) return { status: "none" };
  const fromLanguage = from[0]!.language;
  const toLanguage = to[0]!.language;
  const languages = new Set([...from, ...to].map((p) => p.language ?? ""));
  if (crossLanguage || languages.size > 1) return { status: "cross-language", from: fromLanguage, to: toLanguage };

  const a = comparedText(from);
  const b = comparedText(to);
  const result = wordDiff(a, b, { timeoutMs: DIFF_TIMEOUT_MS });
  if (result.status === "limit") return { status: "limit", reason: result.reason };
  // Past a side's break, the other side's words are not compared (never shown as deleted or added).
  const parts = cutAtBreak(result.parts, { from: breaksOff(from), to: breaksOff(to) });
  const { changeRatio } = diffStats(parts);
  if (changeRatio >= REWRITTEN_RATIO) return { status: "rewritten", changeRatio };
  return { status: "ok", parts, changeRatio };
}

function unknownReason(kind: LinkKind | null, points: readonly SidePoint[]): UnknownReason | null {
  if (kind !== "unknown") return null;
  if (points.some((p) => p.evidence === "unknown")) return "not-recovered";
  if (points.some((p) => p.evidence === "reported")) return "reported";
  return "not-identified";
}

/** One row: the link's kind, flags and evidence over the given points, with their word diff. */
export function makeRow(from: SidePoint[], to: SidePoint[], link: RowLink | null): CompareRowData {
  const kind = link?.kind ?? null;
  // Unchanged needs no marks; unknown, removed and added have no pair of wordings to mark.
  const noDiff = kind === "unchanged" || kind === "unknown" || kind === "removed" || kind === "added";
  return {
    anchor: from[0] ? `row-${from[0].key}` : `row-to-${to[0]!.key}`,
    extraAnchors: from.slice(1).map((p) => `row-${p.key}`),
    kind,
    score: link?.score ?? null,
    flags: link?.flags ?? [],
    evidence: link?.evidence ?? null,
    note: link?.note ?? "",
    source: link?.source ?? { kind: "none" },
    from,
    to,
    struck: null,
    diff: noDiff ? { status: "none" } : pairDiff(from, to, link?.evidence.crossLanguage),
    unknownReason: unknownReason(kind, [...from, ...to]),
  };
}

export function buildRows(fromPoints: readonly SidePoint[], toPoints: readonly SidePoint[], links: readonly RowLink[]): CompareRowData[] {
  const fromIndex = new Map(fromPoints.map((p, i) => [p.key, i]));
  const toIndex = new Map(toPoints.map((p, i) => [p.key, i]));
  const usedFrom = new Set<string>();
  const usedTo = new Set<string>();
  const rows: CompareRowData[] = [];

  // A clause belongs to the first link that names it; a later link that names it again (an editor's link
  // beside an old proposal) keeps only its other clauses.
  for (const link of links) {
    const from = link.from.filter((k) => fromIndex.has(k) && !usedFrom.has(k));
    const to = link.to.filter((k) => toIndex.has(k) && !usedTo.has(k));
    if (from.length === 0 && to.length === 0) continue;
    from.forEach((k) => usedFrom.add(k));
    to.forEach((k) => usedTo.add(k));
    const byPosition = (index: Map<string, number>) => (x: string, y: string) => index.get(x)! - index.get(y)!;
    rows.push(
      makeRow(
        from.sort(byPosition(fromIndex)).map((k) => fromPoints[fromIndex.get(k)!]!),
        to.sort(byPosition(toIndex)).map((k) => toPoints[toIndex.get(k)!]!),
        link,
      ),
    );
  }

  for (const p of fromPoints) if (!usedFrom.has(p.key)) rows.push(makeRow([p], [], null));
  for (const p of toPoints) {
    if (usedTo.has(p.key)) continue;
    // A point the later version prints as struck is the notice of a removal, not a clause: it is shown on the
    // empty side of the removed row it speaks of (same number), so the reader sees the version's own words.
    const removed = p.deleted ? rows.find((r) => r.kind === "removed" && r.to.length === 0 && r.struck === null && r.from.some((f) => f.key === p.key)) : undefined;
    if (removed) removed.struck = p;
    else rows.push(makeRow([], [p], null));
  }
  return orderRows(rows, fromIndex, toIndex);
}

/** Earlier version's order; a row with only a later-version side goes right after the row that holds the later point before it. */
function orderRows(rows: CompareRowData[], fromIndex: Map<string, number>, toIndex: Map<string, number>): CompareRowData[] {
  const minIndex = (points: SidePoint[], index: Map<string, number>) => Math.min(...points.map((p) => index.get(p.key)!));
  const primary = new Map<CompareRowData, number>();
  const rowOfTo = new Map<number, CompareRowData>();
  for (const r of rows) {
    for (const p of r.to) rowOfTo.set(toIndex.get(p.key)!, r);
    if (r.struck) rowOfTo.set(toIndex.get(r.struck.key)!, r);
    if (r.from.length > 0) primary.set(r, minIndex(r.from, fromIndex));
  }
  const toOnly = rows.filter((r) => r.from.length === 0).sort((a, b) => minIndex(a.to, toIndex) - minIndex(b.to, toIndex));
  for (const r of toOnly) {
    let anchor = -1;
    for (let i = minIndex(r.to, toIndex) - 1; i >= 0; i--) {
      const before = rowOfTo.get(i);
      if (before && primary.has(before)) {
        anchor = primary.get(before)!;
        break;
      }
    }
    primary.set(r, anchor);
  }
  const secondary = (r: CompareRowData) => (r.from.length > 0 ? -1 : minIndex(r.to, toIndex));
  return [...rows].sort((a, b) => primary.get(a)! - primary.get(b)! || secondary(a) - secondary(b));
}
