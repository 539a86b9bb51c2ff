import { ApiError, handle } from "@/lib/server/api/http";

/** Any other path under /api/v1 is a JSON 404 naming the endpoints, not the site's HTML page. */
const unknownEndpoint = (request: Request) =>
  handle(request, async () => {
    throw new ApiError(404, "not_found", `No such endpoint: ${new URL(request.url).pathname}. The endpoints are /api/v1/versions, /versions/{slug}, /versions/{slug}/sources, /sources/{id}, /links, /lineages/{id} and /search (see the README).`);
  });

export const GET = unknownEndpoint;
