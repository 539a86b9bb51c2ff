/**
 * Change flags: the small labels next to a linked pair that say what kind of difference it has.
 * Each flag is a cheap, explainable test on both texts; several can fire at once. `cosmetic` fires only
 * when nothing else does and the words are the same up to punctuation, case and spelling.
 * The tests read English wording (the renditions are compared within one language, mostly English);
 * numbers and actors work across the languages `text.ts` knows.
 */
import { CHANGE_FLAGS, type ChangeFlag } from "./types";
import { normalizeText, numberValue, profile, type TextProfile } from "./text";

export function changeFlags(a: string, b: string): ChangeFlag[] {
  return changeFlagsOf(profile(a), profile(b));
}

/** The same, on texts already profiled (the aligner profiles every clause once). */
export function changeFlagsOf(a: TextProfile, b: TextProfile): ChangeFlag[] {
  if (a.raw === b.raw) return [];
  const flags = new Set<ChangeFlag>();
  if (!sameMultiset(a.numbers.map((n) => n.canon), b.numbers.map((n) => n.canon))) flags.add("number");
  // A side that names no actor at all is elliptical ("The Armed Forces will be limited …"), not a change of actor.
  if (a.actors.size > 0 && b.actors.size > 0 && !sameSet(a.actors, b.actors)) flags.add("actor");
  if (!sameSet(modalities(a.text), modalities(b.text))) flags.add("modality");
  if (a.negations !== b.negations) flags.add("negation");
  if (!sameSet(deadlines(a.text), deadlines(b.text))) flags.add("deadline");
  if (flags.size === 0 && sameUpToSpelling(a.canon, b.canon)) flags.add("cosmetic");
  return CHANGE_FLAGS.filter((f) => flags.has(f));
}

/**
 * Hedges, by kind. Firm wording (will, shall, must, agrees to) is the default and is not listed, so a
 * rewording from "will" to "shall" or "is to" does not fire, while "agrees to" → "is expected to" does.
 */
const MODALITY: Array<[string, RegExp]> = [
  ["permission", /\b(may|might|could)\b/],
  ["recommendation", /\b(should|ought to)\b/],
  ["expectation", /\b(expected|expects?|would|aims? to|seeks? to|intends? to|envisag\w*|potential(ly)?|possibl[ey]|likely|hopes? to|encouraged)\b/],
];

export function modalities(text: string): Set<string> {
  const t = text.toLowerCase();
  return new Set(MODALITY.filter(([, re]) => re.test(t)).map(([kind]) => kind));
}

const NUM = String.raw`\d{1,3}(?:[,. ]\d{3})+|\d+`;
const WORDS: Record<string, number> = {
  a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  twelve: 12, fifteen: 15, twenty: 20, thirty: 30, sixty: 60, ninety: 90, hundred: 100,
};
const COUNT = `(${NUM}|${Object.keys(WORDS).join("|")})`;
const UNIT = "(hour|day|week|month|year)s?";
const PERIOD = new RegExp(String.raw`\b(?:within|in|after|before|no later than|not later than|up to)\s+(?:the\s+(?:next|first)\s+)?${COUNT}[\s-]*${UNIT}\b`, "g");
const BARE_PERIOD = new RegExp(String.raw`\b(${NUM})[\s-]*(hour|day|week|month)s?\b`, "g");
const IMMEDIATE = /\b(immediately|immediate|at once|without delay|as soon as possible|asap|forthwith|promptly|right away|sofort|unverz\w*|imm[ée]diatement|inmediatamente|immediatamente)\b/;
const AFTER_EVENT = /\b(after|following|upon|once)\s+(?:\S+\s+){0,4}?(sign\w*|signature|conclusion|concluded|entry into force|ratification|ratified)\b|\b(after|following|upon)\s+(?:the\s+|a\s+|this\s+)?(?:peace\s+)?(agreement|deal|treaty|memorandum)\b/;
const UNTIL = /\b(until|till|pending)\b/;
const MONTH = "(january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec)";
const DATE = new RegExp(String.raw`\b(?:(\d{1,2})\s+${MONTH}\.?(?:,?\s+(\d{4}))?|${MONTH}\.?\s+(\d{1,2})(?:,?\s+(\d{4}))?|${MONTH}\.?,?\s+(\d{4}))\b|\b(\d{4}-\d{2}-\d{2})\b`, "g");
const BY_YEAR = /\b(?:by|before|until|in|from)\s+((?:19|20)\d{2})\b/g;
const TIMEFRAME = /\b(deadline|time ?frame|timetable|fixed date|specific date|target date|set period|specified period|within a (?:fixed|specific\w*|set|defined) (?:period|time))\b/;

/** Time limits and triggers in a text, normalised: "within 100 days" and "in 100 days" are one deadline. */
export function deadlines(text: string): Set<string> {
  const t = normalizeText(text).toLowerCase();
  const out = new Set<string>();
  const count = (s: string) => String(WORDS[s] ?? numberValue(s));
  for (const m of t.matchAll(PERIOD)) out.add(`period:${count(m[1]!)}${m[2]}`);
  for (const m of t.matchAll(BARE_PERIOD)) out.add(`period:${count(m[1]!)}${m[2]}`);
  if (IMMEDIATE.test(t)) out.add("immediate");
  if (AFTER_EVENT.test(t)) out.add("after-event");
  if (UNTIL.test(t)) out.add("until");
  for (const m of t.matchAll(DATE)) out.add(`date:${m.slice(1).filter(Boolean).join("-")}`);
  for (const m of t.matchAll(BY_YEAR)) out.add(`year:${m[1]}`);
  if (TIMEFRAME.test(t)) out.add("timeframe");
  return out;
}

function sameSet<T>(a: ReadonlySet<T>, b: ReadonlySet<T>): boolean {
  if (a.size !== b.size) return false;
  for (const x of a) if (!b.has(x)) return false;
  return true;
}

function sameMultiset(a: readonly string[], b: readonly string[]): boolean {
  if (a.length !== b.length) return false;
  const x = [...a].sort();
  const y = [...b].sort();
  return x.every((v, i) => v === y[i]);
}

/** Same words in the same order, allowing small spelling differences ("Zaporizhzhia" / "Zaporizhia"). */
function sameUpToSpelling(a: readonly string[], b: readonly string[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) {
    const x = a[i]!;
    const y = b[i]!;
    if (x === y) continue;
    if (x.startsWith("#") || y.startsWith("#") || x.startsWith("@") || y.startsWith("@")) return false;
    if (Math.min(x.length, y.length) < 4 || levenshtein(x, y) > Math.max(1, Math.floor(Math.max(x.length, y.length) / 4))) return false;
  }
  return true;
}

export function levenshtein(a: string, b: string): number {
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    for (let j = 1; j <= b.length; j++) {
      cur[j] = Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    prev = cur;
  }
  return prev[b.length]!;
}
