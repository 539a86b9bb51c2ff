#!/usr/bin/env tsx
/**
 * `npm run bench`: figures for the aligner and the word diff, printed as a table and then as one JSON
 * object (the last line of stdout). Nothing here asserts: the test suite never times anything.
 *
 *  - synthetic 2,000 × 2,000 clauses: align time (median of 5), memory (heap delta here; peak RSS
 *    in a fresh child process, where nothing else has run), accuracy against the generator's truth;
 *  - the slowest word diff over all linked pairs;
 *  - gold precision/recall/F1 on the T rows, for every gold file in prisma/seed/gold (`<from>__<to>.csv`,
 *    named by version slugs) over every English rendition pair of those two versions;
 *  - align time of every 28-point rendition against every other rendition.
 *
 * The pieces are exported so other rows (e.g. collated stored versions) can be added.
 */
import { spawnSync } from "node:child_process";
import { readdirSync, readFileSync } from "node:fs";
import { availableParallelism, loadavg } from "node:os";
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { align } from "@/lib/align";
import { parseGoldCsv, scoreLinks, type GoldRow, type GoldScore } from "@/lib/align/gold";
import { syntheticPair } from "@/lib/align/synthetic";
import type { AlignClause, AlignLink } from "@/lib/align/types";
import { wordDiff } from "@/lib/diff";
import { readRendition, type Rendition } from "./commands/align";

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const PLANS = path.join(ROOT, "prisma/seed/plans");
const GOLD_DIR = path.join(ROOT, "prisma/seed/gold");

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2]! : (s[s.length / 2 - 1]! + s[s.length / 2]!) / 2;
};
const mb = (bytes: number) => Math.round((bytes / 1024 / 1024) * 10) / 10;
const r2 = (x: number) => Math.round(x * 100) / 100;
const r3 = (x: number) => Math.round(x * 1000) / 1000;

/** CPU time of this process in ms (user + system): unlike wall time, it does not grow when the machine is busy. */
const cpuMs = (since?: NodeJS.CpuUsage) => {
  const c = process.cpuUsage(since);
  return (c.user + c.system) / 1000;
};

/** Time one alignment (wall and CPU ms) and return its links. */
export function timeAlign(from: AlignClause[], to: AlignClause[]): { ms: number; cpuMs: number; links: AlignLink[] } {
  const c0 = process.cpuUsage();
  const t0 = performance.now();
  const { links } = align(from, to);
  return { ms: performance.now() - t0, cpuMs: cpuMs(c0), links };
}

/** The texts of a link's two sides, as the UI would diff them. */
function sides(link: AlignLink, from: Map<string, AlignClause>, to: Map<string, AlignClause>): [string, string] {
  return [link.from.map((k) => from.get(k)!.text).join(" "), link.to.map((k) => to.get(k)!.text).join(" ")];
}

/** Word-diff every linked pair; the slowest one (wall and CPU ms) and how many hit a limit. */
export function diffAllPairs(links: AlignLink[], from: AlignClause[], to: AlignClause[]): { pairs: number; slowestMs: number; slowestCpuMs: number; limited: number } {
  const fm = new Map(from.map((c) => [c.key, c]));
  const tm = new Map(to.map((c) => [c.key, c]));
  let slowestMs = 0;
  let slowestCpuMs = 0;
  let limited = 0;
  let pairs = 0;
  for (const l of links) {
    if (l.from.length === 0 || l.to.length === 0 || l.evidence.crossLanguage) continue;
    const [a, b] = sides(l, fm, tm);
    const c0 = process.cpuUsage();
    const t0 = performance.now();
    const r = wordDiff(a, b);
    slowestMs = Math.max(slowestMs, performance.now() - t0);
    slowestCpuMs = Math.max(slowestCpuMs, cpuMs(c0));
    if (r.status === "limit") limited++;
    pairs++;
  }
  return { pairs, slowestMs, slowestCpuMs, limited };
}

export interface SyntheticFigures {
  clauses: { from: number; to: number };
  links: number;
  alignMsRuns: number[];
  alignMsMedian: number;
  alignCpuMsMedian: number;
  heapDeltaMb: number;
  accuracy: { precision: number; recall: number; f1: number };
  diff: { pairs: number; slowestMs: number; slowestCpuMs: number; limited: number };
}

/** Align a synthetic pair `runs` times; accuracy against the generator's own record of its edits. */
export function benchSynthetic(n = 2000, seed = 1, runs = 5): SyntheticFigures {
  const { from, to, truth } = syntheticPair(n, seed);
  const heapBefore = process.memoryUsage().heapUsed;
  let heapPeak = heapBefore;
  const times: number[] = [];
  const cpu: number[] = [];
  let links: AlignLink[] = [];
  for (let r = 0; r < runs; r++) {
    const t = timeAlign(from, to);
    times.push(t.ms);
    cpu.push(t.cpuMs);
    links = t.links;
    heapPeak = Math.max(heapPeak, process.memoryUsage().heapUsed);
  }
  const gold: GoldRow[] = truth.map((t) => ({ from: t.from, to: t.to, kind: t.family, family: t.family, evidence: "T" }));
  const s = scoreLinks(links, gold);
  return {
    clauses: { from: from.length, to: to.length },
    links: links.length,
    alignMsRuns: times.map(r2),
    alignMsMedian: r2(median(times)),
    alignCpuMsMedian: r2(median(cpu)),
    heapDeltaMb: mb(heapPeak - heapBefore),
    accuracy: { precision: r3(s.precision), recall: r3(s.recall), f1: r3(s.f1) },
    diff: (({ pairs, slowestMs, slowestCpuMs, limited }) => ({ pairs, slowestMs: r2(slowestMs), slowestCpuMs: r2(slowestCpuMs), limited }))(diffAllPairs(links, from, to)),
  };
}

