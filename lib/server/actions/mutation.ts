/**
 * The one mutation wrapper (design §4). Every write in Pointwise goes through it:
 *
 *   request id → authenticate (session) → authorize (role) → validate (zod)
 *   → one transaction: run the change + write its audit row(s) → typed result
 *
 * It returns `{ data }` or `{ error: { code, message, details?, requestId } }` and never throws at
 * the caller. Expected failures are the typed errors of lib/server/errors.ts; anything else is
 * logged with the request id and reported as a generic message. A mutation that writes no audit row
 * is rolled back: nothing changes without a trace.
 *
 * Entry points over the same pipeline:
 * - `mutation(def)`        a function to export from a "use server" file (session from next/headers)
 * - `mutationRoute(def)`   a route handler (also checks the Origin header of the request)
 * - `runMutation(def, input, { db, auth, headers })`   explicit context: tests, other servers
 * - `runAsSystem(def, input, { db, auth, requestId })` the CLI: no session, actor recorded as null
 */
import { headers as nextHeaders } from "next/headers";
import type { z } from "zod";
import { Prisma } from "@/generated/prisma/client";
import { hasRole, type Role } from "@/lib/schemas/user";
import { auth as appAuth, sessionUser, type Auth } from "@/lib/server/auth";
import { db as appDb, type Db, type Tx } from "@/lib/server/db";
import {
  Conflict,
  Forbidden,
  Invalid,
  NotFound,
  STATUS_OF,
  Unauthenticated,
  internalError,
  isAppError,
  toActionError,
  type ActionResult,
} from "@/lib/server/errors";
import { logger } from "@/lib/server/logger";
import { originAllowed, requestIdFrom, REQUEST_ID_HEADER } from "@/lib/server/request";
import { writeAuditEvent, type AuditEntry } from "./audit";

export { updateWithLock } from "./lock";
export type { AuditEntry } from "./audit";

/** Who is making the change. `id` is null only for the system (CLI, imports). */
export interface Actor {
  id: string | null;
  email: string | null;
  name: string;
  role: Role;
}

export const SYSTEM_ACTOR: Actor = Object.freeze({ id: null, email: null, name: "system", role: "admin" });

export interface MutationContext<I> {
  /** The transaction: every read and write of the mutation goes through it. */
  tx: Tx;
  /** The validated input (zod's output type). */
  input: I;
  user: Actor;
  requestId: string;
  /** Record one audit row in the same transaction. At least one call is required. */
  audit(entry: AuditEntry): Promise<void>;
  /** Better Auth, for account writes that must use its hashing (see lib/server/users.ts). */
  auth: Auth;
}

export interface MutationDefinition<S extends z.ZodType, O> {
  /** Audit action name, `<entity>.<verb>` ("link.confirm", "user.set-role"). */
  action: string;
  /** The least role allowed to run it. */
  role: Role;
  input: S;
  /** Return plain JSON-able data: it crosses to the browser as is. */
  run(ctx: MutationContext<z.output<S>>): Promise<O>;
}

export interface RequestContext {
  db: Db;
  auth: Auth;
  headers: Headers;
}

interface PipelineContext {
  db: Db;
  auth: Auth;
  requestId: string;
  /** Resolves the actor, or throws Unauthenticated. */
  actor(): Promise<Actor>;
}

// Long enough for a big import of clauses in one go; short enough that a stuck lock surfaces.
const TRANSACTION_OPTIONS = { maxWait: 5_000, timeout: 30_000 } as const;

class MissingAudit extends Error {
  constructor(action: string) {
    super(`mutation "${action}" wrote no audit row; rolled back`);
  }
}

async function pipeline<S extends z.ZodType, O>(
  def: MutationDefinition<S, O>,
  readInput: () => Promise<unknown>,
  ctx: PipelineContext,
): Promise<ActionResult<O>> {
  const { requestId } = ctx;
  const started = performance.now();
  let actor: Actor | undefined;
  try {
    actor = await ctx.actor();
    if (!hasRole(actor.role, def.role)) throw new Forbidden();

    // Read only after authorization: strangers learn nothing about what the input should be.
    const parsed = def.input.safeParse(await readInput());
    if (!parsed.success) throw Invalid.fromZod(parsed.error);
    const input = parsed.data as z.output<S>;
    const user = actor;

    const data = await ctx.db.$transaction(async (tx) => {
      let audited = 0;
      let open = true;
      const audit = async (entry: AuditEntry) => {
        if (!open) throw new Error(`audit() called after mutation "${def.action}" finished`);
        await writeAuditEvent(tx, { actorId: user.id, requestId, defaultAction: def.action }, entry);
        audited += 1;
      };
      const result = await def.run({ tx, input, user, requestId, audit, auth: ctx.auth });
      open = false;
      if (audited === 0) throw new MissingAudit(def.action);
      return result;
    }, TRANSACTION_OPTIONS);

    logger.info(
      { requestId, action: def.action, actorId: actor.id, ms: Math.round(performance.now() - started) },
      "mutation committed",
    );
    return { data };
  } catch (error) {
    const expected = isAppError(error) ? error : fromPrisma(error);
    if (expected) {
      logger.info({ requestId, action: def.action, actorId: actor?.id, code: expected.code }, "mutation refused");
      return { error: toActionError(expected, requestId) };
    }
    logger.error({ err: error, requestId, action: def.action, actorId: actor?.id }, "mutation failed");
    return { error: internalError(requestId) };
  }
}

