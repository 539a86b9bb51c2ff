/**
 * What the editor's mutations share: snapshots for the audit trail and for Conflict answers, the
 * draft lock, a pasted text turned into a source description, and the clause tree written back after
 * a structural change. Server-only (uses the transaction); the decisions themselves are pure, in
 * lib/editor/.
 */
import type { Clause, Link, Prisma, Source, Version } from "@/generated/prisma/client";
import { detectLanguage } from "@/lib/align/language";
import type { CollatedClause } from "@/lib/collate/collate";
import { isReportCollection, sha256, type SourceDescription } from "@/lib/collate/describe";
import { pointsProblem } from "@/lib/editor/points";
import { slugify } from "@/lib/editor/slug";
import { deriveKeys, normalizeDepths, parentIndexes, type TreeItem } from "@/lib/editor/tree";
import { parseRendition, splitFrontMatter } from "@/lib/parse";
import type { ParseResult } from "@/lib/parse/types";
import type { z } from "@/lib/schemas/zod";
import type { sourceMetaSchema } from "@/lib/schemas/editor";
import type { Tx } from "@/lib/server/db";
import { Conflict, Invalid, NotFound, type JsonValue } from "@/lib/server/errors";
import { toJson } from "./audit";

export function versionSnapshot(v: Version) {
  return {
    id: v.id,
    slug: v.slug,
    revision: v.revision,
    title: v.title,
    party: v.party,
    date: v.date.toISOString().slice(0, 10),
    status: v.status,
    kind: v.kind,
    state: v.state,
    respondsToId: v.respondsToId,
    revisionOfId: v.revisionOfId,
    pointCount: v.pointCount,
    summary: v.summary,
    publishedAt: v.publishedAt?.toISOString() ?? null,
    lockVersion: v.lockVersion,
  };
}
export type VersionSnapshot = ReturnType<typeof versionSnapshot>;

export function sourceSnapshot(s: Source) {
  return {
    id: s.id,
    slug: s.slug,
    title: s.title,
    outlet: s.outlet,
    urls: s.urls,
    language: s.language,
    kind: s.kind,
    sha256: s.sha256,
    bytes: Buffer.byteLength(s.rawText, "utf8"),
    lockVersion: s.lockVersion,
  };
}

export function clauseSnapshot(c: Clause, parentKey: string | null = null) {
  return {
    id: c.id,
    key: c.key,
    label: c.label,
    text: c.text,
    parentKey,
    position: c.position,
    evidence: c.evidence,
    sourceId: c.sourceId,
    lockVersion: c.lockVersion,
    updatedAt: c.updatedAt.toISOString(),
  };
}
export type ClauseSnapshot = ReturnType<typeof clauseSnapshot>;

export function linkSnapshot(l: Link, ends: Array<{ clauseId: number; side: "from" | "to" }>) {
  return {
    id: l.id,
    kind: l.kind,
    status: l.status,
    origin: l.origin,
    note: l.note,
    from: ends.filter((e) => e.side === "from").map((e) => e.clauseId).sort((a, b) => a - b),
    to: ends.filter((e) => e.side === "to").map((e) => e.clauseId).sort((a, b) => a - b),
    lockVersion: l.lockVersion,
  };
}
export type LinkSnapshot = ReturnType<typeof linkSnapshot>;

export const PUBLISHED_IS_IMMUTABLE =
  "This version is published, and published versions are not changed. Start a correction (a new revision) to fix it.";

/**
 * The draft `versionId`, locked for the rest of the transaction: structural edits of one draft run one
 * after another, so two editors splitting different clauses cannot interleave their renumbering.
 */
export async function lockDraft(tx: Tx, versionId: number): Promise<Version> {
  await tx.$queryRaw`SELECT "id" FROM "Version" WHERE "id" = ${versionId} FOR UPDATE`;
  const version = await tx.version.findUnique({ where: { id: versionId } });
  if (!version) throw new NotFound("This draft");
  if (version.state !== "draft") throw new Conflict(PUBLISHED_IS_IMMUTABLE, toJson(versionSnapshot(version)) ?? null);
  return version;
}

/** Conflict carrying `current` unless the row is still at `expected`. */
export function assertFresh(current: { lockVersion: number }, expected: number, snapshot: unknown, message?: string): void {
  if (current.lockVersion !== expected) throw new Conflict(message, (toJson(snapshot) ?? null) as JsonValue);
}