/** One alignment of a synthetic pair in a fresh process: its peak RSS is the honest memory figure. */
type ChildFigures = { alignMs: number; alignCpuMs: number; links: number; rssBeforeMb: number; peakRssMb: number };
export function childPeak(n = 2000, seed = 1): ChildFigures | { error: string } {
  const child = spawnSync(process.execPath, ["--import", "tsx", fileURLToPath(import.meta.url), "--child", String(n), String(seed)], {
    cwd: ROOT,
    encoding: "utf8",
  });
  const last = child.stdout.trim().split("\n").pop() ?? "";
  try {
    return JSON.parse(last) as ChildFigures;
  } catch {
    return { error: (child.stderr || last || "child failed").slice(0, 300) };
  }
}

function runChild(n: number, seed: number): void {
  const { from, to } = syntheticPair(n, seed);
  const rssBefore = process.memoryUsage().rss;
  const t = timeAlign(from, to);
  // maxRSS is the process's high-water mark in kilobytes.
  console.log(JSON.stringify({ alignMs: r2(t.ms), alignCpuMs: r2(t.cpuMs), links: t.links.length, rssBeforeMb: mb(rssBefore), peakRssMb: mb(process.resourceUsage().maxRSS * 1024) }));
}

export function loadRenditions(dir = PLANS): Rendition[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith(".md"))
    .sort()
    .map((f) => readRendition(path.join(dir, f)));
}

/**
 * Does a rendition print the version's own point numbers? A thematic regrouping or an unnumbered
 * summary renumbers in its own order, so its keys cannot be scored against a gold that uses the
 * version's numbers. Read from the front matter's description of the witness.
 */
export function keepsVersionNumbers(file: string): boolean {
  const raw = readFileSync(file, "utf8");
  const note = /^language_note:\s*(.*)$/m.exec(raw)?.[1] ?? "";
  const form = /^points_recovered:\s*(.*)$/m.exec(raw)?.[1] ?? "";
  return !/thematic|regroup|numbers (are )?dropped|no (point )?number/i.test(`${note} ${form}`);
}

export interface GoldPairScore {
  from: string;
  to: string;
  score: GoldScore;
  ms: number;
}

/** Score the aligner on one rendition pair against a gold alignment (T rows the two texts show). */
export function scoreGoldPair(a: Rendition, b: Rendition, gold: GoldRow[]): GoldPairScore {
  const t = timeAlign(a.clauses, b.clauses);
  const score = scoreLinks(t.links, gold, { fromKeys: new Set(a.clauses.map((c) => c.key)), toKeys: new Set(b.clauses.map((c) => c.key)) });
  return { from: a.name, to: b.name, score, ms: t.ms };
}

/** Every English rendition of one version × every English rendition of the other that prints the version's numbers. */
export function goldPairs(renditions: Rendition[], fromVersion: string, toVersion: string, dir = PLANS): Array<[Rendition, Rendition]> {
  const usable = (r: Rendition, version: string) => r.version === version && r.language === "en" && !r.reports && keepsVersionNumbers(path.join(dir, r.name));
  const a = renditions.filter((r) => usable(r, fromVersion));
  const b = renditions.filter((r) => usable(r, toVersion));
  return a.flatMap((x) => b.map((y) => [x, y] as [Rendition, Rendition]));
}

/** The gold files: `<from>__<to>.csv`, named by the two versions' slugs. */
export function goldFiles(dir = GOLD_DIR): Array<{ file: string; from: string; to: string }> {
  return readdirSync(dir)
    .filter((f) => /^[a-z0-9-]+__[a-z0-9-]+\.csv$/.test(f))
    .sort()
    .map((f) => {
      const [from, to] = f.replace(/\.csv$/, "").split("__") as [string, string];
      return { file: path.join(dir, f), from, to };
    });
}

