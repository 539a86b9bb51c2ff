/**
 * Accounts and sessions: Better Auth over the one Prisma client. One configuration, built by
 * `createAuth`, serves the web app (`auth()`), the CLI and the tests (which pass their own client),
 * so sign-in rules, password limits and the role field cannot differ between them.
 *
 * Decisions (see also the comments in the options):
 * - No open sign-up: `/sign-up/email` is disabled. Accounts are created by an admin (CLI
 *   `user:create`) through `createUserAccount` in lib/server/users.ts, which uses Better Auth's own
 *   hashing and user/account creation inside our audited transaction.
 * - `role` is ours (reader < editor < admin), `input: false`: no endpoint can set it.
 * - Sign-in is rate-limited by Better Auth's limiter with database storage, so every web server
 *   behind a load balancer counts the same attempts (table "rateLimit").
 * - Only the endpoints the app uses are served; the rest of Better Auth's API is switched off.
 */
import { randomBytes } from "node:crypto";
import { betterAuth } from "better-auth/minimal";
import { prismaAdapter } from "better-auth/adapters/prisma";
import { nextCookies } from "better-auth/next-js";
import { env } from "@/lib/env";
import { PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH, ROLES, isRole, type Role } from "@/lib/schemas/user";
import type { DbOrTx, Tx } from "@/lib/server/db";
import { db } from "@/lib/server/db";
import { logger } from "@/lib/server/logger";

/** The path Better Auth is mounted on (app/api/auth/[...all]/route.ts). */
export const AUTH_BASE_PATH = "/api/auth";

/** At most this many sign-in attempts per client IP per window (seconds). */
export const SIGN_IN_RATE_LIMIT = { window: 60, max: 5 } as const;

/**
 * Everything else under /api/auth is off (only sign-in and sign-out answer): no self-service sign-up, e-mail change, account deletion,
 * password reset (there is no mail), OAuth or token endpoints. Each of these would be a write
 * outside the audit trail or an unneeded attack surface. Turn one on only with its UI and audit.
 */
const DISABLED_PATHS = [
  // Server components read the session in-process (auth.api.getSession); over HTTP this endpoint
  // would only hand the session token to scripts in the page, which HttpOnly is meant to prevent.
  "/get-session",
  "/sign-up/email",
  "/sign-in/social",
  "/callback/:id",
  "/update-user",
  "/change-email",
  "/change-password",
  "/set-password",
  "/delete-user",
  "/delete-user/callback",
  "/request-password-reset",
  "/reset-password",
  "/reset-password/:token",
  "/verify-email",
  "/send-verification-email",
  "/link-social",
  "/unlink-account",
  "/list-accounts",
  "/account-info",
  "/get-access-token",
  "/refresh-token",
  "/verify-password",
  "/update-session",
  "/revoke-other-sessions",
  "/revoke-session",
  "/revoke-sessions",
  "/list-sessions",
];

export interface AuthSettings {
  /** Signs session cookies; at least 32 characters. */
  secret: string;
  /** Public URL of the app (origin checks, cookie scope). Inferred from the request when unset. */
  baseURL?: string;
  /** Secure cookies. True in production: browsers accept them over https and on http://localhost. */
  secureCookies: boolean;
  /** Headers that carry the client IP, set by the reverse proxy in front (default x-forwarded-for). */
  ipAddressHeaders?: string[];
  /** Addresses (or CIDR ranges) of the reverse proxies whose forwarded-for entries are trusted. */
  trustedProxies?: string[];
}

