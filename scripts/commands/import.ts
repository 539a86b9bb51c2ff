/** `import [dir]`: import a folder of renditions (default: the repo's own copy under prisma/seed). */
import type { Command } from "commander";
import path from "node:path";
import { ensureDatabase } from "@/lib/server/database/ensure";
import { migrate } from "@/lib/server/database/migrate";
import { createDb } from "@/lib/server/db";
import { importRenditions, SEED_DIR } from "@/lib/server/import";

export function registerImport(program: Command): void {
  program
    .command("import")
    .description("import a folder of rendition files (plans/*.md or *.md, YAML front matter naming the version); unchanged files are skipped")
    .argument("[dir]", "folder to import", path.relative(process.cwd(), SEED_DIR) || ".")
    .option("--json", "print the import report as JSON on stdout")
    .action(async (dir: string, opts: { json?: boolean }) => {
      const database = await ensureDatabase();
      const prisma = createDb(database.url);
      try {
        await migrate(database.url);
        const report = await importRenditions(prisma, path.resolve(dir));
        if (opts.json) console.log(JSON.stringify(report, null, 2));
        else {
          const s = report.summary;
          console.error(`${s.files} files, ${s.unchangedFiles} unchanged; wrote ${s.sourcesWritten} sources, ${s.clausesWritten} clauses, ${s.readingsWritten} readings, ${s.linksWritten} links; collated: ${s.versionsCollated.join(", ") || "none"}`);
          for (const note of report.notes) console.error(`  note: ${note}`);
        }
      } finally {
        await prisma.$disconnect();
        await database.stop();
      }
    });
}