function main(): void {
  const out: Record<string, unknown> = {};
  const lines: string[] = [];
  const row = (label: string, value: string) => lines.push(`${label.padEnd(58)} ${value}`);

  // Synthetic documents.
  const syn = benchSynthetic(2000, 1, 5);
  const child = childPeak(2000, 1);
  out.synthetic = { ...syn, freshProcess: child, loadAverage: r2(loadavg()[0]!) };
  row("synthetic clauses (from × to)", `${syn.clauses.from} × ${syn.clauses.to}, ${syn.links} links`);
  row("machine load (1-min average, cores)", `${loadavg()[0]!.toFixed(2)} on ${availableParallelism()}`);
  row("align time, median of 5: wall / CPU (ms)", `${syn.alignMsMedian} / ${syn.alignCpuMsMedian}  [wall: ${syn.alignMsRuns.join(", ")}]`);
  row("heap used, peak − before, in this process (MB)", `${syn.heapDeltaMb}`);
  if ("error" in child) row("fresh process", `failed: ${child.error}`);
  else row("fresh process: one align wall / CPU (ms); RSS before / peak (MB)", `${child.alignMs} / ${child.alignCpuMs}; ${child.rssBeforeMb} / ${child.peakRssMb}`);
  row("synthetic accuracy vs generator truth (P / R / F1)", `${syn.accuracy.precision} / ${syn.accuracy.recall} / ${syn.accuracy.f1}`);
  row("word diff of every linked pair: pairs; slowest wall / CPU (ms); at limit", `${syn.diff.pairs}; ${syn.diff.slowestMs} / ${syn.diff.slowestCpuMs}; ${syn.diff.limited}`);

  // Real renditions.
  const renditions = loadRenditions();
  const short = (name: string) => name.replace(/\.md$/, "").replace(/^[a-z0-9-]+?--/, "");
  out.gold = goldFiles().map(({ file, from, to }) => {
    const gold = parseGoldCsv(readFileSync(file, "utf8"));
    // A pair whose texts show none of the scored points (e.g. a rendition of points 17–22 only) says nothing.
    const scored = goldPairs(renditions, from, to)
      .map(([a, b]) => scoreGoldPair(a, b, gold))
      .filter((s) => s.score.rows > 0);
    const f1s = scored.map((s) => s.score.f1);
    lines.push("", `${`gold T rows: ${from} rendition → ${to} rendition (English)`.padEnd(58)} rows  P     R     F1`);
    for (const s of scored) {
      const label = `  ${short(s.from)} → ${short(s.to)}`;
      lines.push(`${label.padEnd(58)} ${String(s.score.rows).padStart(4)}  ${s.score.precision.toFixed(2)}  ${s.score.recall.toFixed(2)}  ${s.score.f1.toFixed(2)}`);
    }
    const meanF1 = f1s.length ? f1s.reduce((x, y) => x + y, 0) / f1s.length : 0;
    const minF1 = f1s.length ? Math.min(...f1s) : 0;
    row(`gold F1 ${from} → ${to}: mean / min`, `${r3(meanF1)} / ${r3(minF1)} over ${scored.length} pairs`);
    return {
      from,
      to,
      pairs: scored.map((s) => ({
        from: s.from,
        to: s.to,
        rows: s.score.rows,
        precision: r3(s.score.precision),
        recall: r3(s.score.recall),
        f1: r3(s.score.f1),
        misses: s.score.details.filter((d) => !d.ok).map((d) => `${d.from.join("+") || "—"} → ${d.to.join("+") || "—"}: expected ${d.expected}, got ${d.got}`),
      })),
      meanF1: r3(meanF1),
      minF1: r3(minF1),
    };
  });

  // Every 28-point rendition against every other rendition.
  const times: number[] = [];
  const cpu: number[] = [];
  let slowestDiff = 0;
  let slowestDiffCpu = 0;
  for (const a of renditions.filter((r) => r.version === "us-28-draft")) {
    for (const b of renditions) {
      if (a === b) continue;
      const t = timeAlign(a.clauses, b.clauses);
      times.push(t.ms);
      cpu.push(t.cpuMs);
      const d = diffAllPairs(t.links, a.clauses, b.clauses);
      slowestDiff = Math.max(slowestDiff, d.slowestMs);
      slowestDiffCpu = Math.max(slowestDiffCpu, d.slowestCpuMs);
    }
  }
  const total = times.reduce((x, y) => x + y, 0);
  row("28-point renditions × every other rendition: pairs", `${times.length}`);
  row("  align per pair, wall: median / max (ms); total (ms)", `${r2(median(times))} / ${r2(Math.max(...times))}; ${r2(total)}`);
  row("  align per pair, CPU: median / max (ms)", `${r2(median(cpu))} / ${r2(Math.max(...cpu))}`);
  row("  slowest word diff over their linked pairs, wall / CPU (ms)", `${r2(slowestDiff)} / ${r2(slowestDiffCpu)}`);
  out.renditions = {
    pairs: times.length,
    alignMsMedian: r2(median(times)),
    alignMsMax: r2(Math.max(...times)),
    alignMsTotal: r2(total),
    alignCpuMsMedian: r2(median(cpu)),
    alignCpuMsMax: r2(Math.max(...cpu)),
    slowestDiffMs: r2(slowestDiff),
    slowestDiffCpuMs: r2(slowestDiffCpu),
  };

  console.log(lines.join("\n"));
  console.log(JSON.stringify(out));
}

const invokedDirectly = process.argv[1] !== undefined && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href;
if (invokedDirectly) {
  const i = process.argv.indexOf("--child");
  if (i >= 0) runChild(Number(process.argv[i + 1] ?? 2000), Number(process.argv[i + 2] ?? 1));
  else main();
}
