/**
 * The editorial foundation on real PostgreSQL: the audit trail is append-only in the database itself,
 * and the one mutation wrapper authenticates (real Better Auth sessions), authorizes by role,
 * validates with zod, and commits the change and its audit row together — or neither.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { z } from "zod";
import { createAuth, type Auth } from "@/lib/server/auth";
import { createUserDefinition, setUserRoleDefinition } from "@/lib/server/actions/users";
import { runAsSystem, runMutation, updateWithLock, type MutationDefinition } from "@/lib/server/actions/mutation";
import type { ActionResult } from "@/lib/server/errors";
import { createTestDatabase, type TestDatabase } from "./database";

const PASSWORD = "correct horse battery staple";
const BASE_URL = "http://localhost:3999";

let t: TestDatabase;
let auth: Auth;
const cookies: Record<"admin" | "editor" | "reader", string> = { admin: "", editor: "", reader: "" };
const ids: Record<"admin" | "editor" | "reader", string> = { admin: "", editor: "", reader: "" };
let planId = 0;
let versionId = 0;

function ok<T>(result: ActionResult<T>): T {
  if (result.error) throw new Error(`expected data, got ${result.error.code}: ${result.error.message}`);
  return result.data;
}

/** Sign in through Better Auth's own endpoint and return the Cookie header a browser would send. */
async function signIn(email: string, password = PASSWORD): Promise<string> {
  const response = await auth.api.signInEmail({ body: { email, password }, asResponse: true });
  expect(response.status).toBe(200);
  return response.headers
    .getSetCookie()
    .map((c) => c.split(";")[0])
    .join("; ");
}

function as(role: keyof typeof cookies | null, requestId?: string): Headers {
  const h = new Headers();
  if (role) h.set("cookie", cookies[role]);
  if (requestId) h.set("x-request-id", requestId);
  return h;
}

async function auditCount(): Promise<number> {
  return t.db.auditEvent.count();
}

// A small editor mutation over a real table, used to exercise the wrapper itself.
const retitle = {
  action: "version.retitle",
  role: "editor",
  input: z.object({ id: z.number().int(), title: z.string().trim().min(3).max(200), lockVersion: z.number().int().min(0) }),
  async run({ tx, input, audit }) {
    const { before, after } = await updateWithLock(tx, "version", input.id, input.lockVersion, { title: input.title });
    await audit({ targetType: "Version", targetId: after.id, before: { title: before.title }, after: { title: after.title } });
    return { id: after.id, title: after.title, lockVersion: after.lockVersion };
  },
} satisfies MutationDefinition<z.ZodObject<{ id: z.ZodNumber; title: z.ZodString; lockVersion: z.ZodNumber }>, { id: number; title: string; lockVersion: number }>;

async function version() {
  return t.db.version.findUniqueOrThrow({ where: { id: versionId } });
}

beforeAll(async () => {
  t = await createTestDatabase();
  auth = createAuth(t.db, { secret: "integration-test-secret-0123456789abcdef", baseURL: BASE_URL, secureCookies: false });
  for (const role of ["admin", "editor", "reader"] as const) {
    const created = ok(
      await runAsSystem(createUserDefinition, { email: `${role}@example.test`, password: PASSWORD, role }, { db: t.db, auth, requestId: `cli-setup-${role}` }),
    );
    ids[role] = created.id;
    cookies[role] = await signIn(`${role}@example.test`);
  }
  const plan = await t.db.plan.create({ data: { slug: "test-plan", title: "Test plan", summary: "" } });
  planId = plan.id;
  const v = await t.db.version.create({
    data: { planId, slug: "test-version", title: "Original title", party: "Test", date: new Date("2025-11-20"), status: "leaked" },
  });
  versionId = v.id;
}, 120_000);
afterAll(async () => t?.drop());

describe("AuditEvent is append-only in the database", () => {
  it("rejects UPDATE, DELETE and TRUNCATE, even from the owner", async () => {
    const count = await auditCount();
    expect(count).toBeGreaterThan(0);
    await expect(t.db.$executeRawUnsafe(`UPDATE "AuditEvent" SET "action" = 'forged'`)).rejects.toThrow(/append-only/);
    await expect(t.db.$executeRawUnsafe(`DELETE FROM "AuditEvent"`)).rejects.toThrow(/append-only/);
    await expect(t.db.$executeRawUnsafe(`TRUNCATE "AuditEvent"`)).rejects.toThrow(/append-only/);
    await expect(t.db.auditEvent.updateMany({ data: { action: "forged" } })).rejects.toThrow();
    await expect(t.db.auditEvent.deleteMany({})).rejects.toThrow();
    expect(await auditCount()).toBe(count);
    expect(await t.db.auditEvent.count({ where: { action: "forged" } })).toBe(0);
  });
});

