/** Database commands: apply migrations, and write a new migration from schema.prisma offline. */
import type { Command } from "commander";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { ensureDatabase } from "@/lib/server/database/ensure";
import { MIGRATIONS_DIR, migrate } from "@/lib/server/database/migrate";
import { currentSchema, migrationSql } from "../lib/prisma-diff";

const SNAPSHOT = path.join(MIGRATIONS_DIR, "schema.snapshot.prisma");

export function registerDb(program: Command): void {
  program
    .command("db:migrate")
    .description("apply pending migrations (DATABASE_URL, or the embedded PostgreSQL under .data/)")
    .action(async () => {
      const db = await ensureDatabase();
      try {
        const report = await migrate(db.url);
        console.error(`applied ${report.applied.length} migration(s)${report.applied.length ? ": " + report.applied.join(", ") : ""}; ${report.alreadyApplied.length} already applied`);
      } finally {
        await db.stop();
      }
    });

  program
    .command("db:new-migration")
    .description("write prisma/migrations/<timestamp>_<name>/migration.sql from the change to schema.prisma since the last migration")
    .argument("<name>", "snake_case name, e.g. add_search_vector")
    .action(async (name: string) => {
      if (!/^[a-z0-9_]+$/.test(name)) throw new Error("name must be snake_case (a-z, 0-9, _)");
      const from = existsSync(SNAPSHOT) ? readFileSync(SNAPSHOT, "utf8") : null;
      const to = currentSchema();
      if (from === to) {
        console.error("schema.prisma has not changed since the last migration; nothing to write");
        return;
      }
      const db = await ensureDatabase();
      try {
        const sql = await migrationSql({ from, to, databaseUrl: db.url });
        const stamp = new Date().toISOString().replace(/\D/g, "").slice(0, 14);
        const dir = path.join(MIGRATIONS_DIR, `${stamp}_${name}`);
        mkdirSync(dir, { recursive: true });
        writeFileSync(path.join(dir, "migration.sql"), sql);
        writeFileSync(SNAPSHOT, to);
        console.error(`wrote ${path.relative(process.cwd(), dir)}/migration.sql (append hand-written SQL such as triggers below the generated part)`);
      } finally {
        await db.stop();
      }
    });
}
