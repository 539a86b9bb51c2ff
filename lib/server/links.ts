/**
 * Stored links between versions: the aligner's proposals for each version and the one it responds to
 * (and the previous draft in time). Editor-confirmed, editor-made and rejected links are never
 * overwritten: automatic re-alignment only replaces its own proposals.
 */
import { align } from "@/lib/align";
import type { AlignClause, AlignLink } from "@/lib/align/types";
import type { Catalog } from "@/lib/collate/catalog";
import type { DbOrTx, Tx } from "./db";

interface Witness {
  text: string;
  language: string | null;
  evidence: string;
  truncated: boolean;
}

/**
 * The text a clause is compared in: its own when it is English (or not recovered), else its first
 * English reading that is not a report, because wording can only be compared within one language.
 * `reading` is that witness, or null when the clause's own text is used. Shared by the aligner's
 * input (below) and the compare page, so both compare the same words.
 */
export function comparedText<R extends Witness>(clause: Witness & { readings: R[] }): { text: string; language: string | null; evidence: string; truncated: boolean; reading: R | null } {
  const own = { text: clause.text, language: clause.language, evidence: clause.evidence, truncated: clause.truncated, reading: null };
  if (clause.language === "en" || clause.evidence === "unknown") return own;
  const english = clause.readings.filter((x) => x.language === "en" && x.evidence !== "reported");
  // A word-for-word English reading before a paraphrase; the grade shown is the reading's own.
  const reading = english.find((x) => x.evidence === "verbatim") ?? english[0];
  return reading ? { text: reading.text, language: "en", evidence: reading.evidence, truncated: reading.truncated, reading } : own;
}

/**
 * A version's points as the aligner sees them: each top-level point, in its compared text, with its
 * sub-points' text in the same language.
 */
export async function alignClausesOf(db: DbOrTx, versionId: number): Promise<{ clauses: AlignClause[]; idByKey: Map<string, number> }> {
  const rows = await db.clause.findMany({
    where: { versionId, role: "point" },
    orderBy: { position: "asc" },
    select: {
      id: true,
      key: true,
      parentId: true,
      text: true,
      evidence: true,
      language: true,
      truncated: true,
      deleted: true,
      readings: { select: { text: true, language: true, evidence: true, truncated: true } },
    },
  });
  const children = new Map<number, typeof rows>();
  for (const r of rows) if (r.parentId !== null) children.set(r.parentId, [...(children.get(r.parentId) ?? []), r]);
  const clauses = rows
    .filter((r) => r.parentId === null)
    .map((r) => {
      const own = comparedText(r);
      const language = own.language ?? "en";
      const subs = (children.get(r.id) ?? []).map(comparedText).filter((c) => (c.language ?? "en") === language).map((c) => c.text);
      return { key: r.key, text: [own.text, ...subs].join(" ").trim(), grade: own.reading ? own.reading.evidence : r.evidence, language, deleted: r.deleted };
    });
  return { clauses, idByKey: new Map(rows.map((r) => [r.key, r.id])) };
}

/** Which pairs of versions get automatic links: each version with the one it answers and with the previous draft. */
export function alignedPairs(catalog: Catalog): Array<[from: string, to: string]> {
  const pairs = new Map<string, [string, string]>();
  const add = (from: string, to: string) => pairs.set(`${from}→${to}`, [from, to]);
  const drafts = catalog.versions.filter((v) => v.kind === "draft").sort((a, b) => a.date.getTime() - b.date.getTime());
  for (const v of catalog.versions) if (v.respondsTo) add(v.respondsTo, v.slug);
  drafts.forEach((v, i) => {
    if (i > 0) add(drafts[i - 1]!.slug, v.slug);
  });
  return [...pairs.values()];
}

/** Replace the automatic proposals of every pair that touches an affected version; returns links written. Audited as the import's (no actor). */
export async function proposeLinks(tx: Tx, catalog: Catalog, versionIds: Map<string, number>, affected: Set<string>, requestId: string): Promise<number> {
  let written = 0;
  for (const [fromSlug, toSlug] of alignedPairs(catalog)) {
    if (!affected.has(fromSlug) && !affected.has(toSlug)) continue;
    const fromVersionId = versionIds.get(fromSlug)!;
    const toVersionId = versionIds.get(toSlug)!;
    written += await realign(tx, fromVersionId, toVersionId, { requestId, actorId: null });
  }
  return written;
}

/**
 * Re-propose the automatic links of one pair, keeping editors' decisions; audited in the same
 * transaction as `by` (the editor whose action caused it, or null for the import and the CLI).
 */
export async function realign(tx: Tx, fromVersionId: number, toVersionId: number, by: { requestId: string; actorId: string | null }): Promise<number> {
  const [from, to] = await Promise.all([alignClausesOf(tx, fromVersionId), alignClausesOf(tx, toVersionId)]);
  const removed = await tx.link.deleteMany({ where: { fromVersionId, toVersionId, origin: "auto", status: "proposed" } });
  if (from.clauses.length === 0 || to.clauses.length === 0) return removed.count;

  // What editors decided stays; proposals that touch those clauses, or repeat a rejected link, are dropped.
  const kept = await tx.link.findMany({
    where: { fromVersionId, toVersionId },
    select: { status: true, kind: true, ends: { select: { clauseId: true, side: true } } },
  });
  const decided = new Set(kept.filter((l) => l.status !== "rejected").flatMap((l) => l.ends.map((e) => e.clauseId)));
  const rejected = new Set(kept.filter((l) => l.status === "rejected").map((l) => signature(l.ends.filter((e) => e.side === "from").map((e) => e.clauseId), l.ends.filter((e) => e.side === "to").map((e) => e.clauseId), l.kind)));

  const proposals = align(from.clauses, to.clauses).links;
  let written = 0;
  for (const link of proposals) {
    const fromIds = link.from.map((k) => from.idByKey.get(k)!);
    const toIds = link.to.map((k) => to.idByKey.get(k)!);
    if ([...fromIds, ...toIds].some((id) => decided.has(id))) continue;
    if (rejected.has(signature(fromIds, toIds, link.kind))) continue;
    await createLink(tx, fromVersionId, toVersionId, link, fromIds, toIds);
    written++;
  }
  await tx.auditEvent.create({
    data: {
      actorId: by.actorId,
      action: "links.propose",
      targetType: "VersionPair",
      targetId: `${fromVersionId}→${toVersionId}`,
      before: { autoProposals: removed.count },
      after: { autoProposals: written, keptEditorDecisions: kept.length },
      requestId: by.requestId,
    },
  });
  return removed.count + written;
}

function signature(fromIds: number[], toIds: number[], kind: string): string {
  return `${[...fromIds].sort().join(",")}→${[...toIds].sort().join(",")}:${kind}`;
}

async function createLink(tx: Tx, fromVersionId: number, toVersionId: number, link: AlignLink, fromIds: number[], toIds: number[]) {
  await tx.link.create({
    data: {
      fromVersionId,
      toVersionId,
      kind: link.kind,
      score: link.score,
      flags: link.flags,
      evidence: JSON.parse(JSON.stringify(link.evidence)),
      ends: {
        create: [
          ...fromIds.map((clauseId) => ({ clauseId, side: "from" as const })),
          ...toIds.map((clauseId) => ({ clauseId, side: "to" as const })),
        ],
      },
    },
  });
}
