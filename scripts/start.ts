/**
 * `npm start`: one command from a fresh clone to a running app with data.
 * Database (DATABASE_URL, or embedded PostgreSQL under .data/) → migrations → import of the repo's
 * renditions (idempotent: unchanged files are skipped) → build when missing or stale → `next start`.
 * `--dev` runs `next dev` instead of building.
 */
import { spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, statSync, writeFileSync, readdirSync } from "node:fs";
import path from "node:path";
import { env } from "@/lib/env";
import { ensureDatabase } from "@/lib/server/database/ensure";
import { migrate } from "@/lib/server/database/migrate";
import { createDb } from "@/lib/server/db";
import { importRenditions, SEED_DIR } from "@/lib/server/import";
import { logger } from "@/lib/server/logger";

const dev = process.argv.includes("--dev");
const root = path.resolve(import.meta.dirname, "..");
const nextBin = path.join(root, "node_modules/.bin/next");

/** A session-signing secret kept with the data, so sign-ins survive restarts without any set-up. */
function authSecret(): string {
  if (env.BETTER_AUTH_SECRET) return env.BETTER_AUTH_SECRET;
  const file = path.join(env.POINTWISE_DATA_DIR, "auth-secret");
  if (!existsSync(file)) {
    mkdirSync(env.POINTWISE_DATA_DIR, { recursive: true });
    writeFileSync(file, randomBytes(32).toString("hex"), { mode: 0o600 });
  }
  return readFileSync(file, "utf8").trim();
}

function newestSourceMtime(dir: string): number {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) newest = Math.max(newest, newestSourceMtime(full));
    else if (/\.(tsx?|css|mjs)$/.test(entry.name)) newest = Math.max(newest, statSync(full).mtimeMs);
  }
  return newest;
}

/** Build when there is no build, or when app code changed after it (e.g. after a git pull). */
function needsBuild(): boolean {
  const stamp = path.join(root, ".next/BUILD_ID");
  if (!existsSync(stamp)) return true;
  const built = statSync(stamp).mtimeMs;
  return ["app", "components", "lib"].some((d) => newestSourceMtime(path.join(root, d)) > built);
}

function run(cmd: string, args: string[], childEnv: NodeJS.ProcessEnv): Promise<number> {
  return new Promise((resolve) => {
    const child = spawn(cmd, args, { cwd: root, env: childEnv, stdio: "inherit" });
    child.on("exit", (code) => resolve(code ?? 1));
  });
}

const database = await ensureDatabase();
let shuttingDown = false;
async function shutdown(code: number): Promise<never> {
  if (!shuttingDown) {
    shuttingDown = true;
    await database.stop().catch(() => {});
  }
  process.exit(code);
}

try {
  const migrated = await migrate(database.url);
  if (migrated.applied.length) logger.info({ applied: migrated.applied }, "migrations applied");
  const prisma = createDb(database.url);
  const report = await importRenditions(prisma, SEED_DIR);
  await prisma.$disconnect();
  logger.info(report.summary, "seed data imported");
} catch (error) {
  logger.error({ err: error }, "could not prepare the database");
  await shutdown(1);
}

const childEnv: NodeJS.ProcessEnv = {
  ...process.env,
  DATABASE_URL: database.url,
  BETTER_AUTH_SECRET: authSecret(),
  BETTER_AUTH_URL: env.BETTER_AUTH_URL ?? `http://localhost:${env.PORT}`,
  NEXT_TELEMETRY_DISABLED: "1",
};

if (!dev && needsBuild()) {
  logger.info("building the app (first start, or the code changed)…");
  const code = await run(nextBin, ["build"], { ...childEnv, NODE_ENV: "production" });
  if (code !== 0) await shutdown(code);
}

// The server runs as our child so that Ctrl-C stops it and then the embedded database, cleanly.
const server = spawn(nextBin, [dev ? "dev" : "start", "-p", String(env.PORT)], {
  cwd: root,
  env: { ...childEnv, NODE_ENV: dev ? "development" : "production" },
  stdio: "inherit",
});
logger.info(`Pointwise: http://localhost:${env.PORT}${database.embedded ? " (embedded PostgreSQL)" : ""}`);
for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.on(signal, () => {
    server.kill("SIGTERM");
  });
}
server.on("exit", (code) => void shutdown(code ?? 0));
