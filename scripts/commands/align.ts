/**
 * `align [fileA] [fileB] [--json]`: parse two rendition files and print how their points align.
 * With --json, stdout carries exactly `{"links":[…]}` and nothing else; without it, a table.
 * The positional files are optional so that stored versions (`--from/--to`) can be added beside them.
 */
import type { Command } from "commander";
import { readFileSync } from "node:fs";
import path from "node:path";
import { align } from "@/lib/align";
import { toAlignClauses } from "@/lib/align/from-parse";
import { detectLanguage } from "@/lib/align/language";
import type { AlignClause, AlignLink } from "@/lib/align/types";
import { gradeOf, isReportCollection, kindFromNote } from "@/lib/collate/describe";
import { parseRendition, splitFrontMatter } from "@/lib/parse";
import { ensureDatabase } from "@/lib/server/database/ensure";
import { migrate } from "@/lib/server/database/migrate";
import { createDb } from "@/lib/server/db";
import { importRenditions, SEED_DIR } from "@/lib/server/import";
import { alignClausesOf } from "@/lib/server/links";

export interface Rendition {
  name: string;
  /** The version the front matter names ("" without front matter). */
  version: string;
  /** The file collects press reports about a version rather than giving its text. */
  reports: boolean;
  language: string;
  grade: AlignClause["grade"];
  clauses: AlignClause[];
}

class BadInput extends Error {}

/** One rendition file: front matter (optional), language guessed from the text, grade from the kind of witness. */
export function readRendition(file: string): Rendition {
  const name = path.basename(file);
  let raw: string;
  try {
    raw = readFileSync(file, "utf8");
  } catch (err) {
    throw new BadInput(`${file}: cannot read (${err instanceof Error ? err.message : String(err)})`);
  }
  let meta: Record<string, unknown>;
  let body: string;
  try {
    ({ meta, body } = splitFrontMatter(raw));
  } catch (err) {
    throw new BadInput(`${file}: bad front matter (${err instanceof Error ? err.message : String(err)})`);
  }
  const note = typeof meta.language_note === "string" ? meta.language_note : "";
  const reports = isReportCollection(body);
  const grade = gradeOf(kindFromNote(note, reports));
  const language = detectLanguage(body);
  const clauses = toAlignClauses(parseRendition(body), { language, grade });
  if (clauses.length === 0) throw new BadInput(`${file}: no numbered or listed points found`);
  const version = typeof meta.version === "string" ? meta.version : "";
  return { name, version, reports, language, grade, clauses };
}

/** The JSON shape of a link on stdout: keys, kind, score to two decimals, flags. */
function jsonLink(l: AlignLink) {
  return { from: l.from, to: l.to, kind: l.kind, score: Math.round(l.score * 100) / 100, flags: l.flags };
}

function table(a: Rendition, b: Rendition, links: AlignLink[]): string {
  const rows = links.map((l) => [l.from.join("+") || "—", l.to.join("+") || "—", l.kind, l.score.toFixed(2), l.flags.join(","), l.evidence.notes.join("; ")]);
  const head = ["from", "to", "kind", "score", "flags", "why"];
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const line = (cells: string[]) => cells.map((c, i) => (i === cells.length - 1 ? c : c.padEnd(widths[i]!))).join("  ").trimEnd();
  const describe = (r: Rendition) => `${r.name} (${r.language}, ${r.grade}, ${r.clauses.length} points)`;
  return [`${describe(a)} → ${describe(b)}`, "", line(head), ...rows.map(line)].join("\n");
}

/**
 * A stored version's points (latest published revision), as the import aligns them. On a fresh clone
 * the database is first migrated and seeded, as `npm start` would (the log goes to stderr).
 */
async function readStoredVersions(slugs: [string, string]): Promise<[Rendition, Rendition]> {
  const database = await ensureDatabase();
  const db = createDb(database.url);
  try {
    await migrate(database.url);
    if ((await db.version.count()) === 0) await importRenditions(db, SEED_DIR);
    const read = async (slug: string): Promise<Rendition> => {
      const version = await db.version.findFirst({ where: { slug, state: "published" }, orderBy: { revision: "desc" } });
      if (!version) throw new BadInput(`align: no published version "${slug}" (see the timeline, or run import)`);
      const { clauses } = await alignClausesOf(db, version.id);
      if (clauses.length === 0) throw new BadInput(`align: ${slug} has no points, only reports`);
      const language = clauses.find((c) => c.grade !== "unknown")?.language ?? "en";
      return { name: slug, version: slug, reports: false, language, grade: "verbatim", clauses };
    };
    return [await read(slugs[0]), await read(slugs[1])];
  } finally {
    await db.$disconnect();
    await database.stop();
  }
}

export function registerAlign(program: Command): void {
  program
    .command("align")
    .description("align the points of two rendition files (YAML front matter allowed) and print the links")
    .argument("[fileA]", "the earlier rendition (links go from its points)")
    .argument("[fileB]", "the later rendition (links go to its points)")
    .option("--from <version>", "a stored version's slug instead of fileA (e.g. us-28-draft)")
    .option("--to <version>", "a stored version's slug instead of fileB (e.g. plan-20)")
    .option("--json", 'print only {"links":[…]} on stdout')
    .action(async (fileA: string | undefined, fileB: string | undefined, opts: { json?: boolean; from?: string; to?: string }) => {
      try {
        let a: Rendition;
        let b: Rendition;
        if (opts.from || opts.to) {
          if (!opts.from || !opts.to || fileA || fileB) throw new BadInput("align: give either two files or both --from and --to");
          [a, b] = await readStoredVersions([opts.from, opts.to]);
        } else {
          if (!fileA || !fileB) throw new BadInput("align: give two rendition files (align a.md b.md) or two stored versions (--from us-28-draft --to plan-20)");
          a = readRendition(fileA);
          b = readRendition(fileB);
        }
        const { links } = align(a.clauses, b.clauses);
        process.stdout.write(opts.json ? `${JSON.stringify({ links: links.map(jsonLink) })}\n` : `${table(a, b, links)}\n`);
      } catch (err) {
        if (!(err instanceof BadInput)) throw err;
        process.stderr.write(`error: ${err.message}\n`);
        process.exitCode = 1;
      }
    });
}
