/**
 * Account mutations (admins only). Definitions, not server actions: app/admin/users/actions.ts
 * exposes them to the browser, scripts/commands/users.ts runs them from the CLI, tests run them
 * directly — all through the one wrapper.
 */
import type { User } from "@/generated/prisma/client";
import { userCreateSchema, userRoleChangeSchema, type Role } from "@/lib/schemas/user";
import { authInTransaction } from "@/lib/server/auth";
import { Conflict, Invalid, NotFound } from "@/lib/server/errors";
import type { MutationDefinition } from "./mutation";
import { toJson } from "./audit";
import { updateWithLock } from "./lock";

/** What the audit trail and the admin page show of an account (never the password hash: it is not on User). */
export function userSnapshot(user: Pick<User, "id" | "email" | "name" | "role" | "lockVersion">) {
  return { id: user.id, email: user.email, name: user.name, role: user.role, lockVersion: user.lockVersion };
}
export type UserSnapshot = ReturnType<typeof userSnapshot>;

export const createUserDefinition = {
  action: "user.create",
  role: "admin",
  input: userCreateSchema,
  async run({ tx, input, auth, audit }) {
    const existing = await tx.user.findUnique({ where: { email: input.email }, select: { id: true } });
    if (existing) throw new Conflict("An account with this email already exists.");

    // Better Auth does the hashing and writes user + credential account exactly as its sign-up
    // would, but over our transaction, so the account and its audit row commit together.
    const ctx = await authInTransaction(auth, tx).$context;
    const hash = await ctx.password.hash(input.password);
    const created = await ctx.internalAdapter.createUser(
      { email: input.email, name: input.name ?? input.email.split("@")[0] ?? input.email, role: input.role, emailVerified: false },
      { method: "email-password" },
    );
    await ctx.internalAdapter.linkAccount({
      userId: created.id,
      providerId: "credential",
      accountId: created.id,
      password: hash,
    });

    const user = await tx.user.findUniqueOrThrow({ where: { id: created.id } });
    const after = userSnapshot(user);
    await audit({ targetType: "User", targetId: user.id, after });
    return after;
  },
} satisfies MutationDefinition<typeof userCreateSchema, UserSnapshot>;

export const setUserRoleDefinition = {
  action: "user.set-role",
  role: "admin",
  input: userRoleChangeSchema,
  async run({ tx, input, audit }) {
    const current = await tx.user.findUnique({ where: { id: input.userId } });
    if (!current) throw new NotFound("This user");
    // Stale first: a decision taken on an old view of the row is not checked any further.
    if (current.lockVersion !== input.lockVersion) {
      throw new Conflict(undefined, toJson(userSnapshot(current)) ?? null);
    }
    if (current.role === input.role) {
      throw Invalid.field("role", `This user is already ${article(input.role)} ${input.role}.`);
    }

    if (current.role === "admin" && input.role !== "admin") {
      // Lock every admin row first: two admins demoting each other at the same moment would
      // otherwise each see "one other admin remains" and leave none.
      const admins = await tx.$queryRaw<{ id: string }[]>`SELECT "id" FROM "user" WHERE "role" = 'admin' FOR UPDATE`;
      const others = admins.filter((a) => a.id !== input.userId);
      if (admins.some((a) => a.id === input.userId) && others.length === 0) {
        throw Invalid.field("role", "Pointwise needs at least one admin. Make another user admin first.");
      }
    }

    const { before, after } = await updateWithLock(tx, "user", input.userId, input.lockVersion, { role: input.role });
    await audit({ targetType: "User", targetId: after.id, before: userSnapshot(before), after: userSnapshot(after) });
    return userSnapshot(after);
  },
} satisfies MutationDefinition<typeof userRoleChangeSchema, UserSnapshot>;

function article(role: Role): string {
  return role === "admin" ? "an" : "a";
}
