/**
 * Topic reads: the tree, the topic × version matrix, one topic across versions (with word diffs
 * between linked points), and the topic chips of any clauses. Published versions only.
 */
import type { Prisma } from "@/generated/prisma/client";
import type { EvidenceGrade, LinkKind, Origin, ReviewStatus } from "@/generated/prisma/enums";
import type { DiffPart } from "@/lib/diff";
import { SEGMENT_SEPARATOR } from "@/lib/diff/segments";
import { pairDiff } from "@/lib/compare/rows";
import type { PairDiff, SidePoint } from "@/lib/compare/types";
import { topicCells, type Cell, type MatrixInput } from "@/lib/topics/matrix";
import type { DbOrTx } from "../db";
import { sidePoints } from "./compare";
import { listVersions, PUBLISHED, type TimelineVersion } from "./versions";

export interface TopicNode {
  id: number;
  slug: string;
  name: string;
  description: string;
}

export interface Bucket extends TopicNode {
  topics: TopicNode[];
}

/** The tree: headline buckets in order, each with its topics in order. */
export async function listTopicTree(db: DbOrTx): Promise<Bucket[]> {
  const rows = await db.topic.findMany({ orderBy: [{ position: "asc" }, { id: "asc" }], select: { id: true, slug: true, name: true, description: true, parentId: true } });
  return rows
    .filter((t) => t.parentId === null)
    .map(({ parentId: _p, ...b }) => ({ ...b, topics: rows.filter((t) => t.parentId === b.id).map(({ parentId: _q, ...t }) => t) }));
}

export interface TopicChip {
  slug: string;
  name: string;
  topicId: number;
  status: ReviewStatus;
  origin: Origin;
  score: number;
  lockVersion: number;
}

/**
 * A clause's shown topics as a nested Prisma read (`clause: { select: { topics: CLAUSE_TOPICS } }`):
 * rejected tags left out, in the tree's order. Pages that load clauses their own way include it and map
 * the rows with `topicChip`, so every page shows the same chips.
 */
export const CLAUSE_TOPICS = {
  where: { status: { not: "rejected" } },
  orderBy: [{ topic: { parent: { position: "asc" } } }, { topic: { position: "asc" } }],
  select: { topicId: true, status: true, origin: true, score: true, lockVersion: true, topic: { select: { slug: true, name: true } } },
} as const satisfies Prisma.Clause$topicsArgs;

export function topicChip(r: { topicId: number; status: ReviewStatus; origin: Origin; score: number; lockVersion: number; topic: { slug: string; name: string } }): TopicChip {
  return { slug: r.topic.slug, name: r.topic.name, topicId: r.topicId, status: r.status, origin: r.origin, score: r.score, lockVersion: r.lockVersion };
}

/** The topics of each clause (rejected tags left out), ordered as the tree. */
export async function getClauseTopics(db: DbOrTx, clauseIds: readonly number[]): Promise<Map<number, TopicChip[]>> {
  const out = new Map<number, TopicChip[]>();
  if (clauseIds.length === 0) return out;
  const rows = await db.clauseTopic.findMany({
    where: { clauseId: { in: [...clauseIds] }, ...CLAUSE_TOPICS.where },
    orderBy: CLAUSE_TOPICS.orderBy,
    select: { clauseId: true, ...CLAUSE_TOPICS.select },
  });
  for (const r of rows) out.set(r.clauseId, [...(out.get(r.clauseId) ?? []), topicChip(r)]);
  return out;
}

export interface MatrixColumn {
  id: number;
  slug: string;
  title: string;
  date: Date;
  incomplete: boolean;
}

export interface MatrixRow extends TopicNode {
  cells: Cell[];
}

export interface TopicMatrix {
  versions: MatrixColumn[];
  buckets: Array<TopicNode & { rows: MatrixRow[] }>;
}

/** A version's silence on a topic proves nothing when part of its text is unknown. */
function isIncomplete(v: TimelineVersion): boolean {
  return v.status === "reported" || v.completeness.unknown > 0 || v.completeness.total === 0;
}

