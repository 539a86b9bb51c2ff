/**
 * PATCH /api/admin/users/:id/role  { "role": "editor", "lockVersion": 3 }
 * The same mutation as the users page's server action, for scripts and other clients with a
 * session cookie. Origin, session, admin role, zod, lock and audit: all in the wrapper.
 */
import { mutationRoute, readJsonObject } from "@/lib/server/actions/mutation";
import { setUserRoleDefinition } from "@/lib/server/actions/users";

export const PATCH = mutationRoute(setUserRoleDefinition, {
  input: async (request, params: { id: string }) => ({ ...(await readJsonObject(request)), userId: params.id }),
});
