/**
 * Fixing a draft's clause tree: relabel or retext a clause, split it at a point in its text, merge it
 * with the next, indent or outdent it, remove it. Each takes the lockVersion of the clause(s) the
 * editor saw: a change based on a stale view is refused with the clause as it is now (Conflict), and
 * nothing is written. Structural changes lock the draft, renumber keys from the printed labels
 * (lib/editor/tree.ts) and write one audit row per clause whose content changed.
 */
import {
  clauseEditSchema,
  clauseLevelSchema,
  clauseMergeSchema,
  clauseRemoveSchema,
  clauseSplitSchema,
} from "@/lib/schemas/editor";
import { indentItem, mergeWithNext, outdentItem, splitItem, TreeError, type TreeItem } from "@/lib/editor/tree";
import type { Tx } from "@/lib/server/db";
import { Conflict, Invalid } from "@/lib/server/errors";
import { assertFresh, clauseSnapshot, draftClause, loadTree, parentKeyOf, pruneEmptyLinks, treeItems, writeStructure, type ClauseSnapshot } from "./editor-common";
import { updateWithLock } from "./lock";
import type { MutationDefinition } from "./mutation";

function tree<T>(field: string, change: () => T): T {
  try {
    return change();
  } catch (error) {
    if (error instanceof TreeError) throw Invalid.field(field, error.message);
    throw error;
  }
}

async function snapshotOf(tx: Tx, id: number): Promise<ClauseSnapshot> {
  const row = await tx.clause.findUniqueOrThrow({ where: { id } });
  return clauseSnapshot(row, await parentKeyOf(tx, row));
}

async function freshClause(tx: Tx, clauseId: number, lockVersion: number) {
  const found = await draftClause(tx, clauseId);
  assertFresh(found.clause, lockVersion, clauseSnapshot(found.clause, await parentKeyOf(tx, found.clause)));
  return found;
}

export interface ClauseChange {
  /** The clause as saved, with its new lockVersion. */
  clause: ClauseSnapshot;
  /** A clause the change created (split). */
  created?: ClauseSnapshot;
}

export const editClauseDefinition = {
  action: "clause.edit",
  role: "editor",
  input: clauseEditSchema,
  async run({ tx, input, audit }) {
    const { clause, version } = await freshClause(tx, input.clauseId, input.lockVersion);
    if (clause.label === input.label && clause.text === input.text) {
      throw Invalid.field("text", "Nothing changed: the label and text are as saved.");
    }
    const beforeSnapshot = clauseSnapshot(clause, await parentKeyOf(tx, clause));
    await updateWithLock(tx, "clause", clause.id, input.lockVersion, { label: input.label, text: input.text });
    // A new printed number may give the clause (and its sub-points) another key.
    if (clause.label !== input.label) {
      const rows = await loadTree(tx, version.id);
      await writeStructure(tx, rows, treeItems(rows));
    }
    const after = await snapshotOf(tx, clause.id);
    await audit({ targetType: "Clause", targetId: clause.id, before: beforeSnapshot, after });
    return { clause: after };
  },
} satisfies MutationDefinition<typeof clauseEditSchema, ClauseChange>;

export const splitClauseDefinition = {
  action: "clause.split",
  role: "editor",
  input: clauseSplitSchema,
  async run({ tx, input, audit }) {
    const { clause, version } = await freshClause(tx, input.clauseId, input.lockVersion);
    const beforeSnapshot = clauseSnapshot(clause, await parentKeyOf(tx, clause));
    const rows = await loadTree(tx, version.id);
    const index = rows.findIndex((r) => r.id === clause.id);
    const items = tree("offset", () => splitItem(treeItems(rows), index, input.offset));
    const kept = items[index]!;
    const made = items[index + 1]!;
    const created = await tx.clause.create({
      data: {
        versionId: version.id,
        key: `~split-${clause.id}-${Date.now()}`,
        role: clause.role,
        label: made.label,
        text: made.text,
        position: rows.length + 1,
        evidence: clause.evidence,
        language: clause.language,
        sourceId: clause.sourceId,
        // Where the excerpt breaks off is at the end of the text: now the new clause's end.
        truncated: clause.truncated,
        deleted: clause.deleted,
      },
    });
    const placed: TreeItem[] = items.map((item, i) => (i === index + 1 ? { ...item, id: created.id } : item));
    await updateWithLock(tx, "clause", clause.id, input.lockVersion, { text: kept.text, truncated: false });
    await writeStructure(tx, [...rows, { id: created.id, key: created.key, label: created.label, text: created.text, parentId: null, position: created.position, role: created.role }], placed);
    const after = await snapshotOf(tx, clause.id);
    const createdAfter = await snapshotOf(tx, created.id);
    await audit({ targetType: "Clause", targetId: clause.id, before: beforeSnapshot, after: { ...after, splitAt: input.offset } });
    await audit({ action: "clause.create", targetType: "Clause", targetId: created.id, after: { ...createdAfter, splitFrom: clause.id } });
    return { clause: after, created: createdAfter };
  },
} satisfies MutationDefinition<typeof clauseSplitSchema, ClauseChange>;

