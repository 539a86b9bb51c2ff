/**
 * Topics in the database: the tree from prisma/seed/topics.yaml, and automatic tagging of clauses.
 *
 * `tagClauses` runs inside the import's transaction (the import calls it after collating), so a
 * version and its proposed topics commit together. It writes `auto`/`proposed` ClauseTopic rows and
 * nothing else: a tag an editor made, confirmed or rejected is never touched, so re-importing or
 * re-tagging after editing topics.yaml cannot undo a decision. Idempotent: unchanged proposals write
 * nothing. Editors' own changes go through the mutation wrapper (lib/server/actions/topics.ts).
 */
import { topicCatalog, type TopicCatalog } from "@/lib/topics/catalog";
import { suggestTopicsForTexts } from "@/lib/topics/suggest";
import { writeAuditEvent } from "./actions/audit";
import type { Tx } from "./db";

export interface TagSummary {
  topics: number;
  clauses: number;
  created: number;
  updated: number;
  removed: number;
  /** Rows left alone because an editor made, confirmed or rejected them. */
  keptEditorDecisions: number;
}

interface Options {
  requestId?: string;
  catalog?: TopicCatalog;
}

/** Store the topic tree (buckets, then their topics), touching only rows that differ. Returns ids by slug. */
export async function syncTopics(tx: Tx, opts: Options = {}): Promise<Map<string, number>> {
  const catalog = opts.catalog ?? topicCatalog();
  const requestId = opts.requestId ?? `topics-${Date.now().toString(36)}`;
  const existing = new Map((await tx.topic.findMany()).map((t) => [t.slug, t]));
  const ids = new Map<string, number>();
  const changed: string[] = [];

  const upsert = async (row: { slug: string; name: string; description: string; position: number; parentId: number | null }) => {
    const before = existing.get(row.slug);
    if (before && before.name === row.name && before.description === row.description && before.position === row.position && before.parentId === row.parentId) {
      ids.set(row.slug, before.id);
      return;
    }
    const saved = before ? await tx.topic.update({ where: { id: before.id }, data: row }) : await tx.topic.create({ data: row });
    ids.set(row.slug, saved.id);
    changed.push(row.slug);
  };

  for (const b of catalog.buckets) await upsert({ slug: b.slug, name: b.name, description: b.description, position: b.position, parentId: null });
  for (const t of catalog.topics) {
    await upsert({ slug: t.slug, name: t.name, description: t.description, position: t.position, parentId: ids.get(t.bucket)! });
  }
  if (changed.length > 0) {
    await writeAuditEvent(tx, { actorId: null, requestId, defaultAction: "topics.sync" }, {
      targetType: "Topic",
      targetId: "tree",
      before: { topics: existing.size },
      after: { topics: ids.size, changed },
    });
  }
  return ids;
}

/**
 * Propose topics for every clause of `versionIds` from its preferred text and its readings. Call it
 * inside the transaction that wrote the clauses.
 */
export async function tagClauses(tx: Tx, versionIds: readonly number[], opts: Options = {}): Promise<TagSummary> {
  const catalog = opts.catalog ?? topicCatalog();
  const requestId = opts.requestId ?? `topics-${Date.now().toString(36)}`;
  const topicIds = await syncTopics(tx, { catalog, requestId });
  const summary: TagSummary = { topics: catalog.topics.length, clauses: 0, created: 0, updated: 0, removed: 0, keptEditorDecisions: 0 };

  for (const versionId of versionIds) {
    const clauses = await tx.clause.findMany({
      where: { versionId },
      select: { id: true, text: true, language: true, readings: { select: { text: true, language: true } }, topics: true },
    });
    const counts = { created: 0, updated: 0, removed: 0 };
    for (const clause of clauses) {
      const suggestions = suggestTopicsForTexts(
        [{ text: clause.text, language: clause.language }, ...clause.readings].filter((w) => w.text.trim() !== ""),
        catalog,
      );
      const wanted = new Map(suggestions.map((s) => [topicIds.get(s.slug)!, s.score]));
      if (wanted.size > 0) summary.clauses++;
      for (const row of clause.topics) {
        const automatic = row.origin === "auto" && row.status === "proposed";
        if (!automatic) {
          summary.keptEditorDecisions++;
          wanted.delete(row.topicId);
          continue;
        }
        const score = wanted.get(row.topicId);
        wanted.delete(row.topicId);
        if (score === undefined) {
          await tx.clauseTopic.delete({ where: { clauseId_topicId: { clauseId: clause.id, topicId: row.topicId } } });
          counts.removed++;
        } else if (Math.abs(score - row.score) > 1e-9) {
          await tx.clauseTopic.update({
            where: { clauseId_topicId: { clauseId: clause.id, topicId: row.topicId } },
            data: { score, lockVersion: { increment: 1 } },
          });
          counts.updated++;
        }
      }
      if (wanted.size > 0) {
        await tx.clauseTopic.createMany({
          data: [...wanted].map(([topicId, score]) => ({ clauseId: clause.id, topicId, score, origin: "auto" as const, status: "proposed" as const })),
        });
        counts.created += wanted.size;
      }
    }
    if (counts.created + counts.updated + counts.removed > 0) {
      await writeAuditEvent(tx, { actorId: null, requestId, defaultAction: "topics.propose" }, {
        targetType: "Version",
        targetId: versionId,
        after: counts,
      });
    }
    summary.created += counts.created;
    summary.updated += counts.updated;
    summary.removed += counts.removed;
  }
  return summary;
}