/** The clause `clauseId` of a draft, its draft locked; NotFound / Conflict when it is gone or published. */
export async function draftClause(tx: Tx, clauseId: number): Promise<{ clause: Clause; version: Version }> {
  const found = await tx.clause.findUnique({ where: { id: clauseId }, select: { versionId: true } });
  if (!found) throw new NotFound("This clause");
  const version = await lockDraft(tx, found.versionId);
  // Read after the lock: a structural edit that committed meanwhile is visible now.
  const clause = await tx.clause.findUnique({ where: { id: clauseId } });
  if (!clause) throw new NotFound("This clause");
  return { clause, version };
}

export async function parentKeyOf(tx: Tx, clause: Pick<Clause, "parentId">): Promise<string | null> {
  if (clause.parentId === null) return null;
  return (await tx.clause.findUnique({ where: { id: clause.parentId }, select: { key: true } }))?.key ?? null;
}

type SourceMeta = z.output<typeof sourceMetaSchema>;

/**
 * A pasted text as a source description, the shape the collation takes (lib/collate/describe.ts), with
 * the editor's metadata instead of front matter guesses. Invalid when the text cannot be a rendition.
 */
export function describePasted(slug: string, versionSlug: string, raw: string, meta: SourceMeta): SourceDescription {
  let split: ReturnType<typeof splitFrontMatter>;
  try {
    split = splitFrontMatter(raw);
  } catch (error) {
    const why = error instanceof Error ? error.message.replace(/^front matter is not valid YAML:\s*/, "") : "";
    throw Invalid.field("text", `The front matter (the block between the --- lines at the top) is not valid YAML: ${why.split("\n")[0]}. Fix it or remove it.`);
  }
  const body = split.body;
  if (body.trim() === "") {
    throw Invalid.field("text", "The text has front matter but nothing after it. Paste the draft's text below the closing --- line.");
  }
  const parse = checkedParse(body);
  return {
    slug,
    version: versionSlug,
    title: meta.title || meta.outlet,
    outlet: meta.outlet,
    urls: meta.urls,
    language: meta.language ?? detectLanguage(body),
    kind: meta.kind,
    languageNote: "",
    completeness: "",
    pointsRecovered: "",
    recoveryNote: "",
    publishedNote: "",
    rawText: raw,
    sha256: sha256(raw),
    meta: JSON.parse(JSON.stringify(split.meta)) as Record<string, unknown>,
    parse,
    isReportCollection: isReportCollection(body),
  };
}

/** The parse of a body, refused when it has no points or more than the limit (lib/editor/points.ts). */
export function checkedParse(body: string): ParseResult {
  const parse = parseRendition(body);
  const problem = pointsProblem(parse, isReportCollection(body));
  if (problem) throw Invalid.field("text", problem);
  return parse;
}

/** A source slug no other source has: `<version>--<outlet>`, numbered when taken. */
export async function freeSourceSlug(tx: Tx, base: string): Promise<string> {
  const taken = new Set((await tx.source.findMany({ where: { slug: { startsWith: base } }, select: { slug: true } })).map((s) => s.slug));
  if (!taken.has(base)) return base;
  for (let n = 2; ; n++) if (!taken.has(`${base}-${n}`)) return `${base}-${n}`;
}

/** The free slug of a new source of version `versionSlug` printed by `outlet`. */
export function outletSourceSlug(tx: Tx, versionSlug: string, outlet: string): Promise<string> {
  return freeSourceSlug(tx, `${versionSlug}--${slugify(outlet) || "source"}`);
}

/** A pasted text stored as a source of `versionId` under `slug`, exactly as described, retrieved now. */
export function createPastedSource(tx: Tx, versionId: number, slug: string, description: SourceDescription): Promise<Source> {
  return tx.source.create({
    data: {
      versionId,
      slug,
      title: description.title,
      outlet: description.outlet,
      urls: description.urls,
      language: description.language,
      kind: description.kind,
      retrievedAt: new Date(),
      rawText: description.rawText,
      sha256: description.sha256,
      meta: description.meta as Prisma.InputJsonValue,
    },
  });
}

export interface TreeRow {
  id: number;
  key: string;
  label: string;
  text: string;
  parentId: number | null;
  position: number;
  role: "point" | "report";
}

/** A version's clauses in reading order, as the tree functions see them. */
export async function loadTree(tx: Tx, versionId: number): Promise<TreeRow[]> {
  return tx.clause.findMany({
    where: { versionId },
    orderBy: [{ position: "asc" }, { id: "asc" }],
    select: { id: true, key: true, label: true, text: true, parentId: true, position: true, role: true },
  });
}

export function treeItems(rows: readonly TreeRow[]): TreeItem[] {
  return rows.map((r) => ({ id: r.id, label: r.label, text: r.text, depth: r.parentId === null ? 0 : 1, role: r.role }));
}

