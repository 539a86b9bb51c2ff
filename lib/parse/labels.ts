/**
 * Recognising the label at the start of a line: point numbers in all the printed forms seen ("1.", "1 .",
 * "2 –", "8-", "1.º", "5-The", "9.NATO", "Point 1", "10 [", "3 It"), lettered sub-points ("a.", "a)", "(b)",
 * "A."), list markers (bullets, arrows, dashes). This module only reads the shape of one line; whether a
 * number really is the next point is decided by the tree builder, which knows what number to expect.
 */

/** ASCII, full-width, Arabic-Indic and Eastern Arabic-Indic digits: all seen in pasted text. */
const D = "[0-9\\uFF10-\\uFF19\\u0660-\\u0669\\u06F0-\\u06F9]";

export function toNumber(digits: string): number {
  let out = "";
  for (const ch of digits) {
    const c = ch.codePointAt(0) ?? 0;
    if (c >= 0xff10 && c <= 0xff19) out += String(c - 0xff10);
    else if (c >= 0x0660 && c <= 0x0669) out += String(c - 0x0660);
    else if (c >= 0x06f0 && c <= 0x06f9) out += String(c - 0x06f0);
    else out += ch;
  }
  return Number(out);
}

/**
 * How a number was printed, which decides how much evidence it carries:
 * - "delimited": "1." "1)" "1 ." "2 –" "8-" "1.º" "(1)" — clearly a list label;
 * - "keyword": "Point 1", "Punkt 1." — clearly a label, but also how prose refers to points;
 * - "bare": "3 It", "10 [There…" — a number and a space; only trusted when it is the number expected next.
 */
export type NumberForm = "delimited" | "keyword" | "bare";

export interface NumberLabel {
  num: number;
  form: NumberForm;
  /** The label exactly as printed, e.g. "1 .", "Point 1", "8-". */
  label: string;
  /** What follows the label, trimmed ("" for a label on its own line). */
  rest: string;
}

export interface DecimalLabel {
  num: number;
  sub: number;
  label: string;
  rest: string;
}

export interface LetterLabel {
  letter: string;
  label: string;
  rest: string;
}

export interface MarkerLabel {
  marker: string;
  rest: string;
}

/** The character after a label with no space must start a word: "9.NATO", "5-The", "a.L'Ucraina". */
const WORD_START = /^[\p{Lu}\p{Lt}\p{Lo}"“«„'‘(\[⟦]/u;

const KEYWORDS =
  "point|punkt|punto|ponto|pont|item|clause|article|artikel|articolo|art[ií]culo|paragraph|пункт|статья|стаття|n[°º]|№";
const KEYWORD_RE = new RegExp(`^(?:${KEYWORDS})\\s*(${D}{1,4})(?:\\s*(\\.º|[.:)\\-–—]))?`, "iu");
const RANGE_RE = new RegExp(`^${D}{1,4}\\s*[.)]?\\s*[-–—]\\s*${D}{1,4}\\s*[.)]?(?=\\s|$)`, "u");
const DECIMAL_RE = new RegExp(`^(${D}{1,4})\\.([1-9]${D}{0,2})\\.?(?=\\s|$)`, "u");
const PAREN_NUM_RE = new RegExp(`^(?:\\((${D}{1,3})\\)|\\[(${D}{1,3})\\](?!\\())`, "u");
/** "1.-" and "1.)" (Spanish and German habits) are one delimiter, tried before the plain ".". */
const NUM_RE = new RegExp(`^(\\*\\*|__)?(${D}{1,4})(\\*\\*|__)?(\\s*)(\\.º|\\.°|º|°|\\.[-–—)]|\\.|\\)|:|-|–|—|、|．|/)(\\*\\*|__)?`, "u");
const BARE_RE = new RegExp(`^(${D}{1,4})(?:\\s+(?=[\\p{L}\\[("“«„'‘⟦])|$)`, "u");

/** "21.-28. punkts 43": a page heading naming a range of points, not point 21. */
export function isRangeHeading(content: string): boolean {
  return RANGE_RE.test(content);
}

export function readNumberLabel(content: string): NumberLabel | null {
  const kw = KEYWORD_RE.exec(content);
  if (kw) {
    const rest = content.slice(kw[0].length);
    const delimited = kw[2] !== undefined;
    // "Point 3 of the US plan…" is prose about a point, not a label: without a delimiter the keyword label
    // must stand alone on its line ("Point 1" as a heading).
    if (delimited || rest.trim() === "") {
      return { num: toNumber(kw[1] ?? ""), form: "keyword", label: kw[0].trim(), rest: rest.trim() };
    }
    return null;
  }

  const paren = PAREN_NUM_RE.exec(content);
  if (paren) {
    return { num: toNumber(paren[1] ?? paren[2] ?? ""), form: "delimited", label: paren[0], rest: content.slice(paren[0].length).trim() };
  }

  const m = NUM_RE.exec(content);
  if (m) {
    const delim = m[5] ?? "";
    const spaceBefore = (m[4] ?? "").length > 0;
    const rest = content.slice(m[0].length);
    const ok = (() => {
      // Only a few delimiters are printed after a space: "1 .", "2 –", "8 -", "1 )".
      if (spaceBefore && !/^[.)\-–—]$/u.test(delim)) return false;
      if (rest === "") return true;
      if (/^\s/u.test(rest)) {
        // "5 - 10 people", "50: 50": a dash or colon followed by a number is arithmetic, not a label.
        if (/^[:\-–—/]$/u.test(delim) && new RegExp(`^\\s*${D}`, "u").test(rest)) return false;
        return true;
      }
      if (delim === ":" || delim === "/") return false; // "50:50", "24/7"
      return WORD_START.test(rest);
    })();
    if (ok) return { num: toNumber(m[2] ?? ""), form: "delimited", label: m[0], rest: rest.trim() };
    return null;
  }

  const bare = BARE_RE.exec(content);
  if (bare) {
    return { num: toNumber(bare[1] ?? ""), form: "bare", label: bare[1] ?? "", rest: content.slice(bare[0].length).trim() };
  }
  return null;
}

