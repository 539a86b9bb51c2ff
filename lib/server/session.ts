/**
 * The signed-in user for server components and pages. Pages guard themselves with `pageAccess`;
 * the server refuses on its own (the mutation wrapper checks again on every write).
 */
import "server-only";
import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { cache } from "react";
import { hasRole, type Role } from "@/lib/schemas/user";
import { auth, sessionUser, type SessionUser } from "@/lib/server/auth";

export type { SessionUser } from "@/lib/server/auth";

/** The signed-in user, or null. Read once per request however many components ask. */
export const currentUser = cache(async (): Promise<SessionUser | null> => sessionUser(auth(), await headers()));

export type PageAccess = { allowed: true; user: SessionUser } | { allowed: false; user: SessionUser; required: Role };

/**
 * For a page that needs `role`: signed out → redirect to sign-in (and back to `path` afterwards);
 * signed in without the role → `{ allowed: false }`, and the page renders <Forbidden />.
 */
export async function pageAccess(role: Role, path: string): Promise<PageAccess> {
  const user = await currentUser();
  if (!user) redirect(`/sign-in?next=${encodeURIComponent(path)}`);
  return hasRole(user.role, role) ? { allowed: true, user } : { allowed: false, user, required: role };
}