/**
 * Write keys, positions and parents for `items` (every item has its row id). Only rows that change are
 * written, in two bulk statements: keys first move aside to a temporary value, so that a renumbering
 * (4→5, 5→6) never collides with the unique (version, key) index half way. Not a content change: the
 * rows' lockVersion stays.
 */
export async function writeStructure(tx: Tx, rows: readonly TreeRow[], items: readonly TreeItem[]): Promise<Map<number, string>> {
  const normalized = normalizeDepths(items);
  const keys = deriveKeys(normalized);
  const parents = parentIndexes(normalized);
  const byId = new Map(rows.map((r) => [r.id, r]));
  const ids: number[] = [];
  const newKeys: string[] = [];
  const positions: number[] = [];
  const parentIds: Array<number | null> = [];
  const keyOf = new Map<number, string>();
  normalized.forEach((item, i) => {
    if (item.id === null) throw new Error("writeStructure: every item needs its row");
    const parentIndex = parents[i];
    const parentId = parentIndex === null || parentIndex === undefined ? null : normalized[parentIndex]!.id;
    const row = byId.get(item.id);
    keyOf.set(item.id, keys[i]!);
    if (row && row.key === keys[i] && row.position === i && row.parentId === parentId) return;
    ids.push(item.id);
    newKeys.push(keys[i]!);
    positions.push(i);
    parentIds.push(parentId);
  });
  if (ids.length === 0) return keyOf;
  await tx.$executeRaw`UPDATE "Clause" SET "key" = '~' || "id"::text WHERE "id" = ANY(${ids}::int[])`;
  await tx.$executeRaw`
    UPDATE "Clause" AS c
       SET "key" = v."key", "position" = v."position", "parentId" = v."parentId", "updatedAt" = now()
      FROM unnest(${ids}::int[], ${newKeys}::text[], ${positions}::int[], ${parentIds}::int[]) AS v("id", "key", "position", "parentId")
     WHERE c."id" = v."id"`;
  return keyOf;
}

/** Remove links of a version that no longer join anything (their clauses were merged or removed). */
export async function pruneEmptyLinks(tx: Tx, versionId: number): Promise<number> {
  const removed = await tx.link.deleteMany({
    where: { OR: [{ fromVersionId: versionId }, { toVersionId: versionId }], ends: { none: {} } },
  });
  return removed.count;
}

const INSERT_CHUNK = 1_000;

/**
 * The clauses (and readings) of a version that has none yet, in a few bulk statements. The import's
 * `writeClauses` (lib/server/import.ts) brings existing rows up to date one row at a time, which is
 * right for a re-import that changes a few rows, but a new draft of 5,000 points would take tens of
 * seconds that way; this writes the same rows (same fields, same order) in one INSERT per 1,000.
 */
export async function insertCollated(tx: Tx, versionId: number, collated: readonly CollatedClause[], sourceIds: ReadonlyMap<string, number>): Promise<number> {
  const rows = collated.map((c, position) => ({
    versionId,
    key: c.key,
    role: c.role,
    label: c.label,
    position,
    text: c.text,
    evidence: c.evidence,
    language: c.language,
    sourceId: c.sourceSlug ? (sourceIds.get(c.sourceSlug) ?? null) : null,
    truncated: c.truncated,
    deleted: c.deleted,
  }));
  for (let i = 0; i < rows.length; i += INSERT_CHUNK) await tx.clause.createMany({ data: rows.slice(i, i + INSERT_CHUNK) });
  const idOf = new Map((await tx.clause.findMany({ where: { versionId }, select: { id: true, key: true } })).map((r) => [r.key, r.id]));
  const children = collated.filter((c) => c.parentKey !== null);
  if (children.length > 0) {
    const ids = children.map((c) => idOf.get(c.key)!);
    const parents = children.map((c) => idOf.get(c.parentKey!)!);
    await tx.$executeRaw`UPDATE "Clause" AS c SET "parentId" = v."parentId" FROM unnest(${ids}::int[], ${parents}::int[]) AS v("id", "parentId") WHERE c."id" = v."id"`;
  }
  const readings = collated.flatMap((c) =>
    c.readings.map((r) => ({
      clauseId: idOf.get(c.key)!,
      sourceId: sourceIds.get(r.sourceSlug)!,
      label: r.label,
      text: r.text,
      language: r.language,
      evidence: r.evidence,
      truncated: r.truncated,
    })),
  );
  for (let i = 0; i < readings.length; i += INSERT_CHUNK) await tx.reading.createMany({ data: readings.slice(i, i + INSERT_CHUNK) });
  return rows.length;
}
