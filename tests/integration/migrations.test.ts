/**
 * The migrator applies prisma/migrations like Prisma does, and the migrated database matches
 * schema.prisma: a schema change without a migration fails here.
 */
import { cpSync, mkdtempSync, appendFileSync, mkdirSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import pg from "pg";
import { afterAll, describe, expect, it } from "vitest";
import { MIGRATIONS_DIR, migrate, readMigrations } from "@/lib/server/database/migrate";
import { currentSchema, migrationSql } from "@/scripts/lib/prisma-diff";
import { createTestDatabase, type TestDatabase } from "./database";

const created: TestDatabase[] = [];
async function database(from: "migrated" | "empty") {
  const d = await createTestDatabase(from);
  created.push(d);
  return d;
}
afterAll(async () => {
  for (const d of created) await d.drop();
});

async function query<T extends pg.QueryResultRow>(url: string, sql: string, params: unknown[] = []): Promise<T[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query<T>(sql, params)).rows;
  } finally {
    await client.end();
  }
}

/** Everything Prisma's schema describes, read from the catalog, in a stable order. */
async function catalog(url: string) {
  const columns = await query(url, `
    SELECT table_name, column_name, data_type, udt_name, is_nullable, column_default
    FROM information_schema.columns WHERE table_schema = 'public' AND table_name <> '_prisma_migrations'
    ORDER BY table_name, column_name`);
  const indexes = await query(url, `
    SELECT tablename, indexname, indexdef FROM pg_indexes
    WHERE schemaname = 'public' AND tablename <> '_prisma_migrations' ORDER BY tablename, indexname`);
  const constraints = await query(url, `
    SELECT c.conrelid::regclass::text AS table, c.conname, c.contype, pg_get_constraintdef(c.oid) AS def
    FROM pg_constraint c JOIN pg_namespace n ON n.oid = c.connamespace
    WHERE n.nspname = 'public' AND c.conrelid::regclass::text <> '_prisma_migrations' AND c.conrelid <> 0
      AND c.contype <> 'n' -- PostgreSQL 18 lists NOT NULL as constraints; nullability is compared with the columns
    ORDER BY 1, 2`);
  const enums = await query(url, `
    SELECT t.typname, string_agg(e.enumlabel, ',' ORDER BY e.enumsortorder) AS labels
    FROM pg_type t JOIN pg_enum e ON e.enumtypid = t.oid GROUP BY t.typname ORDER BY t.typname`);
  return { columns, indexes, constraints, enums };
}

describe("migrator", () => {
  it("applies every migration from empty and records it as Prisma does", async () => {
    const d = await database("empty");
    const report = await migrate(d.url);
    const files = readMigrations();
    expect(files.length).toBeGreaterThan(0);
    expect(report.applied).toEqual(files.map((f) => f.name));
    const rows = await query<{ migration_name: string; checksum: string; finished_at: Date | null; applied_steps_count: number; logs: string | null }>(
      d.url,
      `SELECT migration_name, checksum, finished_at, applied_steps_count, logs FROM "_prisma_migrations" ORDER BY migration_name`,
    );
    expect(rows.map((r) => [r.migration_name, r.checksum])).toEqual(files.map((f) => [f.name, f.checksum]));
    for (const row of rows) {
      expect(row.checksum).toMatch(/^[0-9a-f]{64}$/);
      expect(row.finished_at).toBeInstanceOf(Date);
      expect(row.applied_steps_count).toBe(1);
      expect(row.logs).toBeNull();
    }
  });

  it("applies nothing the second time", async () => {
    const d = await database("migrated");
    const report = await migrate(d.url);
    expect(report.applied).toEqual([]);
    expect(report.alreadyApplied).toHaveLength(readMigrations().length);
  });

  it("refuses a migration that was edited after it was applied", async () => {
    const d = await database("migrated");
    const dir = mkdtempSync(path.join(tmpdir(), "pointwise-migrations-"));
    cpSync(MIGRATIONS_DIR, dir, { recursive: true });
    const first = readMigrations(dir)[0]!;
    appendFileSync(path.join(dir, first.name, "migration.sql"), "\n-- edited\n");
    await expect(migrate(d.url, dir)).rejects.toThrow(/edited after it was applied/);
  });

  it("rolls a failing migration back completely, so it can be fixed and re-run", async () => {
    const d = await database("migrated");
    const dir = mkdtempSync(path.join(tmpdir(), "pointwise-migrations-"));
    cpSync(MIGRATIONS_DIR, dir, { recursive: true });
    mkdirSync(path.join(dir, "99990101000000_broken"));
    writeFileSync(path.join(dir, "99990101000000_broken", "migration.sql"), `CREATE TABLE "Half" (id int);\nSELECT * FROM "NoSuchTable";`);
    await expect(migrate(d.url, dir)).rejects.toThrow(/99990101000000_broken failed/);
    const half = await query(d.url, `SELECT to_regclass('"Half"') AS t`);
    expect(half[0]).toEqual({ t: null });
    const recorded = await query(d.url, `SELECT 1 FROM "_prisma_migrations" WHERE migration_name = '99990101000000_broken'`);
    expect(recorded).toHaveLength(0);
  });
});

describe("schema drift", () => {
  it("the migrated database matches schema.prisma", async () => {
    const migrated = await database("migrated");
    const fromSchema = await database("empty");
    const sql = await migrationSql({ from: null, to: currentSchema(), databaseUrl: fromSchema.url });
    await query(fromSchema.url, sql);
    const [a, b] = await Promise.all([catalog(migrated.url), catalog(fromSchema.url)]);
    expect(a.enums).toEqual(b.enums);
    expect(a.columns).toEqual(b.columns);
    expect(a.indexes).toEqual(b.indexes);
    expect(a.constraints).toEqual(b.constraints);
  });
});
