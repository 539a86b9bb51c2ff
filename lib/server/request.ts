/**
 * Small request facts shared by proxy.ts, route handlers and the mutation wrapper: the request id
 * that ties a log line to an audit row, and the origin check for state-changing requests.
 * No Node-only or Next-only imports, so the proxy can use it too.
 */
import { env } from "@/lib/env";

export const REQUEST_ID_HEADER = "x-request-id";
/** Set by proxy.ts: the path and query of the page being rendered (UserMenu's `?next=`). */
export const PATH_HEADER = "x-pointwise-path";

// A request id from outside (a load balancer's) is kept only if it looks like one: it ends up in
// logs and audit rows, so no spaces, quotes or control characters.
const REQUEST_ID = /^[A-Za-z0-9][A-Za-z0-9._:-]{7,127}$/;

export function requestIdFrom(headers: Headers): string {
  const given = headers.get(REQUEST_ID_HEADER);
  return given && REQUEST_ID.test(given) ? given : crypto.randomUUID();
}

export function isValidRequestId(value: string | null | undefined): value is string {
  return !!value && REQUEST_ID.test(value);
}

const MUTATING = new Set(["POST", "PUT", "PATCH", "DELETE"]);

export function isMutatingMethod(method: string): boolean {
  return MUTATING.has(method.toUpperCase());
}

/**
 * The origin the app is served from: BETTER_AUTH_URL's when set (the start script sets it), else
 * the one the request was addressed to.
 */
export function appOrigin(requestUrl: string): string {
  return env.BETTER_AUTH_URL ? new URL(env.BETTER_AUTH_URL).origin : new URL(requestUrl).origin;
}

/**
 * May this state-changing request proceed? Browsers send `Origin` on every POST/PUT/PATCH/DELETE;
 * a missing or foreign one means another site (CSRF) or a tool without the app's origin — refused.
 * Safe methods always pass.
 */
export function originAllowed(method: string, headers: Headers, requestUrl: string): boolean {
  if (!isMutatingMethod(method)) return true;
  const origin = headers.get("origin");
  if (!origin || origin === "null") return false;
  return origin === appOrigin(requestUrl);
}
