/**
 * One clause followed through every version, in time order (a lineage: `us-28-draft.6`). Each version
 * from the clause's first appearance on is a step: the clause as that version has it, with the link and
 * the word diff from the previous step — or, where the version has no clause of the lineage, why: the
 * links say it has no counterpart there (not in this version), or its text there is not recovered or
 * only reported (unknown, never "removed"), or it continues under another lineage.
 */
import { makeRow, type RowLink } from "@/lib/compare/rows";
import type { CompareRowData, LinkSource, SidePoint, VersionRef } from "@/lib/compare/types";
import type { DbOrTx } from "../db";
import { computedLinks, sidePoints, storedLinks } from "./compare";
import { listVersions } from "./versions";

export interface LineageVersion extends VersionRef {
  kind: "draft" | "related";
}

/** How a step was reached from the previous step that has the clause. */
export interface LineageChange {
  /** The previous step's version (the diff's left side). */
  previous: LineageVersion;
  /** The link between the two steps as a compare row (kind, flags, diff); source "none" when no direct link exists. */
  row: CompareRowData;
}

export type LineageAbsence =
  /** The links find no counterpart although the version's text there is known. */
  | { state: "removed"; source: LinkSource; notes: string[]; via: LineageVersion }
  /** The counterpart cannot be identified: text not recovered, only reported, or not comparable. */
  | { state: "unknown"; source: LinkSource; notes: string[]; via: LineageVersion }
  /** The version has no recovered points at all: it is known only from reports. */
  | { state: "reported-only" }
  /**
   * A link from the previous step leads to points of this version that the stored lineages follow as
   * another clause (a merge, or a link the stored lineage does not use): shown, with the other path named.
   */
  | { state: "elsewhere"; row: CompareRowData; lineages: string[]; via: LineageVersion }
  /** No link says anything about this clause in this version. */
  | { state: "no-link"; via: LineageVersion };

export interface LineageStep {
  version: LineageVersion;
  /** The lineage's points in this version (usually one; two after a split). Empty: see `absence`. */
  points: SidePoint[];
  change: LineageChange | null;
  absence: LineageAbsence | null;
}

export interface LineageView {
  id: string;
  label: string;
  steps: LineageStep[];
}

export async function getLineage(db: DbOrTx, lineageId: string): Promise<LineageView | null> {
  const lineage = await db.lineage.findUnique({
    where: { id: lineageId },
    select: { id: true, label: true, clauses: { where: { version: { state: "published" } }, select: { versionId: true, version: { select: { planId: true } } } } },
  });
  if (!lineage || lineage.clauses.length === 0) return null;

  const planId = lineage.clauses[0]!.version.planId;
  const present = new Set(lineage.clauses.map((c) => c.versionId));
  // The plan's drafts, plus any related document the clause appears in; only the latest published revisions.
  const versions = (await listVersions(db)).filter((v) => v.planId === planId && (v.kind === "draft" || present.has(v.id)));
  const first = versions.findIndex((v) => present.has(v.id));
  if (first < 0) return null;

  const steps: LineageStep[] = [];
  // The earlier steps that have the clause, latest first.
  const earlier: Array<{ version: LineageVersion; points: SidePoint[] }> = [];
  for (const v of versions.slice(first)) {
    const version: LineageVersion = { id: v.id, slug: v.slug, title: v.title, date: v.date, kind: v.kind };
    const all = await sidePoints(db, v.id);
    const points = all.filter((p) => p.lineageId === lineage.id);
    if (points.length > 0) {
      const change = earlier.length > 0 ? await changeBetween(db, earlier, { version, points }) : null;
      steps.push({ version, points, change, absence: null });
      earlier.unshift({ version, points });
    } else {
      const absence = all.length === 0 ? ({ state: "reported-only" } as const) : await absenceIn(db, earlier, version, all);
      steps.push({ version, points: [], change: null, absence });
    }
  }
  return { id: lineage.id, label: lineage.label, steps };
}

/** Stored links between the two versions, else the aligner run now. */
async function linksBetween(db: DbOrTx, fromId: number, toId: number): Promise<RowLink[]> {
  const stored = await storedLinks(db, fromId, toId);
  return stored ? stored.links : computedLinks(db, fromId, toId);
}

/**
 * The change into step b: from the latest earlier step that a link joins to b (the 20-point plan answers
 * the 28 points, not E3's mark-up of them). When no earlier step is linked to b directly (same lineage
 * through an earlier version), the texts of the latest step are still compared; the row says "no link".
 */
async function changeBetween(
  db: DbOrTx,
  earlier: ReadonlyArray<{ version: LineageVersion; points: SidePoint[] }>,
  b: { version: LineageVersion; points: SidePoint[] },
): Promise<LineageChange> {
  const toKeys = new Set(b.points.map((p) => p.key));
  for (const a of earlier) {
    const fromKeys = new Set(a.points.map((p) => p.key));
    const direct = (await linksBetween(db, a.version.id, b.version.id)).find((l) => l.from.some((k) => fromKeys.has(k)) && l.to.some((k) => toKeys.has(k)));
    if (direct) return { previous: a.version, row: makeRow(a.points, b.points, direct) };
  }
  const latest = earlier[0]!;
  return { previous: latest.version, row: makeRow(latest.points, b.points, null) };
}

/**
 * Why version has none of the lineage's points, read from the links of the earlier steps, latest
 * first: the first that says where the clause went or that it was dropped wins (the 20-point plan
 * answers the 28 points, so a link from there can be definite where E3's reported text is not);
 * otherwise the latest step's "unknown", or no link at all.
 */
async function absenceIn(
  db: DbOrTx,
  earlier: ReadonlyArray<{ version: LineageVersion; points: SidePoint[] }>,
  version: LineageVersion,
  all: SidePoint[],
): Promise<LineageAbsence> {
  let fallback: LineageAbsence | null = null;
  for (const previous of earlier) {
    const links = await linksBetween(db, previous.version.id, version.id);
    const keys = new Set(previous.points.map((p) => p.key));
    const link = links.find((l) => l.from.some((k) => keys.has(k)));
    if (!link) {
      fallback ??= { state: "no-link", via: previous.version };
      continue;
    }
    if (link.to.length > 0 && link.kind !== "unknown") {
      const points = all.filter((p) => link.to.includes(p.key));
      const lineages = [...new Set(points.map((p) => p.lineageId).filter((l): l is string => l !== null))];
      return { state: "elsewhere", row: makeRow(previous.points, points, link), lineages, via: previous.version };
    }
    if (link.kind === "removed") return { state: "removed", source: link.source, notes: link.evidence.notes, via: previous.version };
    if (fallback === null || fallback.state === "no-link") fallback = { state: "unknown", source: link.source, notes: link.evidence.notes, via: previous.version };
  }
  return fallback ?? { state: "no-link", via: earlier[0]!.version };
}

/** The lineage's name, for page metadata without following it through the versions. */
export async function getLineageLabel(db: DbOrTx, lineageId: string): Promise<string | null> {
  const lineage = await db.lineage.findUnique({ where: { id: lineageId }, select: { label: true } });
  return lineage?.label ?? null;
}
