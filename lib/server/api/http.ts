/**
 * The read API's HTTP conventions, in one place: zod-validated query strings (400 with zod's message),
 * JSON bodies with a strong ETag (a hash of the body) and a short public cache, 304 on If-None-Match,
 * opaque cursors, and errors as `{ error: { code, message } }`. Endpoints are plain functions of the
 * database client and the request (lib/server/api/v1.ts), so tests call them against a test database.
 */
import { createHash } from "node:crypto";
import { z } from "zod";
import { logger } from "@/lib/server/logger";
import { requestIdFrom, REQUEST_ID_HEADER } from "@/lib/server/request";

export const CACHE_CONTROL = "public, max-age=60, stale-while-revalidate=600";

export type ApiErrorCode = "bad_request" | "not_found" | "internal";

/** An expected failure of a read: becomes its status and `{ error: { code, message } }`. */
export class ApiError extends Error {
  constructor(
    readonly status: 400 | 404,
    readonly code: ApiErrorCode,
    message: string,
    readonly issues?: Array<{ path: string; message: string }>,
  ) {
    super(message);
  }
}

export const notFound = (what: string) => new ApiError(404, "not_found", `${what} was not found (or is not published).`);

/** Parse the query string with `schema`. Unknown parameters are refused, so a typo is not silently ignored. */
export function parseQuery<S extends z.ZodObject>(request: Request, schema: S): z.output<S> {
  // .strict() returns a new object schema whose output type TypeScript cannot tie back to S.
  const params = new URL(request.url).searchParams;
  const raw: Record<string, string | string[]> = {};
  for (const key of new Set(params.keys())) {
    const all = params.getAll(key);
    raw[key] = all.length === 1 ? all[0]! : all;
  }
  const parsed = schema.strict().safeParse(raw);
  if (!parsed.success) {
    const issues = parsed.error.issues.map((i) => ({ path: i.path.map(String).join("."), message: i.message }));
    throw new ApiError(400, "bad_request", issues.map((i) => (i.path ? `${i.path}: ${i.message}` : i.message)).join("; "), issues);
  }
  return parsed.data as z.output<S>;
}

/** Route parameters are input too. */
export function parseParam<S extends z.ZodType>(value: string, schema: S, name: string): z.output<S> {
  const parsed = schema.safeParse(value);
  if (!parsed.success) throw new ApiError(400, "bad_request", `${name}: ${parsed.error.issues[0]?.message ?? "invalid"}`);
  return parsed.data;
}

// --- Pagination: `limit` and an opaque `cursor` (the offset, encoded so clients do not build it). ---

export const pageSchema = (max: number, fallback: number) => ({
  limit: z.coerce.number().int().min(1).max(max).default(fallback),
  cursor: z
    .string()
    .regex(/^[A-Za-z0-9_-]{1,64}$/, "cursor must be a value returned by a previous page")
    .optional()
    .transform((c, ctx) => {
      if (c === undefined) return 0;
      const offset = decodeCursor(c);
      if (offset === null) {
        ctx.addIssue({ code: "custom", message: "cursor must be a value returned by a previous page" });
        return z.NEVER;
      }
      return offset;
    }),
});

export function encodeCursor(offset: number): string {
  return Buffer.from(JSON.stringify({ o: offset })).toString("base64url");
}

function decodeCursor(cursor: string): number | null {
  try {
    const value: unknown = JSON.parse(Buffer.from(cursor, "base64url").toString("utf8"));
    const parsed = z.object({ o: z.number().int().min(0).max(1_000_000) }).safeParse(value);
    return parsed.success ? parsed.data.o : null;
  } catch {
    return null;
  }
}

export interface PageInfo {
  limit: number;
  /** Pass as `cursor` to get the next page; null on the last page. */
  nextCursor: string | null;
  total: number;
}

export function pageInfo(offset: number, limit: number, total: number): PageInfo {
  return { limit, nextCursor: offset + limit < total ? encodeCursor(offset + limit) : null, total };
}

// --- Responses ---

/** Strong ETag of a body: equal bodies, equal tags, whatever server produced them. */
export function etagOf(body: string): string {
  return `"${createHash("sha256").update(body).digest("base64url").slice(0, 32)}"`;
}

function matches(ifNoneMatch: string | null, etag: string): boolean {
  if (!ifNoneMatch) return false;
  if (ifNoneMatch.trim() === "*") return true;
  // Weak comparison (RFC 9110 §13.1.2): W/"x" matches "x".
  return ifNoneMatch.split(",").some((t) => t.trim().replace(/^W\//, "") === etag);
}

/** A cacheable body: ETag from its bytes, a short public cache, and 304 when the client has it already. */
export function cachedResponse(request: Request, body: string, contentType: string, extra: Record<string, string> = {}): Response {
  const etag = etagOf(body);
  const headers = { ETag: etag, "Cache-Control": CACHE_CONTROL, Vary: "Accept-Encoding", ...extra };
  if (matches(request.headers.get("if-none-match"), etag)) return new Response(null, { status: 304, headers });
  return new Response(body, { status: 200, headers: { ...headers, "Content-Type": contentType } });
}

/** JSON (Dates as ISO strings; endpoints write calendar days as YYYY-MM-DD themselves). */
export function jsonResponse(request: Request, data: unknown): Response {
  return cachedResponse(request, JSON.stringify(data), "application/json; charset=utf-8");
}

function errorResponse(status: number, code: ApiErrorCode, message: string, extra: Record<string, unknown> = {}): Response {
  return Response.json({ error: { code, message, ...extra } }, { status, headers: { "Cache-Control": "no-store" } });
}

/** Run an endpoint: expected failures become 400/404 JSON, anything else a logged 500. */
export async function handle(request: Request, run: () => Promise<Response>): Promise<Response> {
  try {
    return await run();
  } catch (error) {
    if (error instanceof ApiError) return errorResponse(error.status, error.code, error.message, error.issues ? { issues: error.issues } : {});
    const requestId = requestIdFrom(request.headers);
    logger.error({ err: error, requestId, url: request.url }, "read API failed");
    const response = errorResponse(500, "internal", `Something went wrong on our side (reference: ${requestId}).`, { requestId });
    response.headers.set(REQUEST_ID_HEADER, requestId);
    return response;
  }
}
