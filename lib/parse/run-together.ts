/**
 * Two points printed on one line ("…sovereignty.2. Conclusion", "…ciešanas. 25. Ukrainā", a whole list in
 * one paragraph). A number inside running text is only taken as a point when it sits where a sentence
 * starts, is printed like a list label, and is the number the list expects next — so "600.000",
 * "Article 5.", "No. 5", "in 2. phase" or "2025." never split a clause.
 */

export interface InlineNumber {
  /** Offset of the number in the text. */
  index: number;
  num: number;
  /** The sentence before ends in a colon: "US guarantee: 11. Ukraine…" — a split only where that number is due. */
  afterColon: boolean;
}

/** What may close the sentence before an inline point. A colon is left out: "as follows: 1." opens a sub-list. */
const SENTENCE_CLOSERS = new Set([".", "!", "?", ";", "…", "。", "！", "？", '"', "”", "»", ")", "]", "⟧", "'", "’"]);

/** Abbreviations whose period is not a sentence end ("No. 5", "Art. 5", "St. 2"). */
const ABBREVIATIONS = new Set([
  "no", "nos", "nr", "num", "art", "arts", "st", "p", "pp", "vol", "ch", "chap", "sec", "para", "abs", "fig", "cf",
  "ca", "approx", "mr", "mrs", "ms", "dr", "prof", "gen", "col", "lt", "vs", "op", "ibid", "ст", "п", "пп", "стр", "r",
]);

const NEXT_STARTS_CLAUSE = /[\p{Lu}\p{Lt}\p{Lo}"“«„'‘(\[⟦]/u;

/** Every place in `text` where a number is printed like a list label at a sentence start, in order. */
export function* inlineNumbers(text: string): Generator<InlineNumber> {
  const digits = /\d{1,4}(?!\d)/gu;
  for (let m = digits.exec(text); m !== null; m = digits.exec(text)) {
    const start = m.index;
    if (start === 0) continue;
    if (/[\p{L}\p{N}]/u.test(text[start - 1] ?? "")) continue;

    // The character before (ignoring spaces) must close a sentence.
    let p = start - 1;
    while (p >= 0 && /\s/u.test(text[p] ?? "")) p--;
    if (p < 0) continue;
    const closer = text[p] ?? "";
    if (!SENTENCE_CLOSERS.has(closer) && closer !== ":") continue;
    if (closer === ".") {
      // Touching the period, "1.2." is a decimal and "600.000" a thousand separator; "G8.14." closes a word
      // that merely ends in a digit, and "… 50:50. 20. Both" has a space after the sentence's last number.
      const numberBefore = /(?:^|[^\p{L}\p{N}])[\d.,]*\d$/u.test(text.slice(Math.max(0, p - 24), p));
      if (numberBefore && p === start - 1) continue;
      const word = /([\p{L}]+)$/u.exec(text.slice(Math.max(0, p - 12), p));
      if (word) {
        const w = word[1] ?? "";
        if (ABBREVIATIONS.has(w.toLowerCase())) continue;
        if (w.length === 1 && /\p{Lu}/u.test(w)) continue; // an initial: "Donald J. 2 …"
      }
    }

    // The number must be followed by a label delimiter and then by the start of a clause.
    const end = start + m[0].length;
    const after = text.slice(end, end + 48);
    const delim = /^(?:\.º|\.[-–—)](?=\s)|\.(?!\d)|\)|\s?-(?=\s))/u.exec(after);
    if (!delim) continue;
    const tail = after.slice(delim[0].length).replace(/^\s+/u, "");
    const first = tail[0];
    if (first === undefined || !NEXT_STARTS_CLAUSE.test(first)) continue;
    if (!/\p{L}/u.test(tail)) continue;
    yield { index: start, num: Number(m[0]), afterColon: closer === ":" };
  }
}

/**
 * Where to split `text` into run-together points, in one pass: at the expected next number, then at the
 * one after it, and so on. When nothing is expected yet (a text that opens mid-list), the chain starts at
 * the first inline number followed later by its successor ("… 3. … 4. …" is a list, a lone "3." is not);
 * `min` bounds that start (numbers already used). Returns the offsets of the splits, in order.
 */
export function findRunTogether(text: string, expected: number | null, min = 1): number[] {
  if (text.length < 4) return [];
  const out: number[] = [];
  if (expected !== null) {
    let want = expected;
    for (const f of inlineNumbers(text)) {
      // "as follows: 1." opens a sub-list; after a colon only a later point that is due is split off.
      if (f.num === want && !(f.afterColon && want === 1)) {
        out.push(f.index);
        want++;
      }
    }
    return out;
  }
  const found = [...inlineNumbers(text)].filter((f) => !f.afterColon);
  const firstAt = new Map<number, number>();
  let start = -1;
  for (let k = 0; k < found.length && start === -1; k++) {
    const f = found[k];
    if (!f) continue;
    const prev = firstAt.get(f.num - 1);
    if (prev !== undefined) start = prev;
    if (f.num >= min && !firstAt.has(f.num)) firstAt.set(f.num, k);
  }
  const head = found[start];
  if (!head) return [];
  let want = head.num;
  for (let k = start; k < found.length; k++) {
    const f = found[k];
    if (f && f.num === want) {
      out.push(f.index);
      want++;
    }
  }
  return out;
}

/** Cut `text` at the given offsets: the head (before the first cut) and the run-together segments. */
export function cutAt(text: string, offsets: readonly number[]): { head: string; segments: string[] } {
  if (offsets.length === 0) return { head: text, segments: [] };
  const segments = offsets.map((o, k) => text.slice(o, offsets[k + 1] ?? text.length).trim());
  return { head: text.slice(0, offsets[0]), segments };
}

/** The text holds a list run together inline (used to choose numbered over unnumbered parsing). */
export function hasInlineChain(text: string): boolean {
  return findRunTogether(text, null).length > 0;
}