/** Database errors that are the user's situation, not a bug. */
function fromPrisma(error: unknown) {
  if (!(error instanceof Prisma.PrismaClientKnownRequestError)) return undefined;
  switch (error.code) {
    case "P2025": // a required row was not found (update/delete of a missing id)
      return new NotFound();
    case "P2002": // unique constraint
      return new Conflict("This conflicts with something that already exists.");
    case "P2034": // write conflict or deadlock between concurrent transactions
      return new Conflict("Someone else was saving at the same moment. Please try again.");
    default:
      return undefined;
  }
}

function sessionActor(instance: Auth, headers: Headers): () => Promise<Actor> {
  return async () => {
    const user = await sessionUser(instance, headers);
    if (!user) throw new Unauthenticated();
    return user;
  };
}

/** Run `def` for the session carried by `ctx.headers` (cookie). */
export function runMutation<S extends z.ZodType, O>(
  def: MutationDefinition<S, O>,
  rawInput: unknown,
  ctx: RequestContext,
): Promise<ActionResult<O>> {
  return pipeline(def, async () => rawInput, {
    db: ctx.db,
    auth: ctx.auth,
    requestId: requestIdFrom(ctx.headers),
    actor: sessionActor(ctx.auth, ctx.headers),
  });
}

/**
 * Run `def` as the system (CLI, scheduled jobs): no session, full rights, audit actor null.
 * Only code that already holds the database credentials can call this.
 */
export function runAsSystem<S extends z.ZodType, O>(
  def: MutationDefinition<S, O>,
  rawInput: unknown,
  ctx: { db: Db; auth: Auth; requestId: string },
): Promise<ActionResult<O>> {
  return pipeline(def, async () => rawInput, { ...ctx, actor: async () => SYSTEM_ACTOR });
}

export type ServerMutation<S extends z.ZodType, O> = ((input: z.input<S>) => Promise<ActionResult<O>>) & {
  readonly definition: MutationDefinition<S, O>;
};

/**
 * A server action. In a "use server" file:
 *
 *   export async function setUserRole(input: UserRoleChangeInput) { return setUserRoleMutation(input); }
 *
 * where `setUserRoleMutation = mutation({...})` lives in lib/server/actions/. The input is typed for
 * callers but validated at run time: a server action can be called with anything.
 */
export function mutation<S extends z.ZodType, O>(def: MutationDefinition<S, O>): ServerMutation<S, O> {
  const action = async (input: z.input<S>): Promise<ActionResult<O>> =>
    runMutation(def, input, { db: appDb(), auth: appAuth(), headers: await nextHeaders() });
  return Object.assign(action, { definition: def });
}

export interface RouteOptions<P> {
  /** Build the mutation's input from the request (default: the JSON body merged with the route params). */
  input?: (request: Request, params: P) => Promise<unknown>;
  /** HTTP status on success (default 200). */
  status?: number;
}

type RouteContext<P> = { params: Promise<P> };

/** The request body as a JSON object ({} when empty); Invalid for anything else. */
export async function readJsonObject(request: Request): Promise<Record<string, unknown>> {
  let body: unknown = {};
  const text = await request.text();
  if (text.trim()) {
    if (!(request.headers.get("content-type") ?? "").toLowerCase().startsWith("application/json")) {
      throw new Invalid([{ path: "", message: "Send the body as application/json.", code: "invalid_type" }]);
    }
    try {
      body = JSON.parse(text);
    } catch {
      throw new Invalid([{ path: "", message: "The body is not valid JSON.", code: "invalid_type" }]);
    }
  }
  if (body === null || typeof body !== "object" || Array.isArray(body)) {
    throw new Invalid([{ path: "", message: "The body must be a JSON object.", code: "invalid_type" }]);
  }
  return body as Record<string, unknown>;
}

async function defaultInput<P>(request: Request, params: P): Promise<unknown> {
  return { ...(await readJsonObject(request)), ...(params as Record<string, unknown>) };
}

/**
 * A route handler (POST/PUT/PATCH/DELETE) over the same pipeline. Adds what a server action gets
 * from Next for free: the Origin check against CSRF. Statuses: 200, 401, 403, 404, 409, 422, 500.
 */
export function mutationRoute<S extends z.ZodType, O, P = Record<string, string>>(
  def: MutationDefinition<S, O>,
  options: RouteOptions<P> = {},
): (request: Request, context: RouteContext<P>) => Promise<Response> {
  return async (request, context) => {
    const requestId = requestIdFrom(request.headers);
    const reply = (result: ActionResult<O>, status: number) =>
      Response.json(result, {
        status,
        headers: { [REQUEST_ID_HEADER]: requestId, "cache-control": "no-store" },
      });

    if (!originAllowed(request.method, request.headers, request.url)) {
      logger.warn({ requestId, action: def.action, origin: request.headers.get("origin") }, "cross-origin mutation refused");
      return reply({ error: toActionError(new Forbidden("Cross-site request refused."), requestId) }, 403);
    }

    const instance = appAuth();
    const result = await pipeline(def, async () => (options.input ?? defaultInput)(request, await context.params), {
      db: appDb(),
      auth: instance,
      requestId,
      actor: sessionActor(instance, request.headers),
    });
    return reply(result, result.error ? STATUS_OF[result.error.code] : (options.status ?? 200));
  };
}
