/**
 * The compare page's view state, kept in the URL (`?changes=only&kind=changed&kind=removed&min=25`) so
 * that a view can be shared and works without JavaScript; and the counts behind its summary.
 */
import { LINK_KINDS, type LinkKind } from "@/lib/align/types";
import { CHANGE_KINDS } from "./labels";
import type { CompareRowData } from "./types";

/** Minimum change sizes offered, in percent of the pair's words. */
export const MIN_CHANGE_STEPS = [10, 25, 50] as const;

export interface CompareFilter {
  changesOnly: boolean;
  kinds: LinkKind[];
  /** Minimum change size in percent (0 = any). */
  minChange: number;
}

export type SearchParams = Record<string, string | string[] | undefined>;

const all = (v: string | string[] | undefined): string[] => (v === undefined ? [] : Array.isArray(v) ? v : [v]);

/** Unknown values are ignored rather than refused: a shared URL from an older version still opens. */
export function parseFilter(params: SearchParams): CompareFilter {
  const kinds = LINK_KINDS.filter((k) => all(params.kind).includes(k));
  const min = Number(all(params.min)[0] ?? 0);
  return {
    changesOnly: all(params.changes).includes("only"),
    kinds,
    minChange: (MIN_CHANGE_STEPS as readonly number[]).includes(min) ? min : 0,
  };
}

export function isFiltered(f: CompareFilter): boolean {
  return f.changesOnly || f.kinds.length > 0 || f.minChange > 0;
}

/** The query string of a filter ("" for none), in a stable order so equal views have equal URLs. */
export function filterQuery(f: CompareFilter): string {
  const q = new URLSearchParams();
  if (f.changesOnly) q.append("changes", "only");
  for (const k of f.kinds) q.append("kind", k);
  if (f.minChange > 0) q.append("min", String(f.minChange));
  const s = q.toString();
  return s ? `?${s}` : "";
}

/**
 * How much of a row changed, in [0, 1], or null when that cannot be measured (unknown, different
 * languages, a diff over its limits). A removed or added point changed entirely.
 */
export function changeSize(row: CompareRowData): number | null {
  if (row.kind === "removed" || row.kind === "added") return 1;
  if (row.diff.status === "ok" || row.diff.status === "rewritten") return row.diff.changeRatio;
  if (row.kind === "unchanged") return 0;
  return null;
}

export function rowMatches(row: CompareRowData, f: CompareFilter): boolean {
  if (f.changesOnly && (row.kind === null || !CHANGE_KINDS.has(row.kind))) return false;
  if (f.kinds.length > 0 && (row.kind === null || !f.kinds.includes(row.kind))) return false;
  if (f.minChange > 0) {
    const size = changeSize(row);
    if (size === null || size * 100 < f.minChange) return false;
  }
  return true;
}

/** Rows per kind (null = not linked). */
export function countKinds(rows: readonly CompareRowData[]): Map<LinkKind | null, number> {
  const counts = new Map<LinkKind | null, number>();
  for (const r of rows) counts.set(r.kind, (counts.get(r.kind) ?? 0) + 1);
  return counts;
}

/** What happened to the from-version's points, counted per point (a merged row counts each of its points). */
export interface PointTally {
  total: number;
  changed: number;
  reworded: number;
  unchanged: number;
  moved: number;
  merged: number;
  split: number;
  removed: number;
  reported: number;
  notRecovered: number;
  notIdentified: number;
  notLinked: number;
  /** Rows with only a to side: new points of the later version. */
  added: number;
  /** Rows with only a to side whose origin cannot be told (unknown) or that no link covers: counted apart, so the sentence and the filter chips agree. */
  laterUnidentified: number;
}

export function tallyPoints(rows: readonly CompareRowData[]): PointTally {
  const t: PointTally = { total: 0, changed: 0, reworded: 0, unchanged: 0, moved: 0, merged: 0, split: 0, removed: 0, reported: 0, notRecovered: 0, notIdentified: 0, notLinked: 0, added: 0, laterUnidentified: 0 };
  for (const row of rows) {
    if (row.from.length === 0) {
      if (row.kind === "added") t.added += row.to.length;
      else t.laterUnidentified += row.to.length;
      continue;
    }
    const n = row.from.length;
    t.total += n;
    switch (row.kind) {
      case "changed":
      case "reworded":
      case "unchanged":
      case "moved":
      case "merged":
      case "split":
      case "removed":
        t[row.kind] += n;
        break;
      case "added":
        break;
      case "unknown":
        if (row.unknownReason === "reported") t.reported += n;
        else if (row.unknownReason === "not-recovered") t.notRecovered += n;
        else t.notIdentified += n;
        break;
      case null:
        t.notLinked += n;
        break;
    }
  }
  return t;
}

/**
 * The summary sentence: "8 of 28 points substantively changed, 3 reworded; 1 removed; 7 known only from
 * reports; 9 not recovered." Zero counts are left out; uncertainty is always said, never folded into
 * "unchanged".
 */
export function summarySentence(t: PointTally): string {
  const n = (count: number, text: string) => (count > 0 ? `${count} ${text}` : null);
  const head = [
    t.changed > 0 ? `${t.changed} of ${t.total} points substantively changed` : `None of the ${t.total} points substantively changed`,
    n(t.reworded, "reworded"),
    n(t.moved, "moved"),
    n(t.merged, "merged with others"),
    n(t.split, "split"),
    n(t.unchanged, "unchanged"),
  ].filter(Boolean);
  const groups = [
    head.join(", "),
    n(t.removed, "removed"),
    n(t.reported, "known only from reports"),
    n(t.notRecovered, "not recovered"),
    n(t.notIdentified, t.notIdentified === 1 ? "without an identified counterpart" : "without identified counterparts"),
    n(t.notLinked, "not linked"),
    n(t.added, t.added === 1 ? "new point" : "new points"),
    n(t.laterUnidentified, t.laterUnidentified === 1 ? "later point whose origin cannot be told" : "later points whose origin cannot be told"),
  ].filter(Boolean);
  return `${groups.join("; ")}.`;
}
