/**
 * A fresh database per test file: `migrated` clones the migrated template; `empty` starts from nothing
 * (for the migrator's own tests). Real PostgreSQL, never a mock.
 */
import { randomBytes } from "node:crypto";
import pg from "pg";
import { inject } from "vitest";
import { createDb, type Db } from "@/lib/server/db";

export interface TestDatabase {
  name: string;
  url: string;
  db: Db;
  drop(): Promise<void>;
}

function urlOf(adminUrl: string, name: string): string {
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return url.toString();
}

async function admin<T>(fn: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: inject("pgAdminUrl") });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}

export async function createTestDatabase(from: "migrated" | "empty" = "migrated"): Promise<TestDatabase> {
  const name = `t_${randomBytes(6).toString("hex")}`;
  const template = from === "migrated" ? inject("templateDb") : "template0";
  await admin((c) => c.query(`CREATE DATABASE "${name}" TEMPLATE "${template}"`));
  const url = urlOf(inject("pgAdminUrl"), name);
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