/** "5.1 Text": decimal sub-numbering. A leading zero ("600.000") or a lower-case word ("1.5 million") is not. */
export function readDecimalLabel(content: string): DecimalLabel | null {
  const m = DECIMAL_RE.exec(content);
  if (!m) return null;
  const rest = content.slice(m[0].length).trim();
  if (rest !== "" && !WORD_START.test(rest)) return null;
  return { num: toNumber(m[1] ?? ""), sub: toNumber(m[2] ?? ""), label: m[0], rest };
}

const LETTERS = "a-zA-Zа-яА-ЯёЁіїєґІЇЄҐ";
const PAREN_LETTER_RE = new RegExp(`^\\(([${LETTERS}])\\)`, "u");
const LETTER_RE = new RegExp(`^([${LETTERS}])([.)])`, "u");

export function readLetterLabel(content: string): LetterLabel | null {
  const p = PAREN_LETTER_RE.exec(content);
  if (p) return { letter: p[1] ?? "", label: p[0], rest: content.slice(p[0].length).trim() };
  const m = LETTER_RE.exec(content);
  if (!m) return null;
  const rest = content.slice(m[0].length);
  if (rest === "") return { letter: m[1] ?? "", label: m[0], rest: "" };
  if (/^\s/u.test(rest)) return { letter: m[1] ?? "", label: m[0], rest: rest.trim() };
  // No space after the label ("a.L'Ucraina") — but "U.S. officials" is an abbreviation, not sub-point u.
  if (m[2] === "." && /^[\p{L}]\./u.test(rest)) return null;
  if (!WORD_START.test(rest)) return null;
  return { letter: m[1] ?? "", label: m[0], rest: rest.trim() };
}

/** Bullets that may touch their text; ASCII markers and dashes need a space ("-5 %" is not an item). */
const TIGHT_MARKERS = "•·▪▫◦‣○●■□►▶▸➢➤→⇒⟶✓✔";
const MARKER_RE = new RegExp(`^(?:([${TIGHT_MARKERS}])\\s*|([-–—*+])(?:\\s+|$))`, "u");

export function readMarker(content: string): MarkerLabel | null {
  if (content.startsWith("**")) return null; // Markdown bold, not a bullet
  const m = MARKER_RE.exec(content);
  if (!m) return null;
  return { marker: m[1] ?? m[2] ?? "", rest: content.slice(m[0].length).trim() };
}

/** Letter sequences: Latin and the Cyrillic orders used for lettered sub-points in Russian and Ukrainian. */
const ALPHABETS = ["abcdefghijklmnopqrstuvwxyz", "абвгдежзиклмнопрстуфхцчшщэюя", "абвгґдеєжзиіїйклмнопрстуфхцчшщюя"];

/** Distance from `prev` to `next` in any alphabet containing both (1 = the very next letter), or null. */
export function letterStep(prev: string | null, next: string): number | null {
  const n = next.toLowerCase();
  let best: number | null = null;
  for (const alphabet of ALPHABETS) {
    const j = alphabet.indexOf(n);
    if (j === -1) continue;
    const i = prev === null ? -1 : alphabet.indexOf(prev.toLowerCase());
    if (prev !== null && i === -1) continue;
    const step = j - i;
    if (step > 0 && (best === null || step < best)) best = step;
  }
  return best;
}

/** The letter expected after `prev` (for messages). */
export function nextLetter(prev: string | null): string {
  if (prev === null) return "a";
  for (const alphabet of ALPHABETS) {
    const i = alphabet.indexOf(prev.toLowerCase());
    if (i !== -1 && i + 1 < alphabet.length) return alphabet[i + 1] ?? "?";
  }
  return "?";
}