describe("the mutation wrapper", () => {
  it("refuses a signed-out caller and writes nothing", async () => {
    const before = await auditCount();
    const v = await version();
    const result = await runMutation(retitle, { id: versionId, title: "Signed-out edit", lockVersion: v.lockVersion }, { db: t.db, auth, headers: as(null) });
    expect(result.error?.code).toBe("Unauthenticated");
    expect(await auditCount()).toBe(before);
    expect((await version()).title).toBe(v.title);
  });

  it("refuses a forged or expired session cookie like no session", async () => {
    const headers = new Headers({ cookie: "better-auth.session_token=forged.value" });
    const v = await version();
    const result = await runMutation(retitle, { id: versionId, title: "Forged edit", lockVersion: v.lockVersion }, { db: t.db, auth, headers });
    expect(result.error?.code).toBe("Unauthenticated");
  });

  it("refuses a reader for an editor mutation and writes nothing", async () => {
    const before = await auditCount();
    const v = await version();
    const result = await runMutation(retitle, { id: versionId, title: "Reader edit", lockVersion: v.lockVersion }, { db: t.db, auth, headers: as("reader") });
    expect(result.error?.code).toBe("Forbidden");
    expect(result.error?.message).toMatch(/permission/i);
    expect(await auditCount()).toBe(before);
    expect((await version()).title).toBe(v.title);
  });

  it("checks the role before the input: a reader learns nothing about the schema", async () => {
    const result = await runMutation(retitle, { nonsense: true }, { db: t.db, auth, headers: as("reader") });
    expect(result.error?.code).toBe("Forbidden");
    expect(result.error?.details).toBeUndefined();
  });

  it("commits an editor's change with exactly one audit row carrying actor, request id and before/after", async () => {
    const before = await auditCount();
    const v = await version();
    const result = await runMutation(
      retitle,
      { id: versionId, title: "  Edited title  ", lockVersion: v.lockVersion },
      { db: t.db, auth, headers: as("editor", "req-test-0001") },
    );
    const data = ok(result);
    expect(data).toEqual({ id: versionId, title: "Edited title", lockVersion: v.lockVersion + 1 });
    expect(await auditCount()).toBe(before + 1);
    const row = await t.db.auditEvent.findFirstOrThrow({ orderBy: { id: "desc" } });
    expect(row).toMatchObject({
      actorId: ids.editor,
      action: "version.retitle",
      targetType: "Version",
      targetId: String(versionId),
      requestId: "req-test-0001",
      before: { title: v.title },
      after: { title: "Edited title" },
    });
  });

  it("lets an admin do what an editor may (reader < editor < admin)", async () => {
    const v = await version();
    ok(await runMutation(retitle, { id: versionId, title: "Admin title", lockVersion: v.lockVersion }, { db: t.db, auth, headers: as("admin") }));
    expect((await version()).title).toBe("Admin title");
  });

  it("gives a new request id when the header is missing or not a plausible id", async () => {
    const v = await version();
    ok(await runMutation(retitle, { id: versionId, title: "Title with odd id", lockVersion: v.lockVersion }, { db: t.db, auth, headers: as("editor", "bad id <with> spaces") }));
    const row = await t.db.auditEvent.findFirstOrThrow({ orderBy: { id: "desc" } });
    expect(row.requestId).toMatch(/^[0-9a-f-]{36}$/);
  });

  it("gives Conflict with the current row for a stale lockVersion, and writes nothing", async () => {
    const v = await version();
    const before = await auditCount();
    const result = await runMutation(retitle, { id: versionId, title: "Stale edit", lockVersion: v.lockVersion - 1 }, { db: t.db, auth, headers: as("editor") });
    expect(result.error?.code).toBe("Conflict");
    const current = result.error?.details?.current as { title: string; lockVersion: number };
    expect(current.title).toBe(v.title);
    expect(current.lockVersion).toBe(v.lockVersion);
    expect(await auditCount()).toBe(before);
    expect((await version()).title).toBe(v.title);
  });

  it("lets exactly one of two concurrent writers with the same lockVersion win", async () => {
    const v = await version();
    const attempt = (title: string) =>
      runMutation(retitle, { id: versionId, title, lockVersion: v.lockVersion }, { db: t.db, auth, headers: as("editor") });
    const results = await Promise.all([attempt("Writer one"), attempt("Writer two")]);
    expect(results.filter((r) => r.data).length).toBe(1);
    expect(results.filter((r) => r.error?.code === "Conflict").length).toBe(1);
    expect((await version()).lockVersion).toBe(v.lockVersion + 1);
  });

  it("gives NotFound for a row that does not exist", async () => {
    const result = await runMutation(retitle, { id: 987654, title: "Nobody", lockVersion: 0 }, { db: t.db, auth, headers: as("editor") });
    expect(result.error?.code).toBe("NotFound");
  });

  it("gives Invalid with zod's issues for bad input, and writes nothing", async () => {
    const before = await auditCount();
    const result = await runMutation(retitle, { id: "seven", title: "x", lockVersion: -1 }, { db: t.db, auth, headers: as("editor") });
    expect(result.error?.code).toBe("Invalid");
    const issues = result.error?.details?.issues as { path: string; message: string }[];
    expect(issues.map((i) => i.path).sort()).toEqual(["id", "lockVersion", "title"]);
    expect(await auditCount()).toBe(before);
  });

  it("rolls back the change and the audit row when the mutation fails after writing", async () => {
    const v = await version();
    const before = await auditCount();
    const failing = {
      ...retitle,
      action: "version.retitle-then-fail",
      async run(ctx) {
        await retitle.run(ctx);
        throw new Error("disk on fire");
      },
    } satisfies MutationDefinition<typeof retitle.input, never>;
    const result = await runMutation(failing, { id: versionId, title: "Never saved", lockVersion: v.lockVersion }, { db: t.db, auth, headers: as("editor", "req-fail-0001") });
    expect(result.error?.code).toBe("Internal");
    // The internal detail stays in the log; the caller gets a generic message with the reference.
    expect(result.error?.message).not.toMatch(/disk/);
    expect(result.error?.message).toMatch(/req-fail-0001/);
    expect(await auditCount()).toBe(before);
    expect(await version()).toEqual(v);
  });

  it("refuses to commit a mutation that wrote no audit row", async () => {
    const v = await version();
    const before = await auditCount();
    const unaudited = {
      ...retitle,
      action: "version.retitle-silently",
      async run({ tx, input }) {
        await updateWithLock(tx, "version", input.id, input.lockVersion, { title: input.title });
        return null;
      },
    } satisfies MutationDefinition<typeof retitle.input, null>;
    const result = await runMutation(unaudited, { id: versionId, title: "Unaudited", lockVersion: v.lockVersion }, { db: t.db, auth, headers: as("editor") });
    expect(result.error?.code).toBe("Internal");
    expect(await auditCount()).toBe(before);
    expect(await version()).toEqual(v);
  });
});