export function createAuth(prisma: DbOrTx, settings: AuthSettings) {
  const origin = settings.baseURL ? new URL(settings.baseURL).origin : undefined;
  return betterAuth({
    appName: "Pointwise",
    basePath: AUTH_BASE_PATH,
    ...(settings.baseURL ? { baseURL: settings.baseURL } : {}),
    secret: settings.secret,
    // `transaction: true`: Better Auth's multi-row writes (user + account) are atomic.
    database: prismaAdapter(prisma, { provider: "postgresql", transaction: true }),
    telemetry: { enabled: false },
    emailAndPassword: {
      enabled: true,
      disableSignUp: true,
      minPasswordLength: PASSWORD_MIN_LENGTH,
      maxPasswordLength: PASSWORD_MAX_LENGTH,
      autoSignIn: false,
    },
    user: {
      additionalFields: {
        role: { type: [...ROLES], required: false, defaultValue: "reader", input: false },
      },
    },
    session: {
      expiresIn: 60 * 60 * 24 * 7,
      updateAge: 60 * 60 * 24,
      // No cookie cache: the role is read from the database on every request, so a demotion
      // takes effect at once instead of after the cache expires.
    },
    rateLimit: {
      enabled: true,
      storage: "database",
      window: 60,
      max: 100,
      customRules: {
        "/sign-in/email": { ...SIGN_IN_RATE_LIMIT },
      },
    },
    trustedOrigins: origin ? [origin] : [],
    disabledPaths: DISABLED_PATHS,
    advanced: {
      useSecureCookies: settings.secureCookies,
      defaultCookieAttributes: { httpOnly: true, sameSite: "lax", path: "/" },
      ipAddress: {
        ...(settings.ipAddressHeaders?.length ? { ipAddressHeaders: settings.ipAddressHeaders } : {}),
        ...(settings.trustedProxies?.length ? { trustedProxies: settings.trustedProxies } : {}),
      },
    },
    // Lets server actions (sign-out) set and clear cookies through next/headers. Must stay last.
    plugins: [nextCookies()],
  });
}

export type Auth = ReturnType<typeof createAuth>;

/**
 * The same configuration over an open Prisma transaction, so that Better Auth's own writes
 * (user + credential account, with its password hashing) commit or roll back together with our
 * audit row. Server-side use only; never mounted as an HTTP handler.
 */
export function authInTransaction(instance: Auth, tx: Tx): Auth {
  // `transaction: false`: we are already inside one; Better Auth must not open another.
  return betterAuth({ ...instance.options, database: prismaAdapter(tx, { provider: "postgresql", transaction: false }) });
}

let warnedAboutSecret = false;

/** Settings from the environment (lib/env.ts), for the web app and the CLI. */
export function authSettingsFromEnv(): AuthSettings {
  const production = env.NODE_ENV === "production";
  let secret = env.BETTER_AUTH_SECRET;
  if (!secret) {
    if (production) {
      throw new Error("BETTER_AUTH_SECRET is not set: `npm start` generates one; elsewhere set 32+ random characters.");
    }
    // Development without the start script: a per-process secret (sessions end on restart).
    secret = randomBytes(32).toString("hex");
    if (!warnedAboutSecret) {
      warnedAboutSecret = true;
      logger.warn("BETTER_AUTH_SECRET is not set; using a random secret for this process");
    }
  }
  return {
    secret,
    ...(env.BETTER_AUTH_URL ? { baseURL: env.BETTER_AUTH_URL } : {}),
    secureCookies: production,
    ipAddressHeaders: env.AUTH_IP_HEADERS,
    trustedProxies: env.AUTH_TRUSTED_PROXIES,
  };
}

// On globalThis, like db(): one instance per server process, also across Next's dev reloads.
const holder = globalThis as unknown as { pointwiseAuth?: Auth };

/** The web app's auth, over `db()`. */
export function auth(): Auth {
  holder.pointwiseAuth ??= createAuth(db(), authSettingsFromEnv());
  return holder.pointwiseAuth;
}

/**
 * The endpoints served over HTTP, an allowlist: a Better Auth upgrade that adds endpoints does not
 * open them here. (DISABLED_PATHS above says the same from the other side.)
 */
export const AUTH_HTTP_ENDPOINTS: ReadonlySet<string> = new Set(["/sign-in/email", "/sign-out"]);

/** The handler behind app/api/auth/[...all]/route.ts. */
export async function handleAuthRequest(request: Request): Promise<Response> {
  const path = new URL(request.url).pathname.replace(/\/+$/, "");
  const endpoint = path.startsWith(AUTH_BASE_PATH) ? path.slice(AUTH_BASE_PATH.length) : "";
  if (!AUTH_HTTP_ENDPOINTS.has(endpoint)) return new Response("Not Found", { status: 404 });
  return auth().handler(request);
}

/** The signed-in account as the rest of the app sees it. */
export interface SessionUser {
  id: string;
  email: string;
  name: string;
  role: Role;
}

/**
 * Who sent these headers (their session cookie), or null. The role comes from the database row
 * (no cookie cache), and an unknown role value counts as no session rather than as some role.
 */
export async function sessionUser(instance: Auth, headers: Headers): Promise<SessionUser | null> {
  const session = await instance.api.getSession({ headers });
  if (!session) return null;
  const { id, email, name, role } = session.user;
  if (!isRole(role)) {
    logger.error({ userId: id }, "session user has an unknown role; treating as signed out");
    return null;
  }
  return { id, email, name, role };
}
