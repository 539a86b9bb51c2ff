/**
 * Helpers of the editor specs: signing in, the rows the editor writes counted (for "nothing changed"),
 * step screenshots kept as artifacts, and calling server actions the way a browser does.
 */
import { mkdirSync } from "node:fs";
import path from "node:path";
import { expect, type APIRequestContext, type Page, type TestInfo } from "@playwright/test";
import { sql, type Account } from "./server";

/** Where the step screenshots go (kept across runs; the folder is listed in the report). */
export const SCREENS_DIR = path.resolve(import.meta.dirname, "../../../test-results/editor-screens");

export async function screenshot(page: Page, testInfo: TestInfo, name: string): Promise<void> {
  mkdirSync(SCREENS_DIR, { recursive: true });
  const file = path.join(SCREENS_DIR, `${name}.png`);
  await page.screenshot({ path: file, fullPage: true });
  await testInfo.attach(name, { path: file, contentType: "image/png" });
}

export function originOf(baseURL: string | undefined): string {
  if (!baseURL) throw new Error("baseURL is not configured");
  return new URL(baseURL).origin;
}

export async function signInWithForm(page: Page, account: Pick<Account, "email" | "password">, next = "/editor"): Promise<void> {
  await page.goto(`/sign-in?next=${encodeURIComponent(next)}`);
  await page.getByLabel("Email").fill(account.email);
  await page.getByLabel("Password").fill(account.password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page).toHaveURL(new RegExp(`${next.replace(/[/?]/g, (c) => `\\${c}`)}$`));
}

export async function signInWithApi(request: APIRequestContext, origin: string, account: Account): Promise<void> {
  const response = await request.post("/api/auth/sign-in/email", { headers: { origin }, data: { email: account.email, password: account.password } });
  expect(response.status(), await response.text()).toBe(200);
}

export type EditorCounts = Record<"versions" | "sources" | "clauses" | "readings" | "links" | "audit" | "lockSum" | "linkLockSum" | "published", number>;

/** Every table an editor's action writes, counted (and the lockVersions summed: an update shows too). */
export async function editorCounts(): Promise<EditorCounts> {
  const rows = await sql<{ t: string; n: string }>(`
    SELECT 'versions' AS t, count(*) AS n FROM "Version" UNION ALL
    SELECT 'sources', count(*) FROM "Source" UNION ALL
    SELECT 'clauses', count(*) FROM "Clause" UNION ALL
    SELECT 'readings', count(*) FROM "Reading" UNION ALL
    SELECT 'links', count(*) FROM "Link" UNION ALL
    SELECT 'audit', count(*) FROM "AuditEvent" UNION ALL
    SELECT 'lockSum', coalesce(sum("lockVersion"), 0) FROM "Clause" UNION ALL
    SELECT 'linkLockSum', coalesce(sum("lockVersion"), 0) FROM "Link" UNION ALL
    SELECT 'published', count(*) FROM "Version" WHERE "state" = 'published'`);
  return Object.fromEntries(rows.map((r) => [r.t, Number(r.n)])) as EditorCounts;
}

/** Call a server action the way the browser does (Next-Action header, JSON-encoded arguments). */
export async function callServerAction(request: APIRequestContext, origin: string, page: string, id: string, args: unknown[]) {
  const response = await request.post(page, {
    headers: { "next-action": id, accept: "text/x-component", "content-type": "text/plain;charset=UTF-8", origin },
    data: JSON.stringify(args),
  });
  return { status: response.status(), body: await response.text() };
}

/** A unique tag for this run: the e2e database outlives runs, slugs and titles must not collide. */
export function runStamp(): string {
  return `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 5)}`;
}
