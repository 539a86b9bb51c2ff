/**
 * Lineage: one clause's identity through all versions (Akoma Ntoso's wId). A point continues the
 * lineage of the earlier point it is linked from; otherwise it starts one, named after itself
 * (`us-28-draft.6`), so the id stays stable when later links change and can be cited.
 */
import type { Tx } from "./db";

const BREAKS_LINEAGE = new Set(["added", "removed"]);

export async function deriveLineages(tx: Tx): Promise<number> {
  // Published versions only: lineage ids are public and citable; a draft gets its lineages when it is published.
  const versions = await tx.version.findMany({ where: { state: "published" }, orderBy: [{ date: "asc" }, { id: "asc" }], select: { id: true, slug: true, title: true } });
  const clauses = await tx.clause.findMany({
    where: { role: "point", parentId: null, version: { state: "published" } },
    select: { id: true, key: true, versionId: true, lineageId: true },
  });
  const links = await tx.link.findMany({
    where: { status: { not: "rejected" } },
    select: { kind: true, status: true, ends: { select: { clauseId: true, side: true } } },
  });
  // For each clause, the earlier clauses it is linked from; confirmed links first.
  const incoming = new Map<number, number[]>();
  for (const link of [...links].sort((a, b) => Number(b.status === "confirmed") - Number(a.status === "confirmed"))) {
    if (BREAKS_LINEAGE.has(link.kind)) continue;
    const from = link.ends.filter((e) => e.side === "from").map((e) => e.clauseId);
    for (const to of link.ends.filter((e) => e.side === "to")) {
      incoming.set(to.clauseId, [...(incoming.get(to.clauseId) ?? []), ...from]);
    }
  }
  const byVersion = new Map<number, typeof clauses>();
  for (const c of clauses) byVersion.set(c.versionId, [...(byVersion.get(c.versionId) ?? []), c]);

  const lineageOf = new Map<number, string>();
  const labels = new Map<string, string>();
  for (const version of versions) {
    for (const clause of byVersion.get(version.id) ?? []) {
      const parent = (incoming.get(clause.id) ?? []).map((id) => lineageOf.get(id)).find((l) => l !== undefined);
      const lineage = parent ?? `${version.slug}.${clause.key}`;
      if (!parent) labels.set(lineage, `${version.title}, point ${clause.key}`);
      lineageOf.set(clause.id, lineage);
    }
  }

  const existing = new Set((await tx.lineage.findMany({ select: { id: true } })).map((l) => l.id));
  const wanted = [...labels.entries()].filter(([id]) => !existing.has(id));
  if (wanted.length) await tx.lineage.createMany({ data: wanted.map(([id, label]) => ({ id, label })) });
  // One statement for all changed clauses: a version of thousands of points is published in one go.
  const changedClauses = clauses.filter((c) => c.lineageId !== lineageOf.get(c.id));
  const changed = changedClauses.length;
  if (changed > 0) {
    const ids = changedClauses.map((c) => c.id);
    const lineageIds = changedClauses.map((c) => lineageOf.get(c.id)!);
    await tx.$executeRaw`UPDATE "Clause" AS c SET "lineageId" = v."lineageId", "updatedAt" = now() FROM unnest(${ids}::int[], ${lineageIds}::text[]) AS v("id", "lineageId") WHERE c."id" = v."id"`;
  }
  await tx.lineage.deleteMany({ where: { clauses: { none: {} } } });
  return changed;
}
