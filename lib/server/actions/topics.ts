/**
 * Editors' topic decisions on a clause, through the one mutation wrapper (authenticated, editor role,
 * zod-validated, one transaction with its audit row). Definitions, not server actions: the clause page's
 * actions file exposes them, tests run them with runMutation.
 */
import type { ClauseTopic } from "@/generated/prisma/client";
import { topicAddSchema, topicReviewSchema } from "@/lib/schemas/topics";
import { Conflict, Invalid, NotFound } from "@/lib/server/errors";
import type { Tx } from "@/lib/server/db";
import { toJson } from "./audit";
import type { MutationDefinition } from "./mutation";

function tagSnapshot(tag: Pick<ClauseTopic, "clauseId" | "topicId" | "origin" | "status" | "score" | "lockVersion">) {
  return { clauseId: tag.clauseId, topicId: tag.topicId, origin: tag.origin, status: tag.status, score: tag.score, lockVersion: tag.lockVersion };
}
export type TagSnapshot = ReturnType<typeof tagSnapshot>;

const targetId = (clauseId: number, topicId: number) => `${clauseId}:${topicId}`;

/** Topics are edited only on published clauses: drafts are not shown to readers and have their own workflow. */
async function requirePublishedClause(tx: Tx, clauseId: number) {
  const clause = await tx.clause.findFirst({ where: { id: clauseId, version: { state: "published" } }, select: { id: true } });
  if (!clause) throw new NotFound("This clause");
}

export const reviewTopicDefinition = {
  action: "topic.review",
  role: "editor",
  input: topicReviewSchema,
  async run({ tx, input, audit }) {
    await requirePublishedClause(tx, input.clauseId);
    const key = { clauseId_topicId: { clauseId: input.clauseId, topicId: input.topicId } };
    const before = await tx.clauseTopic.findUnique({ where: key });
    if (!before) throw new NotFound("This topic tag");
    // lib/server/actions/lock.ts's updateWithLock covers models with a single id; a tag's key is the pair,
    // so the same check-and-write-in-one-statement is spelled out here.
    const { count } = await tx.clauseTopic.updateMany({
      where: { clauseId: input.clauseId, topicId: input.topicId, lockVersion: input.lockVersion },
      data: { status: input.decision, origin: "editor", lockVersion: { increment: 1 } },
    });
    const after = await tx.clauseTopic.findUniqueOrThrow({ where: key });
    if (count !== 1) throw new Conflict(undefined, toJson(tagSnapshot(after)) ?? null);
    await audit({ targetType: "ClauseTopic", targetId: targetId(input.clauseId, input.topicId), before: tagSnapshot(before), after: tagSnapshot(after) });
    return tagSnapshot(after);
  },
} satisfies MutationDefinition<typeof topicReviewSchema, TagSnapshot>;

export const addTopicDefinition = {
  action: "topic.add",
  role: "editor",
  input: topicAddSchema,
  async run({ tx, input, audit }) {
    await requirePublishedClause(tx, input.clauseId);
    const topic = await tx.topic.findUnique({ where: { slug: input.topic }, select: { id: true, parentId: true } });
    if (!topic) throw Invalid.field("topic", "There is no such topic.");
    if (topic.parentId === null) throw Invalid.field("topic", "Choose a specific topic, not a headline bucket.");
    const key = { clauseId_topicId: { clauseId: input.clauseId, topicId: topic.id } };
    const before = await tx.clauseTopic.findUnique({ where: key });
    if (before?.status === "confirmed") throw new Conflict("This clause already has this topic.", toJson(tagSnapshot(before)) ?? null);
    // Adding a topic that was proposed or rejected before is the editor's decision: confirmed, theirs.
    const after = before
      ? await tx.clauseTopic.update({ where: key, data: { status: "confirmed", origin: "editor", lockVersion: { increment: 1 } } })
      : await tx.clauseTopic.create({ data: { clauseId: input.clauseId, topicId: topic.id, origin: "editor", status: "confirmed", score: 1 } });
    await audit({
      targetType: "ClauseTopic",
      targetId: targetId(input.clauseId, topic.id),
      ...(before ? { before: tagSnapshot(before) } : {}),
      after: tagSnapshot(after),
    });
    return tagSnapshot(after);
  },
} satisfies MutationDefinition<typeof topicAddSchema, TagSnapshot>;
