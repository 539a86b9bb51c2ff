/**
 * Pass 1: split the body into lines and say what each line looks like on its own (a numbered label, a
 * lettered label, a list marker, a gap marker, a heading, plain text). No decisions that need context are
 * taken here; the tree builder (pass 2) decides with the numbering it expects.
 */
import {
  isRangeHeading,
  readDecimalLabel,
  readLetterLabel,
  readMarker,
  readNumberLabel,
  type NumberForm,
} from "./labels";
import { endsAtStop, endsSentence, isHeadingLike, isPromoLine, wordCount } from "./text-shape";

export type LineKind =
  | "blank"
  | "separator" // "---", "***": a rule, no text
  | "gap" // [GAP: not recovered]
  | "md-heading" // "## A. Scope"
  | "range-heading" // "21.-28. punkts"
  | "numbered"
  | "decimal"
  | "lettered"
  | "marker"
  | "text";

export interface Line {
  /** 1-based line number in the body. */
  no: number;
  /** Leading whitespace width (tab = 4). */
  indent: number;
  /** The line without leading/trailing whitespace. */
  content: string;
  kind: LineKind;
  /** Label as printed ("" for text). */
  label: string;
  /** Text after the label (the whole content for text lines). */
  text: string;
  num?: number;
  sub?: number;
  numForm?: NumberForm;
  /** No number was printed: the tree builder inferred this line to be the point whose number is missing. */
  inferred?: boolean;
  letter?: string;
  marker?: string;
  gapNote?: string;
  /** Index of the block (run of non-blank lines) the line belongs to. */
  block: number;
  /** The block reads as hard-wrapped prose: its line breaks are not structure. */
  wrappedBlock: boolean;
}

/** Zero-width space, word joiner, BOM: invisible, no meaning in running text (ZWJ/ZWNJ are kept: they shape some scripts). */
const INVISIBLE_RE = /[\u200B\u2060\uFEFF]/gu;
const GAP_RE = /\[\s*GAP\b\s*:?\s*([^\]]*)\]/iu;
const SEPARATOR_RE = /^(?:([-=_*~])\1{2,}|(?:\*\s*){3,}|(?:-\s*){3,})$/u;

function indentWidth(ws: string): number {
  let w = 0;
  for (const ch of ws) w += ch === "\t" ? 4 : 1;
  return w;
}

/** "21.-28. punkts 43": after the range only a few words and no sentence ("1-2 days of talks were held." is text). */
function isRangeTitle(content: string): boolean {
  const rest = content.replace(/^[^\p{L}]*/u, "");
  return rest === "" || (wordCount(rest) <= 6 && !endsSentence(rest));
}