async function matrixInput(db: DbOrTx): Promise<{ input: MatrixInput; versions: TimelineVersion[] }> {
  const versions = await listVersions(db);
  const ids = versions.map((v) => v.id);
  const respondsTo = new Map((await db.version.findMany({ where: { id: { in: ids } }, select: { id: true, respondsToId: true } })).map((v) => [v.id, v.respondsToId]));
  const [clauses, tags, links] = await Promise.all([
    db.clause.findMany({
      where: { versionId: { in: ids } },
      select: { id: true, versionId: true, key: true, label: true, text: true, role: true, evidence: true, parentId: true, position: true, language: true },
    }),
    db.clauseTopic.findMany({ where: { clause: { versionId: { in: ids } } }, select: { clauseId: true, topicId: true, status: true } }),
    db.link.findMany({
      where: { fromVersionId: { in: ids }, toVersionId: { in: ids }, status: { not: "rejected" } },
      select: { kind: true, status: true, fromVersionId: true, toVersionId: true, ends: { select: { clauseId: true, side: true } } },
    }),
  ]);
  return {
    versions,
    input: {
      versions: versions.map((v) => ({ id: v.id, slug: v.slug, title: v.title, date: v.date, respondsToId: respondsTo.get(v.id) ?? null, incomplete: isIncomplete(v) })),
      clauses,
      tags,
      links: links.map((l) => ({
        kind: l.kind,
        status: l.status,
        fromVersionId: l.fromVersionId,
        toVersionId: l.toVersionId,
        from: l.ends.filter((e) => e.side === "from").map((e) => e.clauseId),
        to: l.ends.filter((e) => e.side === "to").map((e) => e.clauseId),
      })),
    },
  };
}

export async function getTopicMatrix(db: DbOrTx): Promise<TopicMatrix> {
  const [tree, { input }] = await Promise.all([listTopicTree(db), matrixInput(db)]);
  return {
    versions: input.versions.map((v) => ({ id: v.id, slug: v.slug, title: v.title, date: v.date, incomplete: v.incomplete })),
    buckets: tree.map(({ topics, ...bucket }) => ({
      ...bucket,
      rows: topics.map((t) => ({ ...t, cells: topicCells(new Set([t.id]), input) })),
    })),
  };
}

export interface SubPoint {
  key: string;
  label: string;
  text: string;
  evidence: EvidenceGrade;
  language: string | null;
}

export interface TopicVersionEntry {
  version: MatrixColumn & { party: string };
  cell: Cell;
  /** The tagged sub-points of items whose tag sits on sub-points ("21" via "21.b"), by item clause id. */
  subs: Map<number, SubPoint[]>;
  /** For each item with a linked predecessor: the word diff from it, when both texts are comparable. */
  diffs: Map<number, TopicDiff>;
}

/** The word diff of a point against the point(s) it came from, as the compare view makes it, or why there is none. */
export type TopicDiff =
  | { status: "ok"; from: { slug: string; title: string; keys: string[] }; kind: LinkKind; language: string | null; parts: DiffPart[] }
  | { status: "none"; from: { slug: string; title: string; keys: string[] }; kind: LinkKind; note: string };

export interface TopicPage {
  topic: TopicNode & { bucket: TopicNode };
  entries: TopicVersionEntry[];
  /** Tagged clauses across published versions (points and reports, sub-points counted with their point). */
  clauseCount: number;
}

/** Kinds whose two sides have wordings to compare (added, removed, unknown have one side or none). */
const WORDED = new Set<LinkKind>(["unchanged", "reworded", "changed", "moved", "merged", "split"]);

/** Why a linked point shows no redline, in words (null: nothing to say, e.g. a new point). */
function diffNote(kind: LinkKind, pd: PairDiff | null): string | null {
  if (kind === "unknown") return "One side's text is not recovered or known only from reports: no word diff, and no telling what changed.";
  if (!pd) return null;
  switch (pd.status) {
    case "rewritten":
      return "Rewritten: the two texts have too little wording in common for a word diff.";
    case "cross-language":
      return `The texts are in different languages (${pd.from ?? "?"} → ${pd.to ?? "?"}): no word diff.`;
    case "limit":
      return "The two texts differ too much for a word diff.";
    case "none":
      return "A side is known only as a report or not recovered: no word diff.";
    case "ok":
      return null;
  }
}

/**
 * One topic across versions: every version's points on it in time order, and for each point with a
 * link from an earlier point a word diff of the two, made from the texts the aligner compared (English
 * where a witness has it, sub-points included) — never across languages.
 */
