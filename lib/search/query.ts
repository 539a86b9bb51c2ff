/**
 * What an analyst types into the search box, turned into terms for PostgreSQL's full-text search
 * (pointwise_search_query in the add_search migration builds the tsquery from them).
 *
 * Pure. Each term has variants that count as the same thing:
 * - a word or phrase listed in terms.yaml brings its whole group ("Zaporizhzhia" → "Saporischschja",
 *   "Záporoží", "ザポリージャ"…, "amnesty" → "Amnestie", "amnestiju", "恩赦");
 * - a number brings its other printed forms ("600000" → "600,000", "600.000", "600 000", "600 thousand"),
 *   because PostgreSQL's parser reads each form differently;
 * - "quoted phrases" are searched exactly as typed; a leading "-" excludes a word or phrase;
 *   a trailing "*" searches a prefix.
 */
import { numberValue } from "@/lib/align/text";
import { isSpaceless, matchAt, prepareText, type TermGroups, type TermPattern } from "@/lib/terms";

export interface SearchVariant {
  text: string;
  /** The last word is a prefix. */
  prefix: boolean;
}

export interface SearchTerm {
  /** The term as typed. */
  input: string;
  variants: SearchVariant[];
  exclude: boolean;
  /** The terms.yaml group the term was expanded from, if any. */
  group: string | null;
}

export const MAX_QUERY_LENGTH = 200;
export const MAX_TERMS = 8;

/** A quoted phrase, or a run of non-space characters; either may carry a leading "-". */
const CHUNK = /(-?)"([^"]*)"|(-?)(\S+)/gu;

interface Chunk {
  text: string;
  exclude: boolean;
  quoted: boolean;
}

function chunks(q: string): Chunk[] {
  const out: Chunk[] = [];
  for (const m of q.matchAll(CHUNK)) {
    if (m[2] !== undefined) out.push({ text: m[2].trim(), exclude: m[1] === "-", quoted: true });
    else out.push({ text: m[4]!, exclude: m[3] === "-", quoted: false });
  }
  return out.filter((c) => c.text !== "" && /[\p{L}\p{N}]/u.test(c.text));
}

/** The other printed forms of a number, when it has thousands to group. */
export function numberForms(printed: string): string[] {
  const value = numberValue(printed);
  if (!Number.isInteger(value) || value < 1000 || value > 1e15) return [printed];
  const digits = String(value);
  const grouped = (sep: string) => digits.replace(/\B(?=(\d{3})+(?!\d))/g, sep);
  const forms = [digits, grouped(","), grouped("."), grouped(" ")];
  if (value % 1000 === 0) forms.push(`${value / 1000} thousand`);
  return [...new Set([printed, ...forms])];
}

const variantOf = (p: TermPattern): SearchVariant => ({ text: p.source, prefix: p.prefix });

/** The group whose entry is exactly `text` (all its words), or whose spaceless entry `text` contains. */
function groupOf(text: string, groups: TermGroups): string | null {
  const words = prepareText(text).words;
  const spaceless = isSpaceless(text);
  for (const [name, patterns] of groups) {
    for (const p of patterns) {
      if (p.spaceless ? spaceless && text.includes(p.source) : words.length > 0 && matchAt(p, words, 0) === words.length) return name;
    }
  }
  return null;
}

/** Only letters, digits and inner spaces reach the prefix tsquery (see the migration). */
function prefixSafe(text: string): boolean {
  return /^[\p{L}\p{N}]+(?: [\p{L}\p{N}]+)*$/u.test(text) && !isSpaceless(text);
}

/** Longest group entry the query may spell over several words ("line of contact", "armed forces"). */
const MAX_PHRASE_WORDS = 4;

export function parseSearchQuery(q: string, groups: TermGroups): SearchTerm[] {
  const list = chunks(q.slice(0, MAX_QUERY_LENGTH));
  const terms: SearchTerm[] = [];
  let i = 0;
  while (i < list.length && terms.length < MAX_TERMS) {
    const chunk = list[i]!;
    if (chunk.quoted) {
      terms.push({ input: chunk.text, variants: [{ text: chunk.text, prefix: false }], exclude: chunk.exclude, group: null });
      i++;
      continue;
    }
    // Consecutive plain words that together are one group entry become one term.
    let taken = 0;
    for (let n = chunk.exclude ? 1 : Math.min(MAX_PHRASE_WORDS, list.length - i); n >= 1 && taken === 0; n--) {
      const run = list.slice(i, i + n);
      if (n > 1 && run.slice(1).some((c) => c.quoted || c.exclude)) continue;
      const text = run.map((c) => c.text).join(" ");
      const group = groupOf(text.replace(/\*$/, ""), groups);
      if (group) {
        terms.push({ input: text, variants: groups.get(group)!.map(variantOf), exclude: chunk.exclude, group });
        taken = n;
      }
    }
    if (taken === 0) {
      const term = plainTerm(chunk);
      if (term) terms.push(term);
      taken = 1;
    }
    i += taken;
  }
  return terms;
}

function plainTerm(chunk: Chunk): SearchTerm | null {
  const prefix = chunk.text.endsWith("*");
  const text = prefix ? chunk.text.slice(0, -1) : chunk.text;
  if (/^\d[\d,.'’\u00a0\u202f\u2009]*$/u.test(text)) {
    return { input: chunk.text, variants: numberForms(text).map((t) => ({ text: t, prefix: false })), exclude: chunk.exclude, group: null };
  }
  // Punctuation around a word ("(amnesty)", "NATO,") is not part of it; inner hyphens and apostrophes are.
  const plain = text.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, "");
  if (!plain) return null;
  return { input: chunk.text, variants: [{ text: plain, prefix: prefix && prefixSafe(plain) }], exclude: chunk.exclude, group: null };
}

/** Does the query have anything to look for (not only exclusions)? */
export function hasPositiveTerm(terms: readonly SearchTerm[]): boolean {
  return terms.some((t) => !t.exclude);
}
