/**
 * Deterministic synthetic document pairs for the benchmark and the size test: a "from" document of
 * n clauses and a "to" revision with the edits real plan versions show — rewordings, number changes,
 * moves, merges, splits, deletions, insertions and renumbering. Same seed, same documents.
 */
import type { AlignClause } from "./types";
import type { KindFamily } from "./gold";

/** mulberry32: a small seeded PRNG, good enough for test data. */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const SYLLABLES = "ka ve lo ri sa tu mon der fal pre sti gra no vel tor un ba ci ro ment al is quen tra".split(" ");
const ACTORS = ["Ukraine", "Russia", "NATO", "the United States", "Europe", "the EU", "Poland"];
const FUNCTION = ["the", "of", "and", "to", "will", "in", "for", "with", "a", "be", "all", "on"];

export interface SyntheticPair {
  from: AlignClause[];
  to: AlignClause[];
  /** The edit that produced each link, as a gold row family. */
  truth: Array<{ from: string[]; to: string[]; family: KindFamily }>;
}

export interface SyntheticOptions {
  /** Share of each edit among the clauses (the rest stay unchanged). */
  reword?: number;
  number?: number;
  move?: number;
  merge?: number;
  split?: number;
  remove?: number;
  insert?: number;
}

const DEFAULT_EDITS: Required<SyntheticOptions> = { reword: 0.12, number: 0.08, move: 0.04, merge: 0.03, split: 0.03, remove: 0.05, insert: 0.05 };

export function syntheticPair(n: number, seed = 1, edits: SyntheticOptions = {}): SyntheticPair {
  const rates = { ...DEFAULT_EDITS, ...edits };
  const rand = prng(seed);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)]!;

  // A vocabulary with a Zipf-like frequency, as in real text: a few common words, many rare ones.
  const vocab: string[] = [];
  const seen = new Set<string>();
  while (vocab.length < 4000) {
    const w = Array.from({ length: 2 + Math.floor(rand() * 3) }, () => pick(SYLLABLES)).join("");
    if (!seen.has(w)) {
      seen.add(w);
      vocab.push(w);
    }
  }
  const cumulative: number[] = [];
  let total = 0;
  for (let r = 1; r <= vocab.length; r++) cumulative.push((total += 1 / r));
  const word = () => {
    const x = rand() * total;
    let lo = 0;
    let hi = cumulative.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (cumulative[mid]! < x) lo = mid + 1;
      else hi = mid;
    }
    return vocab[lo]!;
  };
  const number = () => (Math.floor(rand() * 900) + 1) * pick([1, 10, 1000]);
  const sentence = (): string => {
    const len = 12 + Math.floor(rand() * 28);
    const words: string[] = [];
    for (let i = 0; i < len; i++) {
      const r = rand();
      if (r < 0.3) words.push(pick(FUNCTION));
      else if (r < 0.36) words.push(pick(ACTORS));
      else if (r < 0.39) words.push(number().toLocaleString("en-US"));
      else words.push(word());
    }
    const s = words.join(" ");
    return s.charAt(0).toUpperCase() + s.slice(1) + ".";
  };
  const clause = (key: string, text: string): AlignClause => ({ key, text, grade: "verbatim", language: "en" });

  const from = Array.from({ length: n }, (_, i) => clause(String(i + 1), sentence()));

  // Each entry of `out` is one clause of the revision, with the from keys it came from and the family.
  type Out = { text: string; src: string[]; family: KindFamily | "insert"; group?: number };
  const out: Out[] = [];
  const truth: SyntheticPair["truth"] = [];
  const moved: Out[] = [];
  let group = 0;
  for (let i = 0; i < n; i++) {
    const c = from[i]!;
    const r = rand();
    let acc = 0;
    const is = (rate: number) => r < (acc += rate);
    if (is(rates.remove)) {
      truth.push({ from: [c.key], to: [], family: "removed" });
    } else if (is(rates.reword)) {
      const words = c.text.split(" ");
      for (let k = 0; k < 2; k++) {
        const j = Math.floor(rand() * words.length);
        if (/^[a-z]+$/.test(words[j]!) && !FUNCTION.includes(words[j]!)) words[j] = word();
      }
      out.push({ text: words.join(" "), src: [c.key], family: "same" });
    } else if (is(rates.number)) {
      out.push({ text: `${c.text.replace(/\.$/, "")} within ${number().toLocaleString("en-US")} days.`, src: [c.key], family: "changed" });
    } else if (is(rates.move)) {
      moved.push({ text: c.text, src: [c.key], family: "same" });
    } else if (is(rates.merge) && i + 1 < n) {
      out.push({ text: `${c.text} ${from[i + 1]!.text}`, src: [c.key, from[i + 1]!.key], family: "changed" });
      i++;
    } else if (is(rates.split)) {
      const words = c.text.split(" ");
      const half = Math.ceil(words.length / 2);
      group++;
      out.push({ text: words.slice(0, half).join(" ") + ".", src: [c.key], family: "changed", group });
      out.push({ text: words.slice(half).join(" "), src: [c.key], family: "changed", group });
    } else {
      out.push({ text: c.text, src: [c.key], family: "same" });
    }
    if (rand() < rates.insert) out.push({ text: sentence(), src: [], family: "insert" });
  }
  // Moved clauses land at random places.
  for (const m of moved) out.splice(Math.floor(rand() * (out.length + 1)), 0, m);

  // The revision renumbers its points.
  const to = out.map((o, i) => clause(String(i + 1), o.text));
  const splitTo = new Map<number, string[]>();
  out.forEach((o, i) => {
    if (o.family === "insert") truth.push({ from: [], to: [to[i]!.key], family: "added" });
    else if (o.group !== undefined) splitTo.set(o.group, [...(splitTo.get(o.group) ?? []), to[i]!.key]);
    else truth.push({ from: o.src, to: [to[i]!.key], family: o.family });
  });
  out.forEach((o) => {
    const parts = o.group === undefined ? undefined : splitTo.get(o.group);
    if (parts) {
      truth.push({ from: o.src, to: parts, family: "changed" });
      splitTo.delete(o.group!);
    }
  });
  return { from, to, truth };
}