/** Classify one line's content (already trimmed) — also used for the remainder of a split line. */
export function classifyContent(content: string, no: number, indent: number, block: number, wrappedBlock: boolean): Line {
  const base = { no, indent, content, block, wrappedBlock, label: "", text: content };
  if (content === "") return { ...base, kind: "blank" };
  const gap = GAP_RE.exec(content);
  if (gap && gap[0].length === content.length) return { ...base, kind: "gap", text: "", gapNote: (gap[1] ?? "").trim() };
  if (SEPARATOR_RE.test(content)) return { ...base, kind: "separator", text: "" };
  if (/^#{1,6}\s+\S/u.test(content)) return { ...base, kind: "md-heading" };
  if (isRangeHeading(content) && isRangeTitle(content)) {
    return { ...base, kind: "range-heading" };
  }

  // Dispatch on the first character: most lines of a plan are text, and each label test is a regex.
  const first = content[0] ?? "";
  const second = content[1] ?? "";
  const digitOrWrap = /[\d\uFF10-\uFF19\u0660-\u0669\u06F0-\u06F9(*_[№]/u.test(first);
  if (digitOrWrap || /\p{L}/u.test(first)) {
    const num = readNumberLabel(content);
    if (num) return { ...base, kind: "numbered", label: num.label, text: num.rest, num: num.num, numForm: num.form };
  }
  if (digitOrWrap) {
    const dec = readDecimalLabel(content);
    if (dec) return { ...base, kind: "decimal", label: dec.label, text: dec.rest, num: dec.num, sub: dec.sub };
  }
  if (first === "(" || second === "." || second === ")") {
    const letter = readLetterLabel(content);
    if (letter) return { ...base, kind: "lettered", label: letter.label, text: letter.rest, letter: letter.letter };
  }
  if (!/[\p{L}\p{N}]/u.test(first)) {
    const marker = readMarker(content);
    if (marker) {
      // "- 1. Ukraine's sovereignty…", "• 2) …": a bulleted list whose items carry their point numbers.
      const inner = /^[\d\uFF10-\uFF19]/u.test(marker.rest) ? readNumberLabel(marker.rest) : null;
      if (inner && inner.form === "delimited") {
        const label = content.slice(0, content.length - marker.rest.length) + inner.label;
        return { ...base, kind: "numbered", label: label.trim(), text: inner.rest, num: inner.num, numForm: "delimited" };
      }
      return { ...base, kind: "marker", label: marker.marker, text: marker.rest, marker: marker.marker };
    }
  }
  return { ...base, kind: "text" };
}

/**
 * A block is hard-wrapped prose when most of its line breaks fall mid-sentence on long lines of similar
 * length (an e-mail or a statement wrapped at ~70 columns). Short unpunctuated lines are list items, not wraps.
 */
function isWrappedProse(block: { content: string }[]): boolean {
  if (block.length < 2) return false;
  const inner = block.slice(0, -1);
  const maxLen = block.reduce((m, l) => Math.max(m, l.content.length), 0);
  if (maxLen < 50) return false;
  const open = inner.filter((l) => !endsAtStop(l.content));
  if (open.length * 2 < inner.length) return false;
  return open.every((l) => l.content.length >= 0.6 * maxLen);
}

/** Pass 1 over a whole body. Gap markers inside a line are split onto their own line. */
export function classifyLines(body: string): Line[] {
  const raw = body.split(/\r\n|\r|\n|\u2028|\u2029/u);
  interface Pre {
    no: number;
    indent: number;
    content: string;
  }
  const pre: Pre[] = [];
  raw.forEach((line, idx) => {
    const no = idx + 1;
    // Invisible characters pasted from web pages ("\u200B1. Ukraine…", "1.\u200B Ukraine…") would hide a label.
    const text = line.replace(INVISIBLE_RE, "");
    const m = /^[\s\u00A0\uFEFF]*/u.exec(text);
    const lead = m ? m[0] : "";
    const indent = indentWidth(lead);
    let content = text.slice(lead.length).replace(/[\s\u00A0]+$/u, "");
    // "… the European market while this issue is [GAP: not recovered]": keep the text and the gap apart.
    for (;;) {
      const g = GAP_RE.exec(content);
      if (!g || g[0].length === content.length) break;
      const before = content.slice(0, g.index).trim();
      if (before) pre.push({ no, indent, content: before });
      pre.push({ no, indent, content: g[0] });
      content = content.slice(g.index + g[0].length).trim();
    }
    pre.push({ no, indent, content });
  });

  const lines: Line[] = [];
  let block = 0;
  let start = 0;
  const flush = (end: number) => {
    const members = pre.slice(start, end).filter((p) => p.content !== "");
    const wrapped = isWrappedProse(members);
    for (let k = start; k < end; k++) {
      const p = pre[k];
      if (p) lines.push(classifyContent(p.content, p.no, p.indent, block, wrapped));
    }
  };
  for (let k = 0; k < pre.length; k++) {
    const p = pre[k];
    if (p && (p.content === "" || GAP_RE.test(p.content))) {
      flush(k);
      block++;
      lines.push(classifyContent(p.content, p.no, p.indent, block, false));
      block++;
      start = k + 1;
    }
  }
  flush(pre.length);
  return lines;
}

/** The next line after index `i` that is not blank or a rule, or null at the end. */
export function nextSignificant(lines: readonly Line[], i: number): Line | null {
  for (let j = i + 1; j < lines.length; j++) {
    const l = lines[j];
    if (l && l.kind !== "blank" && l.kind !== "separator") return l;
  }
  return null;
}

const STRUCTURAL: ReadonlySet<LineKind> = new Set(["numbered", "decimal", "lettered", "marker", "md-heading", "range-heading"]);

/**
 * For each line: is it followed by structure (a point, a sub-point, an item, a heading) or the end of the
 * text — possibly after more headings or promo lines (a promo box is often several short lines)? A
 * heading-like line is only taken as a heading then; before a gap it is more likely text cut short.
 * Computed backwards once, so long runs of short lines stay linear.
 */
export function structureAhead(lines: readonly Line[]): boolean[] {
  const out = new Array<boolean>(lines.length).fill(true);
  let verdict = true; // at the end of the text
  for (let j = lines.length - 1; j >= 0; j--) {
    out[j] = verdict;
    const l = lines[j];
    if (!l || l.kind === "blank" || l.kind === "separator") continue;
    if (STRUCTURAL.has(l.kind)) verdict = true;
    else if (l.kind === "text" && (isPromoLine(l.content) || isHeadingLike(l.content))) continue;
    else verdict = false;
  }
  return out;
}