export const mergeClauseDefinition = {
  action: "clause.merge",
  role: "editor",
  input: clauseMergeSchema,
  async run({ tx, input, audit }) {
    const { clause, version } = await freshClause(tx, input.clauseId, input.lockVersion);
    const rows = await loadTree(tx, version.id);
    const index = rows.findIndex((r) => r.id === clause.id);
    const nextRow = rows[index + 1];
    if (!nextRow || nextRow.id !== input.nextId) {
      throw new Conflict("The clause after this one changed meanwhile (someone split, merged or removed clauses). Reload the page and try again.");
    }
    const next = await tx.clause.findUniqueOrThrow({ where: { id: nextRow.id } });
    assertFresh(next, input.nextLockVersion, clauseSnapshot(next, await parentKeyOf(tx, next)), "Someone changed the next clause meanwhile. Review it, then merge again.");
    const items = tree("clauseId", () => mergeWithNext(treeItems(rows), index));
    const beforeSnapshot = clauseSnapshot(clause, await parentKeyOf(tx, clause));
    const nextSnapshot = clauseSnapshot(next, await parentKeyOf(tx, next));

    // The next clause's links now join the merged clause (a link that already does just loses that end).
    await tx.$executeRaw`DELETE FROM "LinkClause" WHERE "clauseId" = ${next.id} AND "linkId" IN (SELECT "linkId" FROM "LinkClause" WHERE "clauseId" = ${clause.id})`;
    await tx.$executeRaw`UPDATE "LinkClause" SET "clauseId" = ${clause.id} WHERE "clauseId" = ${next.id}`;
    // Its readings stay with the merged clause: one per source, texts joined.
    const readings = await tx.reading.findMany({ where: { clauseId: { in: [clause.id, next.id] } }, orderBy: { id: "asc" } });
    for (const r of readings.filter((x) => x.clauseId === next.id)) {
      const mine = readings.find((x) => x.clauseId === clause.id && x.sourceId === r.sourceId);
      if (mine) await tx.reading.update({ where: { id: mine.id }, data: { text: `${mine.text} ${r.label} ${r.text}`.replace(/\s+/g, " ").trim() } });
      else await tx.reading.update({ where: { id: r.id }, data: { clauseId: clause.id } });
    }
    // Its sub-points are re-parented by writeStructure; unhook them first so the delete does not cascade.
    await tx.clause.updateMany({ where: { parentId: next.id }, data: { parentId: null } });
    await tx.clause.delete({ where: { id: next.id } });
    await updateWithLock(tx, "clause", clause.id, input.lockVersion, { text: items[index]!.text, truncated: next.truncated });
    const remaining = rows.filter((r) => r.id !== next.id);
    await writeStructure(tx, remaining, items);
    await pruneEmptyLinks(tx, version.id);
    const after = await snapshotOf(tx, clause.id);
    await audit({ targetType: "Clause", targetId: clause.id, before: beforeSnapshot, after: { ...after, mergedWith: next.id } });
    await audit({ action: "clause.delete", targetType: "Clause", targetId: next.id, before: { ...nextSnapshot, mergedInto: clause.id } });
    return { clause: after };
  },
} satisfies MutationDefinition<typeof clauseMergeSchema, ClauseChange>;

export const levelClauseDefinition = {
  action: "clause.level",
  role: "editor",
  input: clauseLevelSchema,
  async run({ tx, input, audit }) {
    const { clause, version } = await freshClause(tx, input.clauseId, input.lockVersion);
    const beforeSnapshot = clauseSnapshot(clause, await parentKeyOf(tx, clause));
    const rows = await loadTree(tx, version.id);
    const index = rows.findIndex((r) => r.id === clause.id);
    const items = tree("direction", () => (input.direction === "in" ? indentItem(treeItems(rows), index) : outdentItem(treeItems(rows), index)));
    // The content change that carries the lock: the clause's own level. Keys and parents follow.
    const previousPoint = [...rows.slice(0, index)].reverse().find((r) => r.parentId === null && r.role === "point");
    await updateWithLock(tx, "clause", clause.id, input.lockVersion, { parentId: input.direction === "in" ? (previousPoint?.id ?? null) : null });
    await writeStructure(tx, rows, items);
    const after = await snapshotOf(tx, clause.id);
    await audit({ action: input.direction === "in" ? "clause.indent" : "clause.outdent", targetType: "Clause", targetId: clause.id, before: beforeSnapshot, after });
    return { clause: after };
  },
} satisfies MutationDefinition<typeof clauseLevelSchema, ClauseChange>;

export const removeClauseDefinition = {
  action: "clause.delete",
  role: "editor",
  input: clauseRemoveSchema,
  async run({ tx, input, audit }) {
    const { clause, version } = await freshClause(tx, input.clauseId, input.lockVersion);
    const rows = await loadTree(tx, version.id);
    if (rows.length === 1) throw Invalid.field("clauseId", "This is the draft's only clause. To start over, replace the text or discard the draft.");
    const beforeSnapshot = clauseSnapshot(clause, await parentKeyOf(tx, clause));
    const index = rows.findIndex((r) => r.id === clause.id);
    const items = treeItems(rows).filter((_, i) => i !== index);
    const links = await tx.link.deleteMany({ where: { ends: { some: { clauseId: clause.id } } } });
    await tx.clause.updateMany({ where: { parentId: clause.id }, data: { parentId: null } });
    await tx.clause.delete({ where: { id: clause.id } });
    await writeStructure(tx, rows.filter((r) => r.id !== clause.id), items);
    await audit({ targetType: "Clause", targetId: clause.id, before: { ...beforeSnapshot, linksDropped: links.count } });
    return { clause: { ...beforeSnapshot, lockVersion: clause.lockVersion + 1 } };
  },
} satisfies MutationDefinition<typeof clauseRemoveSchema, ClauseChange>;

