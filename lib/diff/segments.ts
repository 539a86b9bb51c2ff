/**
 * Presentation helpers over a word diff: one side of it, and its segments. Pure and generic.
 *
 * A clause is compared as one text (its own text, then each sub-point), so that words that move between a
 * point and its sub-points still line up. The pieces are joined with SEGMENT_SEPARATOR, which the tokenizer
 * treats as whitespace; after the diff, `segments` cuts the parts back into the pieces, so each sub-point
 * keeps its own line and label.
 */
import { normalizeText } from "@/lib/align/text";
import type { DiffOp, DiffPart } from "./index";

/** U+2029 PARAGRAPH SEPARATOR: whitespace to the tokenizer, never found in imported clause text. */
export const SEGMENT_SEPARATOR = "\u2029";

/** Join texts into one diffable text whose pieces `segments` can recover. */
export function joinSegments(texts: readonly string[]): string {
  return texts.map((t) => t.replaceAll(SEGMENT_SEPARATOR, "\n")).join(SEGMENT_SEPARATOR);
}

const WS = /\s/u;

/**
 * The parts that make up one side's text (equal + delete for "from", equal + insert for "to"), rebuilt so
 * that they spell `original` exactly. The diff keeps every word but not always the whitespace between
 * them (an equal run carries the newer side's spacing, a replacement drops the older side's leading
 * space), and the whitespace is where segment separators live. Words must match (up to typography,
 * which the diff ignores); words and whitespace are taken from `original`. Returns null if the parts do not spell `original` (a caller falls back to
 * plain text rather than mark the wrong words).
 */
export function sideParts(parts: readonly DiffPart[], side: "from" | "to", original: string): DiffPart[] | null {
  const skip: ReadonlySet<DiffOp> = new Set(side === "from" ? ["insert", "uncompared-to"] : ["delete", "uncompared-from"]);
  // The diff treats typographic variants as equal (’ and '); each side keeps its own printing.
  const same = (x: string | undefined, y: string) => x === y || (x !== undefined && normalizeText(x) === normalizeText(y));
  const out: DiffPart[] = [];
  let pos = 0;
  const takeSpace = (): string => {
    const start = pos;
    while (pos < original.length && WS.test(original[pos]!)) pos++;
    return original.slice(start, pos);
  };
  for (const part of parts) {
    if (skip.has(part.op)) continue;
    let text = "";
    const s = part.text;
    let i = 0;
    while (i < s.length) {
      if (WS.test(s[i]!)) {
        while (i < s.length && WS.test(s[i]!)) i++;
        text += takeSpace();
        continue;
      }
      if (!same(original[pos], s[i]!)) {
        // The diff dropped the space before this word; the original has it.
        text += takeSpace();
        if (!same(original[pos], s[i]!)) return null;
      }
      text += original[pos];
      pos++;
      i++;
    }
    if (!text) continue;
    const last = out[out.length - 1];
    if (last && last.op === part.op) last.text += text;
    else out.push({ op: part.op, text });
  }
  const rest = original.slice(pos);
  if (rest && !/^\s*$/u.test(rest)) return null;
  if (rest) out.push({ op: "equal", text: rest });
  return out;
}

/**
 * Cut parts at SEGMENT_SEPARATOR into one list of parts per segment (the separator itself is dropped).
 * On one side's parts this gives exactly the pieces given to `joinSegments`; on a whole diff, a
 * separator on either side starts a new segment.
 */
export function segments(parts: readonly DiffPart[]): DiffPart[][] {
  const out: DiffPart[][] = [[]];
  for (const part of parts) {
    const pieces = part.text.split(SEGMENT_SEPARATOR);
    pieces.forEach((piece, i) => {
      if (i > 0) out.push([]);
      if (piece) out[out.length - 1]!.push({ op: part.op, text: piece });
    });
  }
  return out;
}
