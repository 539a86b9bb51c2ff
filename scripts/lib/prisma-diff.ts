/**
 * Migration SQL from schema.prisma, offline. Prisma 7's migrate needs a native engine that is
 * downloaded on first use; Prisma 6.19's WebAssembly engine (installed apart in scripts/prisma-diff)
 * computes the same SQL with a reachable PostgreSQL (the embedded one will do). Used to write new
 * migrations (`cli db:new-migration`) and by the drift test.
 */
import { execFile } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { promisify } from "node:util";

const run = promisify(execFile);
const TOOL_DIR = path.resolve(import.meta.dirname, "../prisma-diff");
export const SCHEMA_PATH = path.resolve(import.meta.dirname, "../../prisma/schema.prisma");

/** Install the Prisma 6 tool on first use (it has its own package.json so its `prisma` bin stays apart). */
async function ensureTool(): Promise<string> {
  const bin = path.join(TOOL_DIR, "node_modules/.bin/prisma");
  if (!existsSync(bin)) {
    await run("npm", ["install", "--no-audit", "--no-fund", "--loglevel=error"], { cwd: TOOL_DIR });
  }
  return bin;
}

/** Prisma 6 wants the url in the datasource block and no generator (a generator makes it fetch an engine). */
function toPrisma6Schema(schema: string): string {
  return schema
    .replace(/generator\s+\w+\s*\{[^}]*\}/g, "")
    .replace(/datasource\s+db\s*\{([^}]*)\}/, (_m, body: string) => `datasource db {${body}  url = env("DATABASE_URL")\n}`);
}

/**
 * SQL that takes a database from `from` (a schema text, or null for an empty database) to `to`.
 * `databaseUrl` must point at any reachable PostgreSQL; nothing is written to it.
 */
export async function migrationSql(opts: { from: string | null; to: string; databaseUrl: string }): Promise<string> {
  const bin = await ensureTool();
  const work = mkdtempSync(path.join(tmpdir(), "pointwise-prisma6-"));
  try {
    const toPath = path.join(work, "to.prisma");
    writeFileSync(toPath, toPrisma6Schema(opts.to));
    const args = ["migrate", "diff", "--config", path.join(TOOL_DIR, "prisma6.config.ts")];
    if (opts.from === null) args.push("--from-empty");
    else {
      const fromPath = path.join(work, "from.prisma");
      writeFileSync(fromPath, toPrisma6Schema(opts.from));
      args.push("--from-schema-datamodel", fromPath);
    }
    args.push("--to-schema-datamodel", toPath, "--script");
    const { stdout } = await run(bin, args, {
      cwd: TOOL_DIR,
      env: {
        ...process.env,
        DATABASE_URL: opts.databaseUrl,
        PRISMA6_SCHEMA: toPath,
        PRISMA_QUERY_ENGINE_LIBRARY: "/bin/false",
        PRISMA_SCHEMA_ENGINE_BINARY: "/bin/false",
        PRISMA_HIDE_UPDATE_MESSAGE: "1",
        CHECKPOINT_DISABLE: "1",
      },
      maxBuffer: 32 * 1024 * 1024,
    });
    // Prisma 6 prefixes the from-empty script with a schema statement our migrations do not carry.
    return stdout.replace(/^-- CreateSchema\nCREATE SCHEMA IF NOT EXISTS "public";\n\n/m, "");
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

export function currentSchema(): string {
  return readFileSync(SCHEMA_PATH, "utf8");
}
