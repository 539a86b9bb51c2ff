/**
 * Small judgements about the shape of a piece of text: does it end a sentence, does it look like a heading,
 * a promo line, a deletion note. Language-neutral where possible (Latin, Cyrillic, CJK punctuation), because
 * renditions arrive in many languages and machine translations.
 */

/** Closing quotes, brackets and emphasis that may follow a sentence's final punctuation. */
const TRAILING_CLOSERS = /["'”’»)\]⟧」』*_\s]+$/u;
const SENTENCE_END = /[.!?;…。！？；]$/u;
const SENTENCE_OR_COLON_END = /[.!?;:…。！？；：]$/u;

function stripClosers(text: string): string {
  return text.replace(TRAILING_CLOSERS, "");
}

/** The text ends a sentence (or a list item closed with ';'). A colon does not count. */
export function endsSentence(text: string): boolean {
  return SENTENCE_END.test(stripClosers(text.trim()));
}

/** The text ends at a natural stop: a sentence end or a colon that introduces what follows. */
export function endsAtStop(text: string): boolean {
  return SENTENCE_OR_COLON_END.test(stripClosers(text.trim()));
}

/** Ends with a colon: the text introduces a list ("10. US guarantee:"). */
export function endsWithColon(text: string): boolean {
  return /[:：]$/u.test(stripClosers(text.trim()));
}

/** Breaks off mid-sentence: the sign that an excerpt was cut at a gap. */
export function endsMidSentence(text: string): boolean {
  const t = text.trim();
  return t.length > 0 && !endsAtStop(t);
}

/** Scripts without letter case (CJK, Thai, Arabic…) are "caseless": word counts and capitals mean little there. */
export function isCaselessLetter(ch: string): boolean {
  return /\p{Lo}/u.test(ch);
}

export function startsLowercase(text: string): boolean {
  const m = /\p{L}/u.exec(text);
  // Only the first character matters: "(note: …)" or "⟦Les…" do not start lower-case.
  return m !== null && m.index === 0 && /\p{Ll}/u.test(m[0]);
}

const WORD = /[^\s\p{L}\p{N}]*[\p{L}\p{N}]\S*/gu;
const CASELESS = /\p{Lo}/gu;

/**
 * Word count, counting at most up to `limit + 1` (callers only ask "at most n words?", and this runs on every
 * line). Caseless scripts (CJK) do not separate words with spaces: two characters count as a word, which is
 * enough to tell a heading from a sentence.
 */
export function wordCount(text: string, limit = Number.MAX_SAFE_INTEGER): number {
  let words = 0;
  WORD.lastIndex = 0;
  while (words <= limit && WORD.exec(text) !== null) words++;
  let caseless = 0;
  CASELESS.lastIndex = 0;
  while (caseless <= 2 * limit + 1 && CASELESS.exec(text) !== null) caseless++;
  return Math.max(words, Math.ceil(caseless / 2));
}

function atMostWords(text: string, n: number): boolean {
  return wordCount(text, n) <= n;
}

/** Strip Markdown emphasis wrappers and heading hashes so that "**Energy**" reads as "Energy". */
export function stripEmphasis(text: string): string {
  return text
    .trim()
    .replace(/^#{1,6}\s+/u, "")
    .replace(/^[*_]+|[*_]+$/gu, "")
    .trim();
}

/**
 * A short line that names a topic rather than saying something: no sentence-ending punctuation (a colon is
 * allowed), at most 20 words, no sentence break inside, and not starting in lower case (that would be a
 * wrapped line of running text).
 */
export function isHeadingLike(text: string): boolean {
  const t = stripEmphasis(text);
  if (t.length === 0 || !/\p{L}/u.test(t)) return false;
  if (endsSentence(t)) return false;
  if (startsLowercase(t)) return false;
  if (!atMostWords(t, 20)) return false;
  return !hasSentenceBreak(t);
}

/** A line that introduces a list: short and ending in a colon ("They will include the following components:"). */
export function isLeadIn(text: string): boolean {
  return endsWithColon(text) && atMostWords(text, 25) && !hasSentenceBreak(text);
}

/** A sentence ends inside the text ("… Ukraine. Key provisions:"); "Mr. Kushner" or "U.S. Security" do not count. */
function hasSentenceBreak(text: string): boolean {
  return /\p{Ll}{2}[.!?]\s+\p{Lu}/u.test(text);
}

/** A paragraph that reads as a full sentence of plan text (used before inferring a missing number). */
export function isSentenceLike(text: string): boolean {
  const t = text.trim();
  if (!endsSentence(t)) return false;
  if (!/\p{L}/u.test(t)) return false;
  return !atMostWords(t, 3);
}

/**
 * Lines that are page furniture rather than plan text: continuation markers of a post series, "read also"
 * boxes, pagination, bare links. Kept as warnings so no text vanishes.
 */
const PROMO_PATTERNS: RegExp[] = [
  /^\[\s*(?:\.{3}|…)\s*\]/u, // "[...] continua"
  /^\(?\s*(?:to be )?continued\s*\)?\.?$/iu,
  /^(?:continua|continúa|continue|fortsetzung folgt|продолжение следует|далі буде|à suivre|suite)\s*[.…]*$/iu,
  /^(?:part|teil|parte|partie|часть|частина|daļa)\s+(?:one|two|three|four|five|[ivx]+|\d+)\b.{0,30}$/iu,
  /^\d+\s*\/\s*\d+$/u, // "4/4"
  /^\(?\d+\s+(?:of|из|з|von|di|de)\s+\d+\)?$/iu,
  /^(?:read also|read more|see also|also read|related|more on this|recommended|advertisement|sponsored|subscribe|sign up|follow us|click here|share this|trending|latest news|must read|don'?t miss|you may also like|watch|video|photo|leia também|leggi anche|lesen sie auch|lire aussi|lea también|ver también|читайте также|читайте також|дивіться також|czytaj też|lasiet arī|skatīt arī)\b/iu,
  /^https?:\/\/\S+$/iu,
];

/** Words that mark a short line as a promo box wherever they occur ("Story continues below advertisement"). */
const PROMO_WORDS =
  /\b(?:advertisement|newsletter|subscribe|sign up|click here|read more|read also|also read|follow us|download (?:our|the) app|continues below|get the latest|share (?:this|on))\b/iu;

export function isPromoLine(text: string): boolean {
  // Promo lines are short; most lines of a plan are not, and this check runs on every line.
  if (text.length > 200) return false;
  const t = stripEmphasis(text);
  return PROMO_PATTERNS.some((re) => re.test(t)) || (atMostWords(t, 15) && PROMO_WORDS.test(t));
}

const DELETE_WORDS =
  "removed|deleted|struck(?: out)?|dropped|omitted|excluded|eliminated|scrapped|(?:is|are|was|were) missing|gestrichen|entfernt|weggefallen|supprimée?|retirée?|eliminad[oa]|suprimid[oa]|eliminat[oa]|soppress[oa]|stralciat[oa]|rimoss[oa]|исключ[её]н|удал[её]н|вилучен|виключен|видален";
const POINT_WORDS =
  "point|clause|item|paragraph|provision|article|section|sub-?point|punkt|punto|ponto|pont|пункт|положение|положення";

/** "This point of the American plan has been removed." / "[Deleted]" / "Removal of the clause that …" */
const DELETION_NOTES: RegExp[] = [
  new RegExp(`^(?:this|that|the said|said|dieser|ce|este|questo|этот|цей)\\s+(?:${POINT_WORDS})\\b.{0,160}?\\b(?:${DELETE_WORDS})`, "iu"),
  new RegExp(`^(?:removal|deletion|elimination|exclusion|omission|striking)\\s+of\\s+(?:the\\s+|this\\s+|a\\s+)?(?:${POINT_WORDS})\\b`, "iu"),
  /^[[(]?\s*(?:deleted|removed|struck out|omitted|dropped|intentionally left blank|gestrichen|supprimé|eliminado|eliminato|исключ[её]н|вилучено)\s*[\])]?\s*\.?$/iu,
  /^[[(]?\s*(?:deleted|removed|struck out)\s*[\])]?\s*[:\-–—]/iu, // "Deleted: Russia is expected …"
  /[[(]\s*(?:deleted|removed|struck out)\s*[\])]\s*[.;]?$/iu, // "… will not expand further. [deleted]"
  /^~~[^~].*~~\s*[.;]?$/su, // Markdown strike-through over the whole clause
];

/** "Point 3 of the US plan, which …, is to be removed." — a note that names the point it deletes. */
const NUMBERED_DELETION_NOTE = new RegExp(
  `^(?:${POINT_WORDS})\\s+(\\d{1,4})\\b.{0,300}?\\b(?:${DELETE_WORDS})\\b`,
  "iu",
);

/**
 * The clause says it was struck out. A note that names a point ("Point 3 … removed") counts only for that
 * point: "1. Point 5 (compensation clause dropped)" in a list of reports is about point 5, not a deleted 1.
 */
export function isDeletionNote(text: string, ownNumber?: number): boolean {
  const t = text.trim();
  if (DELETION_NOTES.some((re) => re.test(t))) return true;
  const named = deletionNoteNumber(t);
  return named !== null && named === ownNumber;
}

/** The point number a prose deletion note names, or null when the text is not such a note. */
export function deletionNoteNumber(text: string): number | null {
  const m = NUMBERED_DELETION_NOTE.exec(text.trim());
  return m ? Number(m[1]) : null;
}
