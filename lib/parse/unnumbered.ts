/**
 * Pass 2 for texts with no point numbers at all: a dash or bullet list ("- " items, or "-" on its own line
 * with the item on the next), or plain paragraphs. Items are numbered 1..n in order, and the result says so
 * (`unnumbered-list`), because the numbers are the parser's, not the page's.
 */
import { structureAhead, type Line } from "./classify";
import { ClauseSink, quote } from "./sink";
import {
  deletionNoteNumber,
  endsAtStop,
  endsWithColon,
  isDeletionNote,
  isHeadingLike,
  isLeadIn,
  isPromoLine,
  isSentenceLike,
  startsLowercase,
} from "./text-shape";
import type { ParsedClause } from "./types";

interface Item {
  clause: ParsedClause;
  indent: number;
  marker: string;
  subs: number;
}

class ItemCounter {
  count = 0;
  first: number | null = null;
  constructor(private readonly sink: ClauseSink) {}

  add(line: number, label: string, text: string, deleted = false): ParsedClause {
    this.count++;
    this.first ??= line;
    const key = this.sink.uniqueKey(String(this.count));
    return this.sink.add({ key, label, parent: null, text, line, deleted: deleted || isDeletionNote(text) });
  }
}

/** "-" list, "•" list, "—" list: each item is a point; headings between them are kept aside. */
function buildMarkerList(lines: readonly Line[], sink: ClauseSink, items: ItemCounter): void {
  let item: Item | null = null;
  let last: ParsedClause | null = null;
  let lastLine: Line | null = null;
  let pending: ParsedClause | null = null;
  let afterGap = false;
  const warned = new Set<string>();
  const headingAllowed = structureAhead(lines);

  lines.forEach((L, i) => {
    if (L.kind === "blank" || L.kind === "separator") return;
    if (pending && L.kind === "text" && !isPromoLine(L.content)) {
      sink.append(pending, L.content, " ");
      last = pending;
      pending = null;
      lastLine = L;
      return;
    }
    pending = null;

    if (L.kind === "gap") {
      sink.gap(L.no, L.gapNote ?? "", item?.clause.key ?? null, last);
      last = null;
      lastLine = null;
      afterGap = true;
      return;
    }
    if (L.kind === "md-heading" || L.kind === "range-heading") {
      sink.interleaved(L.no, L.content, "heading");
      lastLine = L;
      return;
    }

    if (L.kind === "marker" || L.kind === "lettered") {
      const marker = L.marker ?? L.label;
      // A more indented item under an item that introduces a list, or with another marker, is its sub-item.
      if (item && L.indent > item.indent && (endsWithColon(sink.tail(item.clause)) || marker !== item.marker)) {
        const clause = sink.add({ key: sink.uniqueKey(`${item.clause.key}.${++item.subs}`), label: L.label, parent: item.clause.key, text: L.text, line: L.no });
        last = clause;
        if (clause.text === "") pending = clause;
      } else {
        const clause = items.add(L.no, L.label, L.text);
        item = { clause, indent: L.indent, marker, subs: 0 };
        last = clause;
        if (clause.text === "") pending = clause;
      }
      afterGap = false;
      lastLine = L;
      return;
    }

    const text = L.content;
    if (isPromoLine(text)) {
      sink.interleaved(L.no, text, "page furniture (promo, pagination or series marker)");
      lastLine = L;
      return;
    }
    if (deletionNoteNumber(text) === items.count + 1) {
      // "Point 3 of the US plan … is to be removed." takes slot 3, so the next dash item is 4.
      const clause = items.add(L.no, "", text, true);
      item = { clause, indent: L.indent, marker: "", subs: 0 };
      last = clause;
      lastLine = L;
      afterGap = false;
      return;
    }
    if (!item || (afterGap && last === null)) {
      sink.interleaved(L.no, text, item ? "text after a gap, not attached to an item" : "text before the first item");
      lastLine = L;
      return;
    }
    const target: ParsedClause = last ?? item.clause;
    const prev: Line | null = lastLine;
    const sameSentence = prev !== null && prev.block === L.block && !endsAtStop(prev.content);
    if (sameSentence && (L.wrappedBlock || startsLowercase(text))) {
      sink.append(target, text, " ");
    } else if (isHeadingLike(text) && headingAllowed[i] === true) {
      sink.interleaved(L.no, text, "heading between items");
    } else if (sameSentence) {
      sink.append(target, text, " ");
    } else {
      const warnKey = `${target.key}@${L.block}`;
      if (!warned.has(warnKey)) {
        warned.add(warnKey);
        sink.warn("continuation", L.no, `unmarked paragraph appended to item ${target.key}: ${quote(text, 60)}`);
      }
      sink.append(target, text, "\n");
    }
    lastLine = L;
  });
}

interface Paragraph {
  line: number;
  text: string;
  gap?: Line;
  /** A bullet or lettered line: a sub-item when it follows a paragraph that introduces a list. */
  sub?: Line;
}

