/**
 * Better Auth's HTTP API: only sign-in and sign-out answer (allowlist in lib/server/auth.ts);
 * sign-in is rate-limited there. Server components read the session in-process instead.
 */
import { handleAuthRequest } from "@/lib/server/auth";

// The auth instance is built on the first request, not at import: `next build` loads this module
// without a database.
export const GET = handleAuthRequest;
export const POST = handleAuthRequest;
