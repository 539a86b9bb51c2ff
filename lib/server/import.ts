/**
 * Import of rendition files: sources stored byte-identical, versions collated, links proposed by the
 * aligner, lineages derived. Idempotent (unchanged files write nothing), and all-or-nothing: one
 * transaction, so a failing import leaves the database as it was. Every write is audited.
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { readCatalog, type Catalog } from "@/lib/collate/catalog";
import { collateVersion, type CollatedClause } from "@/lib/collate/collate";
import { describeSource, type SourceDescription } from "@/lib/collate/describe";
import type { Db, Tx } from "./db";
import { proposeLinks } from "./links";
import { deriveLineages } from "./lineage";
import { tagClauses } from "./topics";

// import.meta.dirname is undefined inside the Next.js server bundle (the editor imports writeClauses from here): fall back to the project root.
export const SEED_DIR = import.meta.dirname ? path.resolve(import.meta.dirname, "../../prisma/seed") : path.resolve(process.cwd(), "prisma/seed");

export interface ImportSummary {
  files: number;
  unchangedFiles: number;
  sourcesWritten: number;
  versionsCollated: string[];
  clausesWritten: number;
  readingsWritten: number;
  linksWritten: number;
}

export interface ImportReport {
  summary: ImportSummary;
  notes: string[];
}

/** The renditions of a folder: `plans/*.md` when there is a plans folder (the shape of shared/data), else `*.md`. */
export function renditionFiles(dir: string): string[] {
  const plans = existsSync(path.join(dir, "plans")) ? path.join(dir, "plans") : dir;
  return readdirSync(plans)
    .filter((f) => f.endsWith(".md") && !/^(SOURCES|README)\.md$/i.test(f))
    .sort()
    .map((f) => path.join(plans, f));
}

/** The day the seed material was collected, from SOURCES.md ("Collected 2026-11-22"), else today. */
function retrievedAt(dir: string): Date {
  const sources = path.join(dir, "SOURCES.md");
  const match = existsSync(sources) ? /Collected (\d{4}-\d{2}-\d{2})/.exec(readFileSync(sources, "utf8")) : null;
  return match ? new Date(`${match[1]}T00:00:00Z`) : new Date();
}

const IMPORT_ACTOR = null; // the importer is the system, not a user
const TX_OPTIONS = { timeout: 180_000, maxWait: 30_000 };

export async function importRenditions(db: Db, dir: string, opts: { requestId?: string } = {}): Promise<ImportReport> {
  const requestId = opts.requestId ?? `import-${Date.now().toString(36)}`;
  const catalogFile = existsSync(path.join(dir, "versions.yaml")) ? path.join(dir, "versions.yaml") : path.join(SEED_DIR, "versions.yaml");
  const catalog = readCatalog(catalogFile);
  const known = new Set(catalog.versions.map((v) => v.slug));
  const files = renditionFiles(dir);
  const described = files.map((file) => {
    const raw = readFileSync(file, "utf8");
    const source = describeSource(path.basename(file, ".md"), raw);
    if (!known.has(source.version)) throw new Error(`${path.basename(file)}: version "${source.version}" is not in ${path.basename(catalogFile)}`);
    return source;
  });
  const retrieved = retrievedAt(dir);

  const stored = new Map((await db.source.findMany({ select: { slug: true, sha256: true } })).map((s) => [s.slug, s.sha256]));
  const changed = described.filter((s) => stored.get(s.slug) !== s.sha256);
  const catalogChanged = await catalogDiffers(db, catalog);
  const summary: ImportSummary = {
    files: files.length,
    unchangedFiles: files.length - changed.length,
    sourcesWritten: 0,
    versionsCollated: [],
    clausesWritten: 0,
    readingsWritten: 0,
    linksWritten: 0,
  };
  if (changed.length === 0 && !catalogChanged) return { summary, notes: [] };

  const notes: string[] = [];
  await db.$transaction(async (tx) => {
    const versionIds = await writeCatalog(tx, catalog, requestId);
    for (const source of changed) {
      await writeSource(tx, source, versionIds.get(source.version)!, retrieved, requestId);
      summary.sourcesWritten++;
    }
    const affected = new Set(changed.map((s) => s.version));
    for (const spec of catalog.versions.filter((v) => affected.has(v.slug))) {
      const versionId = versionIds.get(spec.slug)!;
      const rows = await tx.source.findMany({ where: { versionId }, orderBy: { slug: "asc" } });
      const collated = collateVersion(spec, rows.map((r) => describeSource(r.slug, r.rawText)));
      notes.push(...collated.notes.map((n) => `${spec.slug}: ${n}`));
      const sourceIds = new Map(rows.map((r) => [r.slug, r.id]));
      const written = await writeClauses(tx, versionId, collated.clauses, sourceIds);
      summary.clausesWritten += written.clauses;
      summary.readingsWritten += written.readings;
      summary.versionsCollated.push(spec.slug);
      await tx.auditEvent.create({
        data: {
          actorId: IMPORT_ACTOR,
          action: "version.collate",
          targetType: "Version",
          targetId: String(versionId),
          before: { clauses: written.before },
          after: { clauses: collated.clauses.length, notes: collated.notes },
          requestId,
        },
      });
    }
    summary.linksWritten = await proposeLinks(tx, catalog, versionIds, affected, requestId);
    await deriveLineages(tx);
    // Topics (lib/server/topics.ts, analyst issue): propose topics for the re-collated versions' clauses.
    await tagClauses(tx, [...affected].map((slug) => versionIds.get(slug)!), { requestId });
  }, TX_OPTIONS);
  return { summary, notes };
}