describe("accounts", () => {
  it("created the users through Better Auth (its hash, a credential account) with audit rows by the system", async () => {
    const account = await t.db.account.findFirstOrThrow({ where: { userId: ids.editor } });
    expect(account.providerId).toBe("credential");
    expect(account.password).toMatch(/^[0-9a-f]+:[0-9a-f]+$/); // scrypt salt:key, never the password
    expect(account.password).not.toContain(PASSWORD);
    const row = await t.db.auditEvent.findFirstOrThrow({ where: { action: "user.create", targetId: ids.editor } });
    expect(row.actorId).toBeNull();
    expect(row.requestId).toBe("cli-setup-editor");
    expect(JSON.stringify(row.after)).not.toContain(PASSWORD);
    expect(row.after).toMatchObject({ email: "editor@example.test", role: "editor" });
  });

  it("refuses a duplicate email, a weak password and an unknown role with clear messages", async () => {
    const system = { db: t.db, auth, requestId: "cli-test-dup" };
    const before = await t.db.user.count();
    const dup = await runAsSystem(createUserDefinition, { email: "Editor@Example.test", password: PASSWORD, role: "reader" }, system);
    expect(dup.error).toMatchObject({ code: "Conflict", message: "An account with this email already exists." });
    const weak = await runAsSystem(createUserDefinition, { email: "new@example.test", password: "short", role: "reader" }, system);
    expect(weak.error?.code).toBe("Invalid");
    expect(weak.error?.message).toMatch(/at least 12 characters/);
    const role = await runAsSystem(createUserDefinition, { email: "new@example.test", password: PASSWORD, role: "owner" }, system);
    expect(role.error?.code).toBe("Invalid");
    expect(role.error?.message).toMatch(/reader, editor, admin/);
    expect(await t.db.user.count()).toBe(before);
  });

  it("does not let a signed-in editor create accounts", async () => {
    const result = await runMutation(createUserDefinition, { email: "sneaky@example.test", password: PASSWORD, role: "admin" }, { db: t.db, auth, headers: as("editor") });
    expect(result.error?.code).toBe("Forbidden");
    expect(await t.db.user.findUnique({ where: { email: "sneaky@example.test" } })).toBeNull();
  });

  it("does not serve open sign-up", async () => {
    const response = await auth.handler(
      new Request(`${BASE_URL}/api/auth/sign-up/email`, {
        method: "POST",
        headers: { "content-type": "application/json", origin: BASE_URL },
        body: JSON.stringify({ email: "self@example.test", password: PASSWORD, name: "Self", role: "admin" }),
      }),
    );
    expect(response.status).toBeGreaterThanOrEqual(400);
    expect(await t.db.user.findUnique({ where: { email: "self@example.test" } })).toBeNull();
  });

  it("changes a role through the wrapper with lockVersion, audited; readers and editors are refused", async () => {
    const target = await t.db.user.findUniqueOrThrow({ where: { id: ids.reader } });
    for (const who of ["reader", "editor"] as const) {
      const refused = await runMutation(setUserRoleDefinition, { userId: target.id, role: "admin", lockVersion: target.lockVersion }, { db: t.db, auth, headers: as(who) });
      expect(refused.error?.code).toBe("Forbidden");
    }
    expect((await t.db.user.findUniqueOrThrow({ where: { id: ids.reader } })).role).toBe("reader");

    const changed = ok(await runMutation(setUserRoleDefinition, { userId: target.id, role: "editor", lockVersion: target.lockVersion }, { db: t.db, auth, headers: as("admin", "req-role-0001") }));
    expect(changed).toMatchObject({ role: "editor", lockVersion: target.lockVersion + 1 });
    const row = await t.db.auditEvent.findFirstOrThrow({ where: { requestId: "req-role-0001" } });
    expect(row).toMatchObject({ actorId: ids.admin, action: "user.set-role", before: { role: "reader" }, after: { role: "editor" } });

    // The old lockVersion is now stale.
    const stale = await runMutation(setUserRoleDefinition, { userId: target.id, role: "admin", lockVersion: target.lockVersion }, { db: t.db, auth, headers: as("admin") });
    expect(stale.error?.code).toBe("Conflict");
    expect(stale.error?.details?.current).toMatchObject({ role: "editor" });

    // The session's role is read fresh: the promoted reader may now edit.
    const v = await version();
    ok(await runMutation(retitle, { id: versionId, title: "Edited by the promoted reader", lockVersion: v.lockVersion }, { db: t.db, auth, headers: as("reader") }));
  });

  it("does not let the last admin be demoted", async () => {
    const admin = await t.db.user.findUniqueOrThrow({ where: { id: ids.admin } });
    const before = await auditCount();
    const result = await runMutation(setUserRoleDefinition, { userId: admin.id, role: "editor", lockVersion: admin.lockVersion }, { db: t.db, auth, headers: as("admin") });
    expect(result.error?.code).toBe("Invalid");
    expect(result.error?.message).toMatch(/at least one admin/);
    expect((await t.db.user.findUniqueOrThrow({ where: { id: ids.admin } })).role).toBe("admin");
    expect(await auditCount()).toBe(before);
  });

  it("lets one of two admins demote the other, but never both at once", async () => {
    const second = ok(await runAsSystem(createUserDefinition, { email: "admin2@example.test", password: PASSWORD, role: "admin" }, { db: t.db, auth, requestId: "cli-admin2" }));
    const secondCookie = await signIn("admin2@example.test");
    const first = await t.db.user.findUniqueOrThrow({ where: { id: ids.admin } });
    const [a, b] = await Promise.all([
      runMutation(setUserRoleDefinition, { userId: second.id, role: "editor", lockVersion: second.lockVersion }, { db: t.db, auth, headers: as("admin") }),
      runMutation(setUserRoleDefinition, { userId: first.id, role: "editor", lockVersion: first.lockVersion }, { db: t.db, auth, headers: new Headers({ cookie: secondCookie }) }),
    ]);
    expect([a, b].filter((r) => r.data).length).toBe(1);
    expect(await t.db.user.count({ where: { role: "admin" } })).toBe(1);
  });
});

describe("sign-in rate limit (Better Auth's limiter, database storage)", () => {
  it("answers 429 after 5 attempts a minute from one IP, counted in the rateLimit table; other IPs are unaffected", async () => {
    const attempt = (ip: string) =>
      auth.handler(
        new Request(`${BASE_URL}/api/auth/sign-in/email`, {
          method: "POST",
          headers: { "content-type": "application/json", origin: BASE_URL, "x-forwarded-for": ip },
          body: JSON.stringify({ email: "editor@example.test", password: "wrong password here" }),
        }),
      );
    const statuses: number[] = [];
    for (let i = 0; i < 6; i++) statuses.push((await attempt("203.0.113.7")).status);
    expect(statuses.slice(0, 5)).toEqual([401, 401, 401, 401, 401]);
    expect(statuses[5]).toBe(429);
    expect(await t.db.rateLimit.count({ where: { key: { contains: "203.0.113.7" } } })).toBe(1);
    expect((await attempt("203.0.113.8")).status).toBe(401);
  });
});