/** Paragraphs: blank-line blocks, or single lines unless the block is hard-wrapped prose. */
function paragraphsOf(lines: readonly Line[]): Paragraph[] {
  const out: Paragraph[] = [];
  let open: Paragraph | null = null;
  let parts: string[] = [];
  const close = () => {
    if (open) open.text = parts.join(" ");
    open = null;
    parts = [];
  };
  for (const L of lines) {
    if (L.kind === "blank" || L.kind === "separator") {
      close();
      continue;
    }
    if (L.kind === "gap") {
      close();
      out.push({ line: L.no, text: "", gap: L });
      continue;
    }
    if (L.kind === "marker" || L.kind === "lettered") {
      close();
      out.push({ line: L.no, text: L.content, sub: L });
      continue;
    }
    if (open && L.wrappedBlock) {
      parts.push(L.content);
      continue;
    }
    close();
    open = { line: L.no, text: L.content };
    parts = [L.content];
    out.push(open);
  }
  close();
  return out;
}

/** Plain paragraphs, one per point; an opening lead-in ("… include the following components:") and what precedes it are kept aside. */
function buildParagraphList(lines: readonly Line[], sink: ClauseSink, items: ItemCounter): void {
  const paras = paragraphsOf(lines);
  let lastText = -1;
  paras.forEach((p, k) => {
    if (!p.gap) lastText = k;
  });
  // A paragraph followed by its own bullets or letters introduces a point's sub-items, not the whole list.
  const leadIn = paras.findIndex((p, k) => !p.gap && !p.sub && k < lastText && isLeadIn(p.text) && paras[k + 1]?.sub === undefined);
  let last: ParsedClause | null = null;
  let item: { clause: ParsedClause; subs: number; letter: string | null } | null = null;
  paras.forEach((p, k) => {
    if (p.gap) {
      sink.gap(p.line, p.gap.gapNote ?? "", items.count > 0 ? String(items.count) : null, last);
      last = null;
      return;
    }
    if (k <= leadIn) {
      sink.interleaved(p.line, p.text, k === leadIn ? "lead-in before the list" : "preamble before the list");
      return;
    }
    const next = paras[k + 1];
    const beforeGap = next?.gap !== undefined;
    const sub = p.sub;
    if (sub && item && (item.subs > 0 || endsWithColon(sink.tail(item.clause)))) {
      const letter = sub.kind === "lettered" ? (sub.letter ?? "").toLowerCase() : null;
      item.subs++;
      const key = sink.uniqueKey(`${item.clause.key}.${letter ?? String(item.subs)}`);
      last = sink.add({ key, label: sub.label, parent: item.clause.key, text: sub.text, line: p.line, deleted: isDeletionNote(sub.text) });
      return;
    }
    if (isPromoLine(p.text)) {
      sink.interleaved(p.line, p.text, "page furniture (promo, pagination or series marker)");
    } else if (isHeadingLike(p.text) && !beforeGap && next !== undefined && next.sub === undefined) {
      sink.interleaved(p.line, p.text, "heading");
    } else {
      last = items.add(p.line, sub?.label ?? "", sub ? sub.text : p.text, deletionNoteNumber(p.text) === items.count + 1);
      item = { clause: last, subs: 0, letter: null };
    }
  });
}

/**
 * Points printed as plain paragraphs, with bullet sub-lists under the ones that introduce a list
 * ("Territories:" then "- Crimea …"): at least two bullet runs, each right after a line ending in ':', and
 * plain sentences between them. A single bullet run after a lead-in is the list itself.
 */
function bulletsAreSubLists(lines: readonly Line[]): boolean {
  const sig = lines.filter((l) => l.kind !== "blank" && l.kind !== "separator");
  let runs = 0;
  let between = false;
  let sentencesSinceRun = 0;
  for (let k = 0; k < sig.length; k++) {
    const L = sig[k];
    if (!L) continue;
    const subLike = L.kind === "marker" || L.kind === "lettered";
    const prev = sig[k - 1];
    if (subLike && !(prev && (prev.kind === "marker" || prev.kind === "lettered"))) {
      if (!prev || prev.kind !== "text" || !endsWithColon(prev.content)) return false;
      if (runs > 0 && sentencesSinceRun > 0) between = true;
      runs++;
      sentencesSinceRun = 0;
    } else if (L.kind === "text" && isSentenceLike(L.content)) {
      sentencesSinceRun++;
    }
  }
  return runs >= 2 && between;
}

export function buildUnnumbered(lines: readonly Line[], sink: ClauseSink): void {
  const items = new ItemCounter(sink);
  if (lines.some((l) => l.kind === "marker") && !bulletsAreSubLists(lines)) buildMarkerList(lines, sink, items);
  else buildParagraphList(lines, sink, items);
  if (items.count > 0) {
    sink.warn("unnumbered-list", items.first ?? 1, `no point numbers printed; ${items.count} item(s) numbered 1–${items.count} in order`);
  }
}