export async function getTopicPage(db: DbOrTx, slug: string): Promise<TopicPage | null> {
  const topic = await db.topic.findUnique({ where: { slug }, select: { id: true, slug: true, name: true, description: true, parent: { select: { id: true, slug: true, name: true, description: true } }, children: { select: { id: true } } } });
  if (!topic) return null;
  const bucket = topic.parent ?? { id: topic.id, slug: topic.slug, name: topic.name, description: topic.description };
  // A bucket's page gathers its topics.
  const topicIds = new Set([topic.id, ...topic.children.map((c) => c.id)]);
  const { input, versions } = await matrixInput(db);
  const cells = topicCells(topicIds, input);

  // Each version's points as the compare view compares them (English witness where there is one).
  const needed = new Set<number>();
  cells.forEach((cell) => {
    if (cell.items.length === 0) return;
    needed.add(cell.versionId);
    for (const item of cell.items) {
      const v = versions.find((x) => x.slug === item.change?.fromVersion.slug);
      if (v) needed.add(v.id);
    }
  });
  const points = new Map<number, Map<string, SidePoint>>();
  await Promise.all([...needed].map(async (id) => points.set(id, new Map((await sidePoints(db, id)).map((p) => [p.key, p])))));

  const entries: TopicVersionEntry[] = [];
  cells.forEach((cell, i) => {
    const v = versions[i]!;
    if (cell.state === "absent") return;
    const diffs = new Map<number, TopicDiff>();
    for (const item of cell.items) {
      if (!item.change || item.role !== "point") continue;
      const change = item.change;
      const fromVersion = versions.find((x) => x.slug === change.fromVersion.slug);
      const from = { ...change.fromVersion, keys: change.fromKeys };
      const kind = change.kind;
      const fromPoints = change.fromKeys.map((k) => (fromVersion ? points.get(fromVersion.id)?.get(k) : undefined)).filter((p): p is SidePoint => p !== undefined);
      const toPoint = points.get(v.id)?.get(item.key);
      const pd = toPoint && WORDED.has(kind) ? pairDiff(fromPoints, [toPoint]) : null;
      if (pd?.status === "ok") {
        // Sub-point boundaries become line breaks in the redline.
        const parts = pd.parts.map((p) => ({ ...p, text: p.text.replaceAll(SEGMENT_SEPARATOR, "\n") }));
        diffs.set(item.clauseId, { status: "ok", from, kind, language: toPoint?.language ?? null, parts });
        continue;
      }
      const note = diffNote(kind, pd);
      if (note) diffs.set(item.clauseId, { status: "none", from, kind, note });
    }
    const subs = new Map<number, SubPoint[]>();
    for (const item of cell.items) {
      if (item.via.length === 0) continue;
      subs.set(
        item.clauseId,
        input.clauses
          .filter((c) => c.parentId === item.clauseId && item.via.includes(c.key))
          .sort((a, b) => a.position - b.position)
          .map((c) => ({ key: c.key, label: c.label, text: c.text, evidence: c.evidence, language: c.language })),
      );
    }
    entries.push({ version: { id: v.id, slug: v.slug, title: v.title, date: v.date, incomplete: isIncomplete(v), party: v.party }, cell, diffs, subs });
  });
  const clauseCount = cells.reduce((n, c) => n + c.items.filter((i) => i.tag !== "counterpart").length, 0);
  return { topic: { id: topic.id, slug: topic.slug, name: topic.name, description: topic.description, bucket }, entries, clauseCount };
}

/** Per topic, how many clauses of published versions carry it (not rejected), by review status. */
export async function topicCounts(db: DbOrTx): Promise<Map<number, { proposed: number; confirmed: number }>> {
  const rows = await db.clauseTopic.groupBy({
    by: ["topicId", "status"],
    where: { status: { not: "rejected" }, clause: { version: PUBLISHED } },
    _count: { _all: true },
  });
  const out = new Map<number, { proposed: number; confirmed: number }>();
  for (const r of rows) {
    const entry = out.get(r.topicId) ?? { proposed: 0, confirmed: 0 };
    if (r.status === "confirmed") entry.confirmed += r._count._all;
    else entry.proposed += r._count._all;
    out.set(r.topicId, entry);
  }
  return out;
}

/** Every topic tag of one clause, rejected ones included: what an editor reviews. */
export async function listClauseTags(db: DbOrTx, clauseId: number) {
  const rows = await db.clauseTopic.findMany({
    where: { clauseId },
    orderBy: [{ topic: { parent: { position: "asc" } } }, { topic: { position: "asc" } }],
    select: { topicId: true, status: true, origin: true, lockVersion: true, topic: { select: { slug: true, name: true } } },
  });
  return rows.map((r) => ({ topicId: r.topicId, slug: r.topic.slug, name: r.topic.name, status: r.status, origin: r.origin, lockVersion: r.lockVersion }));
}