async function catalogDiffers(db: Db, catalog: Catalog): Promise<boolean> {
  const plan = await db.plan.findUnique({ where: { slug: catalog.plan.slug } });
  if (!plan || plan.title !== catalog.plan.title || plan.summary !== catalog.plan.summary) return true;
  const versions = await db.version.findMany({ where: { revision: 1 }, include: { respondsTo: { select: { slug: true } } } });
  const bySlug = new Map(versions.map((v) => [v.slug, v]));
  return catalog.versions.some((v) => {
    const row = bySlug.get(v.slug);
    return (
      !row ||
      row.title !== v.title ||
      row.party !== v.party ||
      row.date.getTime() !== v.date.getTime() ||
      row.status !== v.status ||
      row.kind !== v.kind ||
      row.pointCount !== (v.pointCount ?? null) ||
      row.summary !== v.summary ||
      (row.respondsTo?.slug ?? undefined) !== v.respondsTo
    );
  });
}

/** Plan and versions as the catalogue says; returns version ids by slug. Writes (and audits) only what differs. */
async function writeCatalog(tx: Tx, catalog: Catalog, requestId: string): Promise<Map<string, number>> {
  const planData = { title: catalog.plan.title, summary: catalog.plan.summary };
  const plan = await tx.plan.upsert({ where: { slug: catalog.plan.slug }, create: { slug: catalog.plan.slug, ...planData }, update: planData });
  const ids = new Map<string, number>();
  for (const v of catalog.versions) {
    const data = { planId: plan.id, title: v.title, party: v.party, date: v.date, status: v.status, kind: v.kind, pointCount: v.pointCount ?? null, summary: v.summary };
    const before = await tx.version.findUnique({ where: { slug_revision: { slug: v.slug, revision: 1 } } });
    const differs = !before || Object.entries(data).some(([k, value]) => String(before[k as keyof typeof before]) !== String(value));
    const row = before && !differs
      ? before
      : await tx.version.upsert({
          where: { slug_revision: { slug: v.slug, revision: 1 } },
          create: { slug: v.slug, revision: 1, ...data, state: "published", publishedAt: new Date() },
          update: { ...data, lockVersion: { increment: 1 } },
        });
    if (differs) {
      await tx.auditEvent.create({
        data: { actorId: IMPORT_ACTOR, action: before ? "version.update" : "version.create", targetType: "Version", targetId: String(row.id), before: before ? JSON.parse(JSON.stringify(before)) : undefined, after: JSON.parse(JSON.stringify(row)), requestId },
      });
    }
    ids.set(v.slug, row.id);
  }
  // Compared in JS: in SQL, `NOT (respondsToId = x)` is NULL, not true, while the column is still NULL.
  const current = new Map((await tx.version.findMany({ where: { id: { in: [...ids.values()] } }, select: { id: true, respondsToId: true } })).map((r) => [r.id, r.respondsToId]));
  for (const v of catalog.versions) {
    const id = ids.get(v.slug)!;
    const respondsToId = v.respondsTo ? ids.get(v.respondsTo)! : null;
    if (current.get(id) !== respondsToId) await tx.version.update({ where: { id }, data: { respondsToId } });
  }
  return ids;
}

