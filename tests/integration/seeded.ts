/**
 * A database with the seed renditions imported (versions, clauses, readings, links, lineages, topics),
 * shared by the test files that only read it. The first file to ask imports once into a template; the
 * others clone it (CREATE DATABASE … TEMPLATE, milliseconds). Files run one at a time (vitest.config.ts),
 * and the embedded server starts from empty every run, so the template is never stale.
 */
import { randomBytes } from "node:crypto";
import pg from "pg";
import { inject } from "vitest";
import { createDb } from "@/lib/server/db";
import { importRenditions, SEED_DIR } from "@/lib/server/import";
import { createTestDatabase, type TestDatabase } from "./database";

const SEEDED_TEMPLATE = "pointwise_seeded";

async function admin<T>(fn: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: inject("pgAdminUrl") });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}

function urlOf(name: string): string {
  const url = new URL(inject("pgAdminUrl"));
  url.pathname = `/${name}`;
  return url.toString();
}

export async function createSeededDatabase(): Promise<TestDatabase> {
  const exists = await admin(async (c) => (await c.query("SELECT 1 FROM pg_database WHERE datname = $1", [SEEDED_TEMPLATE])).rowCount === 1);
  if (!exists) {
    const building = await createTestDatabase();
    await importRenditions(building.db, SEED_DIR);
    await building.db.$disconnect();
    await admin((c) => c.query(`ALTER DATABASE "${building.name}" RENAME TO "${SEEDED_TEMPLATE}"`));
  }
  const name = `s_${randomBytes(6).toString("hex")}`;
  await admin((c) => c.query(`CREATE DATABASE "${name}" TEMPLATE "${SEEDED_TEMPLATE}"`));
  const url = urlOf(name);
  const db = createDb(url);
  return {
    name,
    url,
    db,
    async drop() {
      await db.$disconnect();
      await admin((c) => c.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`));
    },
  };
}
