"use server";
/**
 * Server actions of the users page. Each is the one mutation wrapper around a definition from
 * lib/server/actions/users.ts: session, admin role, zod and the audit row are checked there, so
 * calling these directly (without the page) is refused just the same.
 */
import { mutation } from "@/lib/server/actions/mutation";
import { createUserDefinition, setUserRoleDefinition } from "@/lib/server/actions/users";
import type { UserCreateInput, UserRoleChangeInput } from "@/lib/schemas/user";

const setRole = mutation(setUserRoleDefinition);
const create = mutation(createUserDefinition);

export async function setUserRole(input: UserRoleChangeInput) {
  return setRole(input);
}

export async function createUser(input: UserCreateInput) {
  return create(input);
}
