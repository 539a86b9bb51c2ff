/**
 * POST /api/editor/links/:id   { "op": "confirm" | "reject" | "kind" | "relink", "lockVersion": 3, … }
 * The compare page's link curation for scripts and other clients with an editor's session cookie.
 * Origin, session, editor role, zod, lock and audit: all in the mutation wrapper.
 */
import { mutationRoute, readJsonObject } from "@/lib/server/actions/mutation";
import { reviewLinkDefinition } from "@/lib/server/actions/link-review";
import { parseId } from "@/lib/server/queries/sources";

export const POST = mutationRoute(reviewLinkDefinition, {
  // A malformed id becomes a number zod refuses (422), never a query.
  input: async (request, params: { id: string }) => ({ ...(await readJsonObject(request)), linkId: parseId(params.id) ?? -1 }),
});
