/**
 * Helpers for e2e specs that need the server's side: accounts created through the real CLI, a
 * look into the e2e database (the embedded PostgreSQL that `npm start` runs for the test server),
 * and the ids of server actions from the build's manifest.
 */
import { spawnSync } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import pg from "pg";

const ROOT = path.resolve(import.meta.dirname, "../../..");
/** The data folder of the e2e server (playwright.config.ts → webServer.env). */
export const E2E_DATA_DIR = process.env.POINTWISE_DATA_DIR ?? ".data/e2e";

export interface Account {
  id: string;
  email: string;
  password: string;
  role: "reader" | "editor" | "admin";
}

/** Run the Pointwise CLI against the e2e database; stdin is piped (no prompt). */
export function cli(args: string[], input = ""): { status: number; stdout: string; stderr: string } {
  const result = spawnSync(path.join(ROOT, "node_modules/.bin/tsx"), ["scripts/cli.ts", ...args], {
    cwd: ROOT,
    input,
    encoding: "utf8",
    env: { ...process.env, POINTWISE_DATA_DIR: E2E_DATA_DIR, LOG_LEVEL: "warn", NODE_ENV: "development" },
    timeout: 60_000,
  });
  return { status: result.status ?? 1, stdout: result.stdout, stderr: result.stderr };
}

/** A fresh account for this run (unique email: the e2e database outlives runs). */
export function createAccount(role: Account["role"], label: string = role): Account {
  const stamp = `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;
  const email = `e2e-${label}-${stamp}@example.test`;
  const password = `e2e pass phrase ${stamp} ${role}!`;
  const out = cli(["user:create", "--email", email, "--role", role, "--name", `E2E ${label}`], `${password}\n`);
  if (out.status !== 0) throw new Error(`user:create failed (${out.status}): ${out.stderr}`);
  const created = JSON.parse(out.stdout.trim().split("\n").pop() ?? "{}") as { id: string };
  return { id: created.id, email, password, role };
}

/** The e2e server's database: DATABASE_URL, or the embedded one `npm start` runs in E2E_DATA_DIR. */
function databaseUrl(): string {
  if (process.env.DATABASE_URL) return process.env.DATABASE_URL;
  const pidFile = path.join(ROOT, E2E_DATA_DIR, "postgres", "postmaster.pid");
  if (!existsSync(pidFile)) throw new Error(`no running e2e database (${pidFile})`);
  const port = Number(readFileSync(pidFile, "utf8").split("\n")[3]);
  return `postgresql://postgres:pointwise@127.0.0.1:${port}/pointwise`;
}

export async function sql<T extends pg.QueryResultRow>(text: string, params: unknown[] = []): Promise<T[]> {
  const client = new pg.Client({ connectionString: databaseUrl() });
  await client.connect();
  try {
    return (await client.query<T>(text, params)).rows;
  } finally {
    await client.end();
  }
}

/**
 * Empty the sign-in rate-limit buckets. All test traffic comes from 127.0.0.1, and the limit
 * (5 a minute) is real; specs that sign in start from an empty bucket so they do not depend on
 * how many sign-ins ran before them.
 */
export async function resetSignInRateLimit(): Promise<void> {
  await sql(`DELETE FROM "rateLimit" WHERE "key" LIKE '%/sign-in/email'`);
}

export async function roleOf(userId: string): Promise<string | undefined> {
  const rows = await sql<{ role: string }>(`SELECT "role"::text AS "role" FROM "user" WHERE "id" = $1`, [userId]);
  return rows[0]?.role;
}

/** The id Next gave a server action in this build (what a browser sends as `Next-Action`). */
export function serverActionId(file: string, exportedName: string): string {
  const manifest = JSON.parse(readFileSync(path.join(ROOT, ".next/server/server-reference-manifest.json"), "utf8")) as {
    node: Record<string, { exportedName?: string; filename?: string }>;
  };
  const entry = Object.entries(manifest.node).find(([, v]) => v.exportedName === exportedName && v.filename === file);
  if (!entry) throw new Error(`server action ${file}#${exportedName} not in the build`);
  return entry[0];
}
