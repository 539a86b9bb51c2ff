/**
 * Word-level change spans for one linked clause pair (design §3, stage two). Pure: plain text in,
 * plain text spans out; the UI turns spans into React elements, never into HTML strings.
 *
 * jsdiff's Myers diff runs over our own tokens (numbers with separators are one token). It is always
 * called with a timeout and a maximum edit length: two unrelated long texts would otherwise take
 * seconds, and a pair that hits a limit is shown as two texts side by side instead of a redline.
 */
import { diffArrays } from "diff";
import { normalizeText } from "@/lib/align/text";
import { joinTokens, tokenize, type Token } from "./tokenize";

/**
 * "uncompared-from" / "uncompared-to": text of one side past the point where the other side's text
 * breaks off (a truncated rendition). It is neither deleted nor inserted — the other text does not
 * reach it — and is shown unmarked (see `cutAtBreak`).
 */
export type DiffOp = "equal" | "insert" | "delete" | "uncompared-from" | "uncompared-to";
export interface DiffPart {
  op: DiffOp;
  text: string;
}
export type WordDiffResult = { status: "ok"; parts: DiffPart[] } | { status: "limit"; reason: string };

export interface WordDiffOptions {
  /** Give up after this many milliseconds of wall time (default 100): a safety net only, see below. */
  timeoutMs?: number;
  /** Give up when more than this many token edits are needed (default 400). */
  maxEditLength?: number;
}

/**
 * The edit-length limit is what bounds the work, and it does so the same on a busy machine as on an
 * idle one: Myers' cost grows with the square of the edit length, and 400 edits stay within ~20 ms
 * even for two unrelated 20 kB texts, while a real clause pair (a few hundred words, partly rewritten)
 * needs fewer. The wall-clock timeout is set higher because a busy machine can pause any process for
 * tens of milliseconds, and a trivial pair should not lose its redline for that.
 */
export const DEFAULT_DIFF_TIMEOUT_MS = 100;
export const DEFAULT_MAX_EDIT_LENGTH = 400;

/**
 * An unchanged run this short between two changes is folded into them, so "limited to 600,000" →
 * "capped at 800,000" reads as one replacement rather than four alternating crossings-out.
 */
const MAX_GLUE_TOKENS = 1;

export function wordDiff(a: string, b: string, opts: WordDiffOptions = {}): WordDiffResult {
  const timeout = opts.timeoutMs ?? DEFAULT_DIFF_TIMEOUT_MS;
  const maxEditLength = opts.maxEditLength ?? DEFAULT_MAX_EDIT_LENGTH;
  const old = tokenize(a);
  const neu = tokenize(b);
  if (a === b) return { status: "ok", parts: a ? [{ op: "equal", text: a }] : [] };

  // Typography is not a change: ’ and ', “ and ", – and - read the same (the equal span shows the later text's printing).
  // Tokens are normalised once here rather than in a comparator that Myers' algorithm calls per step.
  const changes = diffArrays(
    old.map((t) => normalizeText(t.text)),
    neu.map((t) => normalizeText(t.text)),
    { timeout, maxEditLength },
  );
  if (!changes) {
    return { status: "limit", reason: `word diff gave up (limits: ${timeout} ms, ${maxEditLength} edits)` };
  }

  // Walk jsdiff's runs with our own cursors so every span is rebuilt from the original tokens
  // (whitespace included), on the side it belongs to.
  type Run = { op: DiffOp; old: Token[]; neu: Token[] };
  const runs: Run[] = [];
  let i = 0;
  let j = 0;
  for (const c of changes) {
    if (c.added) {
      runs.push({ op: "insert", old: [], neu: neu.slice(j, j + c.count) });
      j += c.count;
    } else if (c.removed) {
      runs.push({ op: "delete", old: old.slice(i, i + c.count), neu: [] });
      i += c.count;
    } else {
      runs.push({ op: "equal", old: old.slice(i, i + c.count), neu: neu.slice(j, j + c.count) });
      i += c.count;
      j += c.count;
    }
  }
  return { status: "ok", parts: group(runs) };
}

/** Fold short equal glue into the surrounding change and emit each change region as delete then insert. */
function group(runs: Array<{ op: DiffOp; old: Token[]; neu: Token[] }>): DiffPart[] {
  const parts: DiffPart[] = [];
  const push = (op: DiffOp, text: string) => {
    if (!text) return;
    const last = parts[parts.length - 1];
    if (last && last.op === op) last.text += text;
    else parts.push({ op, text });
  };
  let k = 0;
  while (k < runs.length) {
    const run = runs[k]!;
    if (run.op === "equal") {
      push("equal", joinTokens(run.neu));
      k++;
      continue;
    }
    // Gather one change region: changes, plus equal glue that has changes on both sides.
    const del: Token[] = [];
    const ins: Token[] = [];
    while (k < runs.length) {
      const r = runs[k]!;
      if (r.op !== "equal") {
        del.push(...r.old);
        ins.push(...r.neu);
        k++;
        continue;
      }
      const next = runs[k + 1];
      const isGlue = next !== undefined && next.op !== "equal" && r.neu.filter((t) => t.text !== "").length <= MAX_GLUE_TOKENS;
      if (!isGlue) break;
      del.push(...r.old);
      ins.push(...r.neu);
      k++;
    }
    // A replacement keeps its leading space outside the marks ("to ~~600,000~~ 800,000").
    const dl = del[0]?.lead ?? "";
    const il = ins[0]?.lead ?? "";
    if (del.length > 0 && ins.length > 0 && dl !== "" && il !== "") {
      push("equal", il);
      del[0] = { ...del[0]!, lead: "" };
      ins[0] = { ...ins[0]!, lead: "" };
    }
    push("delete", joinTokens(del));
    push("insert", joinTokens(ins));
  }
  return parts;
}

/**
 * A side that breaks off cannot say what it dropped after the break: past the last words both sides
 * share, the earlier side's words are not deletions when the later side breaks off, and the later
 * side's words are not insertions when the earlier side breaks off. Unknown text is never shown as deleted.
 */
export function cutAtBreak(parts: readonly DiffPart[], broken: { from: boolean; to: boolean }): DiffPart[] {
  if (!broken.from && !broken.to) return [...parts];
  let lastEqual = parts.length - 1;
  while (lastEqual >= 0 && parts[lastEqual]!.op !== "equal") lastEqual--;
  return parts.map((p, i): DiffPart => {
    if (i <= lastEqual) return p;
    if (p.op === "delete" && broken.to) return { op: "uncompared-from", text: p.text };
    if (p.op === "insert" && broken.from) return { op: "uncompared-to", text: p.text };
    return p;
  });
}

export interface DiffStats {
  wordsInserted: number;
  wordsDeleted: number;
  wordsEqual: number;
  /** Changed words over all words of both sides, in [0, 1]: 0 = same words, 1 = nothing in common. */
  changeRatio: number;
}

/** Word counts of a diff, for filters such as "minimum change size". */
export function diffStats(parts: readonly DiffPart[]): DiffStats {
  let wordsInserted = 0;
  let wordsDeleted = 0;
  let wordsEqual = 0;
  for (const p of parts) {
    const n = tokenize(p.text).filter((t) => t.kind !== "punct").length;
    if (p.op === "insert") wordsInserted += n;
    else if (p.op === "delete") wordsDeleted += n;
    else if (p.op === "equal") wordsEqual += n;
  }
  const total = wordsInserted + wordsDeleted + 2 * wordsEqual;
  return { wordsInserted, wordsDeleted, wordsEqual, changeRatio: total === 0 ? 0 : (wordsInserted + wordsDeleted) / total };
}