async function writeSource(tx: Tx, s: SourceDescription, versionId: number, retrievedAt: Date, requestId: string): Promise<void> {
  const data = {
    versionId,
    title: s.title,
    outlet: s.outlet,
    urls: s.urls,
    language: s.language,
    kind: s.kind,
    languageNote: s.languageNote,
    completeness: s.completeness,
    pointsRecovered: s.pointsRecovered,
    recoveryNote: s.recoveryNote,
    publishedNote: s.publishedNote,
    retrievedAt,
    rawText: s.rawText,
    sha256: s.sha256,
    meta: JSON.parse(JSON.stringify(s.meta)),
  };
  const before = await tx.source.findUnique({ where: { slug: s.slug }, select: { id: true, sha256: true } });
  const row = await tx.source.upsert({ where: { slug: s.slug }, create: { slug: s.slug, ...data }, update: { ...data, lockVersion: { increment: 1 } } });
  await tx.auditEvent.create({
    data: { actorId: IMPORT_ACTOR, action: before ? "source.update" : "source.create", targetType: "Source", targetId: String(row.id), before: before ?? undefined, after: { slug: s.slug, sha256: s.sha256, version: s.version }, requestId },
  });
}

const CLAUSE_FIELDS = ["label", "role", "position", "text", "evidence", "language", "sourceId", "truncated", "deleted", "parentId"] as const;
const READING_FIELDS = ["label", "text", "language", "evidence", "truncated"] as const;

/** Bring one version's clauses and readings to the collated state, touching only rows that differ. Also used by the editor (lib/server/actions/drafts.ts). */
export async function writeClauses(tx: Tx, versionId: number, collated: CollatedClause[], sourceIds: Map<string, number>) {
  const existing = await tx.clause.findMany({ where: { versionId }, include: { readings: true } });
  const byKey = new Map(existing.map((c) => [c.key, c]));
  const ids = new Map<string, number>();
  let clauses = 0;
  let readings = 0;
  for (const [position, c] of collated.entries()) {
    const data = {
      label: c.label,
      role: c.role,
      position,
      text: c.text,
      evidence: c.evidence,
      language: c.language,
      sourceId: c.sourceSlug ? sourceIds.get(c.sourceSlug)! : null,
      truncated: c.truncated,
      deleted: c.deleted,
      parentId: c.parentKey ? ids.get(c.parentKey)! : null,
    };
    const row = byKey.get(c.key);
    let id: number;
    if (!row) {
      id = (await tx.clause.create({ data: { versionId, key: c.key, ...data } })).id;
      clauses++;
    } else {
      id = row.id;
      if (CLAUSE_FIELDS.some((f) => row[f] !== data[f])) {
        await tx.clause.update({ where: { id }, data: { ...data, lockVersion: { increment: 1 } } });
        clauses++;
      }
    }
    ids.set(c.key, id);

    const wanted = new Map(c.readings.map((r) => [sourceIds.get(r.sourceSlug)!, r]));
    const have = new Map((row?.readings ?? []).map((r) => [r.sourceId, r]));
    for (const [sourceId, r] of wanted) {
      const data = { label: r.label, text: r.text, language: r.language, evidence: r.evidence, truncated: r.truncated };
      const old = have.get(sourceId);
      if (!old) await tx.reading.create({ data: { clauseId: id, sourceId, ...data } });
      else if (READING_FIELDS.some((f) => old[f] !== data[f])) await tx.reading.update({ where: { id: old.id }, data });
      else continue;
      readings++;
    }
    const stale = [...have.keys()].filter((sourceId) => !wanted.has(sourceId));
    if (stale.length) {
      await tx.reading.deleteMany({ where: { clauseId: id, sourceId: { in: stale } } });
      readings += stale.length;
    }
  }
  const gone = existing.filter((c) => !ids.has(c.key)).map((c) => c.id);
  if (gone.length) {
    await tx.clause.deleteMany({ where: { id: { in: gone } } });
    clauses += gone.length;
  }
  return { clauses, readings, before: existing.length };
}
