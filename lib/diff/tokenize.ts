/**
 * The one tokenizer behind the word diff and the aligner: words, numbers, punctuation, each with the
 * whitespace that precedes it. Numbers with thousands separators (600,000 · 600 000 · 600.000) are one
 * token, because jsdiff's own word splitter cuts them at the separator and the redline then reads
 * "600,~~000~~800,000" instead of "~~600,000~~ 800,000".
 */

export type TokenKind = "word" | "number" | "punct";

export interface Token {
  /** The token exactly as printed. */
  text: string;
  kind: TokenKind;
  /** Whitespace printed before the token (kept so the diff can rebuild the text byte for byte). */
  lead: string;
}

/**
 * A number: digit groups joined by a thousands separator (comma, dot, apostrophe, plain, no-break or
 * thin space), optionally with a decimal part, or a plain integer/decimal. The grouped form needs a
 * 1–3 digit head and exact 3-digit groups, so "2025 100" stays two numbers.
 */
const NUMBER = String.raw`\d{1,3}(?:[,.'’\u00a0\u202f\u2009 ]\d{3})+(?![\d])(?:[.,]\d+(?![\d]))?|\d+(?:[.,]\d+)?`;
/** A word starts with a letter and may carry digits (G8), inner apostrophes (Ukraine's) and hyphens (non-aggression). */
const WORD = String.raw`\p{L}[\p{L}\p{M}\p{N}]*(?:['’\-‐][\p{L}\p{M}\p{N}]+)*`;
const TOKEN = new RegExp(String.raw`(\s*)(?:(${NUMBER})|(${WORD})|(\S))`, "gu");

export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  TOKEN.lastIndex = 0;
  let m: RegExpExecArray | null;
  let end = 0;
  while ((m = TOKEN.exec(text)) !== null) {
    const lead = m[1] ?? "";
    if (m[2] !== undefined) tokens.push({ text: m[2], kind: "number", lead });
    else if (m[3] !== undefined) tokens.push({ text: m[3], kind: "word", lead });
    else if (m[4] !== undefined) tokens.push({ text: m[4], kind: "punct", lead });
    else break;
    end = TOKEN.lastIndex;
  }
  // Trailing whitespace becomes an empty punctuation-less remainder: keep it so join(tokenize(t)) === t.
  if (end < text.length) tokens.push({ text: "", kind: "punct", lead: text.slice(end) });
  return tokens;
}

/** Rebuild text from tokens (the inverse of tokenize). */
export function joinTokens(tokens: readonly Token[]): string {
  let out = "";
  for (const t of tokens) out += t.lead + t.text;
  return out;
}
