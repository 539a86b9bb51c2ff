/**
 * Scoring the aligner against a hand-made gold alignment (`prisma/seed/gold/*.csv`, explained in the
 * .md beside it). Only rows with evidence `T` (both sides readable word for word) are scored.
 *
 * A gold row is found when the aligner proposes a link with the same from keys and the same to keys,
 * and a kind of the same family. Families, because the gold's own words are coarse ("unchanged (as far
 * as visible)", "substantively changed"):
 *   same     unchanged, reworded, moved
 *   changed  changed, merged, split
 *   removed  removed
 *   added    added
 * Precision is over the proposed links whose from keys fall in the scored rows (for `added` rows, which
 * have no from keys: whose to keys do); `unknown` links are
 * abstentions (the aligner says it cannot tell), so they cost recall, not precision.
 */
import type { AlignLink, LinkKind } from "./types";

export type KindFamily = "same" | "changed" | "removed" | "added";

export interface GoldRow {
  from: string[];
  to: string[];
  /** The gold's kind as written ("reworded", "substantively changed", "removed", "?" …). */
  kind: string;
  family: KindFamily | null;
  /** Evidence code: T, T/S, R, ?, "T/S + R" … */
  evidence: string;
}

export function familyOf(kind: LinkKind): KindFamily | null {
  switch (kind) {
    case "unchanged":
    case "reworded":
    case "moved":
      return "same";
    case "changed":
    case "merged":
    case "split":
      return "changed";
    case "removed":
      return "removed";
    case "added":
      return "added";
    case "unknown":
      return null;
  }
}

/** The family of a gold kind as the gold files write it. */
export function goldFamily(kind: string): KindFamily | null {
  const k = kind.trim().toLowerCase();
  if (/^(unchanged|reworded|moved)\b/.test(k)) return "same";
  if (/^(substantively changed|changed|merged|split)\b/.test(k)) return "changed";
  if (/^removed\b/.test(k)) return "removed";
  if (/^added\b/.test(k)) return "added";
  return null;
}

/** One CSV line into fields (double quotes may wrap a field; "" inside is a quote). */
function csvFields(line: string): string[] {
  const out: string[] = [];
  let cur = "";
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const ch = line[i]!;
    if (quoted) {
      if (ch === '"' && line[i + 1] === '"') {
        cur += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else cur += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ",") {
      out.push(cur);
      cur = "";
    } else cur += ch;
  }
  out.push(cur);
  return out;
}

const keys = (field: string) => field.split(/[+;|]/).map((k) => k.trim()).filter(Boolean);

/** Reads `from_key,to_key,kind,evidence` (several keys joined by "+" or ";"). */
export function parseGoldCsv(csv: string): GoldRow[] {
  const lines = csv.split(/\r?\n/).filter((l) => l.trim() !== "");
  const header = csvFields(lines[0] ?? "").map((h) => h.trim());
  const col = (name: string) => {
    const i = header.indexOf(name);
    if (i < 0) throw new Error(`gold CSV: no column "${name}"`);
    return i;
  };
  const [cFrom, cTo, cKind, cEvidence] = [col("from_key"), col("to_key"), col("kind"), col("evidence")];
  return lines.slice(1).map((line) => {
    const f = csvFields(line);
    const kind = (f[cKind] ?? "").trim();
    return { from: keys(f[cFrom] ?? ""), to: keys(f[cTo] ?? ""), kind, family: goldFamily(kind), evidence: (f[cEvidence] ?? "").trim() };
  });
}

export interface GoldScore {
  /** Gold rows scored (evidence T and applicable to the two texts). */
  rows: number;
  truePositives: number;
  falsePositives: number;
  falseNegatives: number;
  precision: number;
  recall: number;
  f1: number;
  details: Array<{ from: string[]; to: string[]; expected: KindFamily; got: string; ok: boolean }>;
}

export interface GoldScope {
  /** Top-level keys present in the from text and in the to text: rows about missing points are not scored. */
  fromKeys: ReadonlySet<string>;
  toKeys: ReadonlySet<string>;
}

/**
 * Is a gold row about text both sides actually show? The from point must be present; a linked row needs
 * its to points; a removal needs the to text to cover that position (the point itself as a removal
 * notice, or points on both sides of it).
 */
export function rowApplies(row: GoldRow, scope: GoldScope): boolean {
  if (!row.from.every((k) => scope.fromKeys.has(k))) return false;
  if (row.to.length > 0) return row.to.every((k) => scope.toKeys.has(k));
  const n = Number(row.from[0]);
  if (scope.toKeys.has(row.from[0]!)) return true;
  const numbers = [...scope.toKeys].map(Number).filter(Number.isFinite);
  return numbers.some((k) => k < n) && numbers.some((k) => k > n);
}

export function scoreLinks(links: readonly AlignLink[], gold: readonly GoldRow[], scope?: GoldScope): GoldScore {
  const rows = gold.filter((r) => r.evidence === "T" && r.family !== null && (!scope || rowApplies(r, scope)));
  const scoredFrom = new Set(rows.flatMap((r) => r.from));
  // Added rows have no from keys: their scope is their to keys.
  const scoredAdded = new Set(rows.filter((r) => r.from.length === 0).flatMap((r) => r.to));
  const inScope = (l: AlignLink) => (l.from.length > 0 ? l.from.some((k) => scoredFrom.has(k)) : l.to.some((k) => scoredAdded.has(k)));
  const claims = links.filter((l) => l.kind !== "unknown" && inScope(l));
  const details: GoldScore["details"] = [];
  const signature = (from: readonly string[], to: readonly string[]) => `${[...from].sort().join("+")}→${[...to].sort().join("+")}`;
  const claimed = new Map<string, AlignLink[]>();
  for (const l of claims) claimed.set(signature(l.from, l.to), [...(claimed.get(signature(l.from, l.to)) ?? []), l]);
  const touching = new Map<string, AlignLink[]>();
  for (const l of links) for (const k of l.from.length > 0 ? l.from.map((x) => `f:${x}`) : l.to.map((x) => `t:${x}`)) touching.set(k, [...(touching.get(k) ?? []), l]);
  let tp = 0;
  for (const r of rows) {
    const hit = (claimed.get(signature(r.from, r.to)) ?? []).find((l) => familyOf(l.kind) === r.family);
    const seen = [...new Set((r.from.length > 0 ? r.from.map((x) => `f:${x}`) : r.to.map((x) => `t:${x}`)).flatMap((k) => touching.get(k) ?? []))];
    if (hit) tp++;
    details.push({
      from: r.from,
      to: r.to,
      expected: r.family!,
      got: seen.map((l) => `${l.from.join("+")}→${l.to.join("+") || "∅"} ${l.kind}`).join("; ") || "nothing",
      ok: hit !== undefined,
    });
  }
  const fp = claims.length - tp;
  const fn = rows.length - tp;
  const precision = claims.length === 0 ? (rows.length === 0 ? 1 : 0) : tp / claims.length;
  const recall = rows.length === 0 ? 1 : tp / rows.length;
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { rows: rows.length, truePositives: tp, falsePositives: fp, falseNegatives: fn, precision, recall, f1, details };
}
