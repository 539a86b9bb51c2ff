/**
 * Runs before every route (Next 16's middleware). Three jobs, nothing else:
 *
 * 1. Security headers on every response, with a Content-Security-Policy that allows only scripts
 *    carrying this request's nonce (Next puts the nonce on its own scripts when it finds it in the
 *    request's CSP header). No 'unsafe-inline' and no 'unsafe-eval' for scripts in production.
 * 2. Refuse state-changing requests (POST/PUT/PATCH/DELETE) whose Origin is not the app's: CSRF.
 *    Route handlers check again (mutationRoute), server actions are checked by Next as well.
 * 3. A request id on every request, so log lines, error messages and audit rows can be matched.
 * 4. Unless a reverse proxy is declared (AUTH_TRUSTED_PROXIES / AUTH_IP_HEADERS), drop the client's
 *    X-Forwarded-For, so the sign-in rate limit counts the real socket address.
 *
 * Authorization is not done here: pages and the mutation wrapper check the session themselves.
 */
import { NextResponse, type NextRequest } from "next/server";
import { env } from "@/lib/env";
import { isValidRequestId, originAllowed, PATH_HEADER, REQUEST_ID_HEADER } from "@/lib/server/request";

const behindTrustedProxy = env.AUTH_TRUSTED_PROXIES.length > 0 || env.AUTH_IP_HEADERS.length > 0;

function contentSecurityPolicy(nonce: string, https: boolean): string {
  const dev = env.NODE_ENV === "development";
  const directives = [
    "default-src 'self'",
    // 'strict-dynamic': scripts loaded by a nonced script are trusted; 'self' is then ignored by
    // CSP3 browsers and only kept for old ones. React needs eval only in development (error stacks).
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${dev ? " 'unsafe-eval'" : ""}`,
    // Style elements need the nonce (the dev server injects unnonced <style> tags for hot reload).
    `style-src 'self' ${dev ? "'unsafe-inline'" : `'nonce-${nonce}'`}`,
    "img-src 'self' data: blob:",
    "font-src 'self'",
    `connect-src 'self'${dev ? " ws: wss:" : ""}`,
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'self'",
    "frame-ancestors 'none'",
    "frame-src 'none'",
    "worker-src 'self'",
    "manifest-src 'self'",
    ...(https ? ["upgrade-insecure-requests"] : []),
  ];
  return directives.join("; ");
}

function securityHeaders(headers: Headers, csp: string, https: boolean, requestId: string): void {
  headers.set("Content-Security-Policy", csp);
  headers.set("X-Content-Type-Options", "nosniff");
  // Pages of Pointwise link to outlets; they learn nothing about what the reader was looking at.
  headers.set("Referrer-Policy", "same-origin");
  headers.set("X-Frame-Options", "DENY");
  headers.set("Cross-Origin-Opener-Policy", "same-origin");
  headers.set("Cross-Origin-Resource-Policy", "same-origin");
  headers.set("Permissions-Policy", "camera=(), microphone=(), geolocation=(), payment=(), usb=(), interest-cohort=()");
  if (https) headers.set("Strict-Transport-Security", "max-age=31536000; includeSubDomains");
  headers.set(REQUEST_ID_HEADER, requestId);
}

export function proxy(request: NextRequest): NextResponse {
  const given = request.headers.get(REQUEST_ID_HEADER);
  const requestId = isValidRequestId(given) ? given : crypto.randomUUID();
  const https = request.nextUrl.protocol === "https:" || (env.BETTER_AUTH_URL?.startsWith("https://") ?? false);

  // A fresh, unguessable nonce per request (128 bits).
  const nonce = Buffer.from(crypto.getRandomValues(new Uint8Array(16))).toString("base64");
  const csp = contentSecurityPolicy(nonce, https);

  if (!originAllowed(request.method, request.headers, request.url)) {
    const refused = NextResponse.json(
      { error: { code: "Forbidden", message: "Cross-site request refused.", requestId } },
      { status: 403 },
    );
    securityHeaders(refused.headers, csp, https, requestId);
    return refused;
  }

  const forwarded = new Headers(request.headers);
  if (!behindTrustedProxy) {
    // Served directly (no reverse proxy declared): a client-sent X-Forwarded-For is a lie that would
    // give it a fresh sign-in rate-limit bucket per request. Dropped here, Next refills it from the
    // socket's address. Behind a proxy, declare it with AUTH_TRUSTED_PROXIES or AUTH_IP_HEADERS.
    forwarded.delete("x-forwarded-for");
  }
  forwarded.set(REQUEST_ID_HEADER, requestId);
  forwarded.set("x-nonce", nonce);
  // Next reads the nonce from the request's CSP header and stamps it on its scripts.
  forwarded.set("Content-Security-Policy", csp);
  forwarded.set(PATH_HEADER, request.nextUrl.pathname + request.nextUrl.search);

  const response = NextResponse.next({ request: { headers: forwarded } });
  securityHeaders(response.headers, csp, https, requestId);
  return response;
}

export const config = {
  // Everything but build assets (immutable files whose headers do not matter).
  matcher: ["/((?!_next/static|_next/image|favicon.ico).*)"],
};
