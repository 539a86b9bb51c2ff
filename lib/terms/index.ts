/**
 * Multilingual term patterns (prisma/seed/terms.yaml): one matcher shared by topic suggestion
 * (lib/topics) and search-query expansion (lib/search), so "zaporo*" means the same thing to both.
 *
 * Pure: text in, matches out. Words come from the tokenizer the diff and the aligner use, folded the
 * way the aligner folds them (case and accents ignored, "ß" = "ss"); numbers are compared by value,
 * so a pattern "600000" finds "600,000", "600.000" and "600 000".
 */
import { tokenize } from "@/lib/diff/tokenize";
import { fold, numberValue } from "@/lib/align/text";

/** Scripts written without spaces between words: their patterns match anywhere in the text. */
const SPACELESS = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u;

export function isSpaceless(text: string): boolean {
  return SPACELESS.test(text);
}

/** A compiled entry: "line of contact", "amnest*", "恩赦". */
export interface TermPattern {
  /** The entry as written (without the trailing "*"). */
  source: string;
  /** Folded words; the last one is a prefix when `prefix`. Empty for spaceless patterns. */
  words: string[];
  prefix: boolean;
  /** Matched as a substring of the folded text (Japanese, Chinese, Korean). */
  spaceless: boolean;
}

/** A text prepared once for many pattern tests. */
export interface PreparedText {
  /** Folded words and numbers (punctuation dropped). */
  words: string[];
  /** The same words as a set: most patterns are ruled out by their first word without a scan. */
  wordSet: ReadonlySet<string>;
  /** Each word's span in the original text, for reporting what was found. */
  spans: Array<[start: number, end: number]>;
  original: string;
  /**
   * Lower-cased whole text, for spaceless patterns. Not folded: folding would strip the voicing marks
   * of kana (ザ → サ) and change offsets ("ß" → "ss").
   */
  lower: string;
}

function foldToken(text: string, kind: "word" | "number"): string {
  if (kind === "number") {
    const value = numberValue(text);
    return Number.isFinite(value) ? String(value) : text;
  }
  return fold(text);
}

export function prepareText(text: string): PreparedText {
  const words: string[] = [];
  const spans: Array<[number, number]> = [];
  let at = 0;
  for (const t of tokenize(text)) {
    at += t.lead.length;
    if (t.kind === "number") {
      words.push(foldToken(t.text, t.kind));
      spans.push([at, at + t.text.length]);
    } else if (t.kind === "word") {
      // Hyphenated words count as their parts, as PostgreSQL's parser also sees them: "Dnipro" is
      // found in "Dnipro-Flusses", and "non-aggression" matches "non-aggression" part by part.
      let offset = at;
      for (const part of t.text.split(/([-‐])/)) {
        if (part !== "-" && part !== "‐" && part !== "") {
          words.push(foldToken(part, "word"));
          spans.push([offset, offset + part.length]);
        }
        offset += part.length;
      }
    }
    at += t.text.length;
  }
  return { words, wordSet: new Set(words), spans, original: text, lower: text.toLowerCase() };
}

export function compilePattern(entry: string): TermPattern {
  const trimmed = entry.trim();
  const prefix = trimmed.endsWith("*");
  const source = prefix ? trimmed.slice(0, -1).trim() : trimmed;
  if (!source) throw new Error(`empty term pattern "${entry}"`);
  if (isSpaceless(source)) return { source, words: [], prefix: false, spaceless: true };
  const words = prepareText(source).words;
  if (words.length === 0) throw new Error(`term pattern "${entry}" has no words`);
  return { source, words, prefix, spaceless: false };
}

/** Does `words` at position `i` start with the pattern? Returns how many words matched (0 = no). */
export function matchAt(pattern: TermPattern, words: readonly string[], i: number): number {
  const n = pattern.words.length;
  if (i + n > words.length) return 0;
  for (let k = 0; k < n; k++) {
    const want = pattern.words[k]!;
    const got = words[i + k]!;
    const last = k === n - 1;
    if (last && pattern.prefix ? !got.startsWith(want) : got !== want) return 0;
  }
  return n;
}

/** The first place the pattern occurs, as printed in the text, or null. */
export function findPattern(pattern: TermPattern, text: PreparedText): string | null {
  if (pattern.spaceless) {
    const at = text.lower.indexOf(pattern.source.toLowerCase());
    return at < 0 ? null : text.original.slice(at, at + pattern.source.length);
  }
  const firstIsPrefix = pattern.prefix && pattern.words.length === 1;
  if (!firstIsPrefix && !text.wordSet.has(pattern.words[0]!)) return null;
  for (let i = 0; i < text.words.length; i++) {
    const n = matchAt(pattern, text.words, i);
    if (n > 0) return text.original.slice(text.spans[i]![0], text.spans[i + n - 1]![1]);
  }
  return null;
}

/** The term groups of terms.yaml, compiled: group name → its patterns. */
export type TermGroups = ReadonlyMap<string, readonly TermPattern[]>;

export function compileGroups(raw: Record<string, readonly string[]>): TermGroups {
  const groups = new Map<string, TermPattern[]>();
  for (const [name, entries] of Object.entries(raw)) groups.set(name, entries.map(compilePattern));
  return groups;
}

/**
 * A list of cue entries with "@group" references replaced by the group's patterns. Unknown groups
 * are an error: a typo in topics.yaml should fail the import, not silently match nothing.
 */
export function expandEntries(entries: readonly string[], groups: TermGroups): TermPattern[] {
  return entries.flatMap((entry) => {
    if (!entry.startsWith("@")) return [compilePattern(entry)];
    const group = groups.get(entry.slice(1));
    if (!group) throw new Error(`unknown term group "${entry}" (see prisma/seed/terms.yaml)`);
    return [...group];
  });
}
