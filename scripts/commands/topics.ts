/**
 * `topics:tag`: propose topics again for every clause, after prisma/seed/topics.yaml or terms.yaml
 * changed (the import only tags the versions it re-collates). Editors' decisions are never touched.
 */
import type { Command } from "commander";
import { ensureDatabase } from "@/lib/server/database/ensure";
import { migrate } from "@/lib/server/database/migrate";
import { createDb } from "@/lib/server/db";
import { tagClauses } from "@/lib/server/topics";

export function registerTopics(program: Command): void {
  program
    .command("topics:tag")
    .description("store the topic tree of prisma/seed/topics.yaml and propose topics for every clause; editors' confirmed, rejected and added topics are kept")
    .option("--json", "print the summary as JSON on stdout")
    .action(async (opts: { json?: boolean }) => {
      const database = await ensureDatabase();
      const prisma = createDb(database.url);
      try {
        await migrate(database.url);
        const versionIds = (await prisma.version.findMany({ select: { id: true } })).map((v) => v.id);
        const requestId = `cli-topics-${Date.now().toString(36)}`;
        const summary = await prisma.$transaction((tx) => tagClauses(tx, versionIds, { requestId }), { timeout: 180_000 });
        if (opts.json) console.log(JSON.stringify(summary, null, 2));
        else {
          console.error(
            `${summary.topics} topics; ${summary.clauses} clauses tagged; ${summary.created} proposals added, ${summary.updated} rescored, ${summary.removed} withdrawn; ${summary.keptEditorDecisions} editor decisions kept`,
          );
        }
      } finally {
        await prisma.$disconnect();
        await database.stop();
      }
    });
}
