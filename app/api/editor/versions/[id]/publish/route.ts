/**
 * POST /api/editor/versions/:id/publish   { "lockVersion": 4 }
 * Publish a draft, as the publish button does. Idempotent: publishing a published version answers 409
 * with the version as it is (`details.current.alreadyPublished`), and changes nothing.
 */
import { mutationRoute, readJsonObject } from "@/lib/server/actions/mutation";
import { publishDefinition } from "@/lib/server/actions/drafts";
import { parseId } from "@/lib/server/queries/sources";

export const POST = mutationRoute(publishDefinition, {
  input: async (request, params: { id: string }) => ({ ...(await readJsonObject(request)), versionId: parseId(params.id) ?? -1 }),
});
