/**
 * Optimistic concurrency. Every editable row carries `lockVersion`; a write names the version it was
 * based on, and is applied only if the row still has it (then the version goes up by one). A stale
 * write gets `Conflict` with the row as it is now — never a silent overwrite.
 */
import type { Clause, Link, Prisma, Source, User, Version } from "@/generated/prisma/client";
import type { Tx } from "@/lib/server/db";
import { Conflict, NotFound } from "@/lib/server/errors";
import { toJson } from "./audit";

/** The models with a single `id` and a `lockVersion`, with their id, row and update types. */
interface LockedModels {
  user: { id: string; row: User; data: Prisma.UserUpdateManyMutationInput };
  version: { id: number; row: Version; data: Prisma.VersionUncheckedUpdateManyInput };
  source: { id: number; row: Source; data: Prisma.SourceUncheckedUpdateManyInput };
  clause: { id: number; row: Clause; data: Prisma.ClauseUncheckedUpdateManyInput };
  link: { id: number; row: Link; data: Prisma.LinkUncheckedUpdateManyInput };
}
export type LockedModel = keyof LockedModels;
export type LockedRow<M extends LockedModel> = LockedModels[M]["row"];
export type LockedData<M extends LockedModel> = Omit<LockedModels[M]["data"], "id" | "lockVersion">;

const NOUN: Record<LockedModel, string> = {
  user: "This user",
  version: "This version",
  source: "This source",
  clause: "This clause",
  link: "This link",
};

/**
 * The two calls every locked model's delegate has, typed structurally: Prisma's per-model delegates
 * share no common type that TypeScript can index generically, so the one cast lives here.
 */
interface LockableDelegate {
  findUnique(args: { where: { id: string | number } }): Promise<unknown>;
  updateMany(args: {
    where: { id: string | number; lockVersion: number };
    data: Record<string, unknown>;
  }): Promise<{ count: number }>;
}

export interface LockedUpdate<M extends LockedModel> {
  before: LockedRow<M>;
  after: LockedRow<M>;
}

/**
 * Apply `data` to row `id` of `model` if its lockVersion is still `expectedLockVersion`, inside `tx`.
 * Returns the row before and after (for the audit entry). Throws NotFound when the row is gone and
 * Conflict (carrying the current row) when someone else changed it since `expectedLockVersion`.
 */
export async function updateWithLock<M extends LockedModel>(
  tx: Tx,
  model: M,
  id: LockedModels[M]["id"],
  expectedLockVersion: number,
  data: LockedData<M>,
): Promise<LockedUpdate<M>> {
  const delegate = tx[model] as unknown as LockableDelegate;
  const before = (await delegate.findUnique({ where: { id } })) as LockedRow<M> | null;
  if (!before) throw new NotFound(NOUN[model]);
  if (before.lockVersion !== expectedLockVersion) throw conflict(before);

  // The version check and the write are one statement, so a writer that slipped in between the
  // read above and this line still makes `count` 0.
  const { count } = await delegate.updateMany({
    where: { id, lockVersion: expectedLockVersion },
    data: { ...(data as Record<string, unknown>), lockVersion: { increment: 1 } },
  });
  const after = (await delegate.findUnique({ where: { id } })) as LockedRow<M> | null;
  if (!after) throw new NotFound(NOUN[model]);
  if (count !== 1) throw conflict(after);
  return { before, after };
}

function conflict(current: unknown): Conflict {
  return new Conflict(undefined, toJson(current) ?? null);
}
