/**
 * Pass 2 for numbered texts: walk the classified lines and build the clause tree, always knowing which
 * number comes next. The expected number is what makes the messy forms safe: "3 It" or "10 [There…" is a
 * point only when 3 or 10 is due; a run-together "…sovereignty.2. Conclusion" is split only at the number
 * that is due; a number that jumps ahead is kept as printed and reported.
 */
import { classifyContent, structureAhead, type Line } from "./classify";
import { letterStep, nextLetter } from "./labels";
import { cutAt, findRunTogether } from "./run-together";
import { ClauseSink, quote } from "./sink";
import {
  deletionNoteNumber,
  endsAtStop,
  endsWithColon,
  isDeletionNote,
  isHeadingLike,
  isPromoLine,
  isSentenceLike,
  startsLowercase,
} from "./text-shape";
import type { ParsedClause } from "./types";

type SubStyle = "none" | "bare" | "marker" | "letter" | "numbered" | "decimal";

interface SubRef {
  clause: ParsedClause;
  indent: number;
  style: SubStyle;
  children: number;
}

interface Top {
  clause: ParsedClause;
  num: number;
  indent: number;
  style: SubStyle;
  /** Unlettered sub-items so far (for keys "10.1", "10.2"). */
  unlettered: number;
  lastLetter: string | null;
  numberedNext: number;
  numberedIndent: number;
  lastSub: SubRef | null;
  /** A gap fell inside this point: its sub-points may resume at any letter. */
  gapInside: boolean;
}

/** A paragraph not (yet) attached to a point: before the first point, or right after a gap. */
interface Floating {
  line: number;
  block: number;
  /** Wrapped lines of the paragraph, joined when it is resolved (keeps long preambles linear). */
  parts: string[];
  /** Could be a point whose number was lost (plain text, not a bullet or sub-point). */
  inferable: boolean;
}

/** Largest forward jump in numbering accepted without a gap marker; beyond it a number is running text. */
const MAX_JUMP = 20;
/** Largest first number / jump across a gap (a text may open at point 22 of 28, or 4,999 of 5,000). */
const MAX_JUMP_AFTER_GAP = 500;

/** The numbering skipped exactly one point between the points on two lines (indices into the lines). */
interface Skip {
  missing: number;
  from: number;
  to: number;
}

class NumberedBuilder {
  private top: Top | null = null;
  private topIdx = -1;
  readonly skips: Skip[] = [];
  private lastTop: number | null = null;
  private gapSinceTop = false;
  private last: ParsedClause | null = null;
  private lastLine: Line | null = null;
  private pending: ParsedClause | null = null;
  private floating: Floating[] = [];
  private continuationWarned = new Set<string>();
  /** A heading was set aside since the last point: a list restarting at 1 after it is a new list, not a sub-list. */
  private headingSinceTop = false;
  /** For each line index, the number of the next numbered line after it (lookahead for duplicates). */
  private readonly numberAhead: (number | undefined)[];
  private readonly headingAllowed: boolean[];
  points = 0;

  constructor(
    private readonly lines: readonly Line[],
    readonly sink: ClauseSink,
  ) {
    this.headingAllowed = structureAhead(lines);
    this.numberAhead = new Array<number | undefined>(lines.length);
    let next: number | undefined;
    for (let i = lines.length - 1; i >= 0; i--) {
      this.numberAhead[i] = next;
      const l = lines[i];
      if (l && l.kind === "numbered" && l.numForm === "delimited") next = l.num;
    }
  }

  run(): void {
    this.lines.forEach((line, i) => {
      if (line.kind === "blank" || line.kind === "separator") return;
      this.process(line, i);
    });
    this.flushFloating();
  }

  private expected(): number | null {
    return this.lastTop === null ? null : this.lastTop + 1;
  }

  private process(L: Line, i: number): void {
    if (this.pending && L.kind === "text" && !isPromoLine(L.content)) {
      // A label on its own line ("Point 1", "8-", "-"): this line is its text.
      const clause = this.pending;
      this.pending = null;
      const rest = this.setText(clause, L.content, this.expected());
      this.last = clause;
      this.lastLine = L;
      this.remainders(rest, L, i);
      return;
    }
    this.pending = null;
    switch (L.kind) {
      case "gap":
        this.onGap(L);
        break;
      case "md-heading":
      case "range-heading":
        this.sink.interleaved(L.no, L.content, "heading");
        this.headingSinceTop = true;
        this.lastLine = L;
        break;
      case "numbered":
        this.onNumbered(L, i);
        break;
      case "decimal":
        this.onDecimal(L, i);
        break;
      case "lettered":
        this.onLettered(L, i);
        break;
      case "marker":
        this.onMarker(L, i);
        break;
      default:
        this.onText(L, i);
    }
  }

  /** Set a clause's text, splitting off run-together next points; returns the split-off segments. */
  private setText(clause: ParsedClause, text: string, expected: number | null): string[] {
    const { head, segments } = cutAt(text, expected === null ? [] : findRunTogether(text, expected));
    clause.text = head.trim();
    return segments;
  }

  /** Process the points split off a line, in order, as if each had its own line. */
  private remainders(segments: readonly string[], L: Line, i: number): void {
    for (const seg of segments) {
      this.sink.warn("run-together", L.no, `two points printed on one line; split before ${quote(seg, 60)}`);
      this.process(classifyContent(seg, L.no, L.indent, L.block, false), i);
    }
  }

  /** A labelled line that is not a point after all (a stray "2025.", a "c." with no point open) is read as text. */
  private asText(L: Line): Line {
    return { ...L, kind: "text", label: "", text: L.content };
  }

  private onGap(L: Line): void {
    this.flushFloating();
    this.sink.gap(L.no, L.gapNote ?? "", this.top?.clause.key ?? null, this.last);
    this.gapSinceTop = true;
    if (this.top) this.top.gapInside = true;
    this.last = null;
    this.lastLine = null;
  }

  // ---- numbered lines -------------------------------------------------------------------------------

  private onNumbered(L: Line, i: number): void {
    const E = this.expected();
    if (this.top && this.isSubNumbered(L, i, E)) {
      const top = this.top;
      if (top.style !== "numbered") top.numberedIndent = L.indent;
      top.style = "numbered";
      top.numberedNext = (L.num ?? 0) + 1;
      this.addSub(L, i, `${top.clause.key}.${++top.unlettered}`, top.clause.key, "numbered");
      return;
    }
    if (!this.acceptTop(L, i, E)) {
      this.onText(this.asText(L), i, false);
      return;
    }
    this.startTop(L, i, L.num ?? 0, L.label, L.text, false);
  }

  /** "1." "2." inside point 5 (after "…the following subpoints:", or indented under it) is a sub-list. */
  private isSubNumbered(L: Line, i: number, E: number | null): boolean {
    const top = this.top;
    const N = L.num ?? 0;
    if (!top || L.numForm === "keyword" || L.inferred === true) return false;
    if (top.style === "numbered") {
      if (N !== top.numberedNext) return false;
      // Ambiguous ("2." continues the sub-list and is also the next point): a line less indented than the
      // sub-list belongs to the outer list.
      return !(N === E && L.indent < top.numberedIndent);
    }
    if (N !== 1 || E === null || E <= 1 || this.headingSinceTop) return false;
    const intro = this.last ?? top.clause;
    // Numbering that restarts at 1 and goes on with 2 inside a list is a sub-list even without a colon.
    return endsWithColon(this.sink.tail(intro)) || L.indent > top.indent || this.numberAhead[i] === 2;
  }

  private acceptTop(L: Line, i: number, E: number | null): boolean {
    const N = L.num ?? 0;
    if (N < 1) return false;
    // A bare "7 Ukraine…" is trusted when 7 is due, or when opening a text (or resuming after a gap) and
    // the next labelled line confirms it ("8- NATO…").
    if (L.numForm === "bare") return N === (E ?? 1) || ((E === null || this.gapSinceTop) && this.numberAhead[i] === N + 1);
    if (L.numForm === "keyword") return E === null || N === E || (this.gapSinceTop && N > (this.lastTop ?? 0));
    if (E === null) return N <= MAX_JUMP_AFTER_GAP;
    if (N === E) return true;
    // "…under Article\n5. The…": a number right after a line that stops mid-sentence is running text.
    const prev = this.lastLine;
    if (prev && prev.block === L.block && !endsAtStop(prev.content)) return false;
    if (N > E) return N - E <= (this.gapSinceTop ? MAX_JUMP_AFTER_GAP : MAX_JUMP);
    return true; // printed twice or out of order: kept as printed, with a warning
  }

  private startTop(L: Line, i: number, printed: number, label: string, text: string, fromNote: boolean): void {
    const E = this.expected();
    let num = printed;
    if (E !== null && printed < E) {
      if (printed === this.lastTop && this.numberAhead[i] === printed + 2) {
        num = printed + 1;
        this.sink.warn("duplicate-number", L.no, `${printed} printed twice; the second is taken as ${num} (the next point is ${printed + 2})`);
      } else if (printed === this.lastTop) {
        this.sink.warn("duplicate-number", L.no, `${printed} printed twice; kept as printed`);
      } else {
        this.sink.warn("out-of-order", L.no, `point ${printed} follows point ${this.lastTop}`);
      }
    } else if (L.inferred === true) {
      this.sink.warn("inferred-number", L.no, `unnumbered paragraph between points ${printed - 1} and ${printed + 1} taken as point ${printed}`);
    } else if (E !== null && printed > E && !this.gapSinceTop) {
      if (printed === E + 1 && this.topIdx >= 0) this.skips.push({ missing: E, from: this.topIdx, to: i });
      const missing = printed - 1 > E ? `${E}–${printed - 1}` : `${E}`;
      this.sink.warn("missing-number", L.no, `no point ${missing}: the numbering jumps from ${this.lastTop} to ${printed}`);
    }

    this.resolveFloating(num, L);
    const key = this.sink.uniqueKey(String(num));
    const clause = this.sink.add({ key, label, parent: null, text: "", line: L.no });
    const rest = this.setText(clause, text, num + 1);
    clause.deleted = fromNote || isDeletionNote(clause.text, printed);
    this.top = {
      clause,
      num,
      indent: L.indent,
      style: "none",
      unlettered: 0,
      lastLetter: null,
      numberedNext: 1,
      numberedIndent: 0,
      lastSub: null,
      gapInside: false,
    };
    this.lastTop = Math.max(this.lastTop ?? 0, num);
    this.topIdx = i;
    this.gapSinceTop = false;
    this.headingSinceTop = false;
    this.last = clause;
    this.lastLine = L;
    this.points++;
    if (clause.text === "" && rest.length === 0) this.pending = clause;
    this.remainders(rest, L, i);
  }

  /**
   * Paragraphs seen before the first point or right after a gap. The last one becomes point N-1 when it
   * reads as plan text and point N follows (a page that opens mid-list with the number cut off); anything
   * else is kept as interleaved text.
   */
  private resolveFloating(N: number, at: Line): void {
    if (this.floating.length === 0) return;
    const cand = this.floating[this.floating.length - 1];
    const candText = cand ? cand.parts.join(" ") : "";
    const infer =
      cand !== undefined &&
      cand.inferable &&
      N >= 2 &&
      (this.lastTop === null || N - 1 > this.lastTop) &&
      !this.sink.hasKey(String(N - 1)) &&
      isSentenceLike(candText);
    const keep = infer ? this.floating.slice(0, -1) : this.floating;
    this.floating = keep;
    this.flushFloating();
    if (infer && cand) {
      const key = String(N - 1);
      this.sink.add({ key, label: "", parent: null, text: candText, line: cand.line, deleted: isDeletionNote(candText, N - 1) });
      this.sink.warn("inferred-number", cand.line, `unnumbered paragraph before point ${N} (line ${at.no}) taken as point ${N - 1}`);
      this.lastTop = Math.max(this.lastTop ?? 0, N - 1);
    }
  }

  private flushFloating(): void {
    const why = this.lastTop === null ? "text before the first point" : "text after a gap, not attached to a point";
    for (const f of this.floating) this.sink.interleaved(f.line, f.parts.join(" "), why);
    this.floating = [];
  }

  // ---- sub-points ----------------------------------------------------------------------------------

  private addSub(L: Line, i: number, key: string, parent: string, style: SubStyle): ParsedClause {
    const clause = this.sink.add({ key: this.sink.uniqueKey(key), label: L.label, parent, text: "", line: L.no });
    const rest = this.setText(clause, L.text, this.expected());
    clause.deleted = isDeletionNote(clause.text);
    if (this.top && parent === this.top.clause.key) this.top.lastSub = { clause, indent: L.indent, style, children: 0 };
    this.last = clause;
    this.lastLine = L;
    if (clause.text === "" && rest.length === 0) this.pending = clause;
    this.remainders(rest, L, i);
    return clause;
  }

  /**
   * A sub-point that introduces a list of its own ("a. A fund covering:") takes the more indented items
   * after it as children ("12.a.1").
   */
  private childParent(L: Line): SubRef | null {
    const ls = this.top?.lastSub ?? null;
    if (!ls || ls.style === "bare" || ls.style === "marker") return null;
    if (!endsWithColon(this.sink.tail(ls.clause)) || L.indent <= ls.indent) return null;
    return ls;
  }

  private onDecimal(L: Line, i: number): void {
    const top = this.top;
    if (!top || L.num !== top.num) {
      this.onText(this.asText(L), i, false);
      return;
    }
    top.style = "decimal";
    this.addSub(L, i, `${top.clause.key}.${L.sub ?? 0}`, top.clause.key, "decimal");
  }

  private onLettered(L: Line, i: number): void {
    const top = this.top;
    const letter = L.letter ?? "";
    const step = top ? letterStep(top.lastLetter, letter) : null;
    // "a." opens a lettered list; later letters must follow in order (a skip of up to two is reported).
    // After a gap inside the point the list may resume at any later letter.
    const ok = top !== null && step !== null && (step === 1 || top.gapInside || (top.lastLetter !== null && step <= 3));
    if (!top || !ok) {
      this.onText(this.asText(L), i, false);
      return;
    }
    if (step !== null && step > 1 && !top.gapInside) {
      this.sink.warn("missing-number", L.no, `sub-point ${top.clause.key}.${nextLetter(top.lastLetter)} not found before ${L.label}`);
    }
    top.lastLetter = letter;
    top.style = "letter";
    this.addSub(L, i, `${top.clause.key}.${letter.toLowerCase()}`, top.clause.key, "letter");
  }

  private onMarker(L: Line, i: number): void {
    const top = this.top;
    if (!top) {
      this.addFloating(L, L.content, false);
      return;
    }
    const parent = this.childParent(L);
    if (parent) {
      this.addSub(L, i, `${parent.clause.key}.${++parent.children}`, parent.clause.key, "marker");
      return;
    }
    top.style = "marker";
    this.addSub(L, i, `${top.clause.key}.${++top.unlettered}`, top.clause.key, "marker");
  }

  // ---- unlabelled text -----------------------------------------------------------------------------

  private addFloating(L: Line, text: string, inferable: boolean): void {
    const prev = this.floating[this.floating.length - 1];
    const prevEnd = prev?.parts[prev.parts.length - 1] ?? "";
    if (prev && inferable && prev.inferable && prev.block === L.block && this.lastLine?.block === L.block && !endsAtStop(prevEnd)) {
      prev.parts.push(text.trim());
    } else {
      this.floating.push({ line: L.no, block: L.block, parts: [text.trim()], inferable });
    }
    this.lastLine = L;
  }

  /** Same block, previous line stops mid-sentence. Strong: the line is plainly the rest of that sentence. */
  private wrap(L: Line): "strong" | "weak" | null {
    const prev = this.lastLine;
    if (!prev || !this.last || prev.block !== L.block || endsAtStop(prev.content)) return null;
    if (L.wrappedBlock || startsLowercase(L.content) || /[,\-–(]$/u.test(prev.content)) return "strong";
    return "weak";
  }

  /** `inferable`: a plain paragraph (not a rejected label) may stand for a point whose number was lost. */
  private onText(L: Line, i: number, inferable = true): void {
    const text = L.content;
    if (isPromoLine(text)) {
      this.sink.interleaved(L.no, text, "page furniture (promo, pagination or series marker)");
      // Not plan text: the line after it cannot be the rest of its sentence ("READ ALSO: …" then "8- NATO…").
      this.lastLine = null;
      return;
    }

    const E = this.expected();
    const top = this.top;
    const noted = deletionNoteNumber(text);
    if (noted !== null && (E === null ? noted >= 1 : noted === E) && this.wrap(L) !== "strong") {
      // "Point 3 of the US plan, which …, is to be removed." — a note standing in the deleted point's slot.
      this.startTop(L, i, noted, "", text, true);
      return;
    }

    if (!top || (this.gapSinceTop && this.last === null)) {
      const { head, segments } = cutAt(text, findRunTogether(text, null, (this.lastTop ?? 0) + 1));
      this.addFloating(L, head, inferable);
      this.remainders(segments, L, i);
      return;
    }

    const wrap = this.wrap(L);
    const last = this.last ?? top.clause;
    if (wrap === "strong") {
      this.appendSplit(last, text, " ", L, i);
      return;
    }

    const opensList = top.style === "none" && this.last === top.clause && endsWithColon(this.sink.tail(top.clause));
    const unpunctuatedList = top.style === "bare" && !endsAtStop(this.sink.tail(last));
    if (isHeadingLike(text) && this.headingAllowed[i] === true && !opensList && !unpunctuatedList) {
      this.sink.interleaved(L.no, text, "heading between points");
      this.headingSinceTop = true;
      this.lastLine = null;
      return;
    }

    const child = this.childParent(L);
    if (child && this.last === child.clause) {
      this.addSub({ ...L, label: "" }, i, `${child.clause.key}.${++child.children}`, child.clause.key, "bare");
      return;
    }
    // Bare lines are sub-items under a point that ends with ':' ("10. US guarantee:"), once a bare list has
    // started, or when indented under a point that has no other kind of sub-item.
    const bareList =
      opensList ||
      (top.style === "bare" && !startsLowercase(text)) ||
      ((top.style === "none" || top.style === "bare") && L.indent > top.indent);
    if (bareList) {
      top.style = "bare";
      this.addSub({ ...L, label: "" }, i, `${top.clause.key}.${++top.unlettered}`, top.clause.key, "bare");
      return;
    }

    if (wrap === "weak") {
      this.appendSplit(last, text, " ", L, i);
      return;
    }

    const warnKey = `${last.key}@${L.block}`;
    if (!this.continuationWarned.has(warnKey)) {
      this.continuationWarned.add(warnKey);
      this.sink.warn("continuation", L.no, `unnumbered paragraph appended to ${last.key}: ${quote(text, 60)}`);
    }
    this.appendSplit(last, text, "\n", L, i);
  }

  private appendSplit(target: ParsedClause, text: string, sep: " " | "\n", L: Line, i: number): void {
    const { head, segments } = cutAt(text, findRunTogether(text, this.expected()));
    this.sink.append(target, head, sep);
    this.last = target;
    this.lastLine = L;
    this.remainders(segments, L, i);
  }
}

/**
 * The line that most likely is point `missing`, printed without its number between the lines `from` and
 * `to` of the points before and after it, or -1. A candidate starts a paragraph of its own (it is not the
 * wrapped rest of a sentence), is not indented deeper than the points, starts like a sentence, and reads as
 * a full sentence or introduces a list (“Territories:”). Of several, the last one that introduces a list
 * wins (its sub-items follow it), else the last one (the point before may have unlabelled sub-items).
 */
function lostNumberLine(lines: readonly Line[], from: number, to: number): number {
  const pointIndent = Math.max(lines[from]?.indent ?? 0, lines[to]?.indent ?? 0);
  let prev: Line | null = lines[from] ?? null;
  let best = -1;
  let bestIntro = -1;
  for (let j = from + 1; j < to; j++) {
    const L = lines[j];
    if (!L || L.kind === "blank" || L.kind === "separator") continue;
    if (L.kind === "gap") return -1;
    const startsUnit = prev === null || prev.block !== L.block || endsAtStop(prev.content) || isPromoLine(prev.content);
    // An editor's note wholly in brackets ("(Point 10 was not published.)") is not the lost point.
    const aside = /^[([].*[)\]][.;]?$/u.test(L.content);
    if (L.kind === "text" && startsUnit && !aside && L.indent <= pointIndent && !isPromoLine(L.content) && !startsLowercase(L.content)) {
      // The paragraph the line opens: it and the lines that continue its sentence.
      let text = L.content;
      for (let k = j + 1; k < to; k++) {
        const next = lines[k];
        if (!next || next.kind !== "text" || next.block !== L.block || endsAtStop(text)) break;
        text = `${text} ${next.content}`;
      }
      if (endsWithColon(text)) bestIntro = j;
      else if (isSentenceLike(text)) best = j;
    }
    prev = L;
  }
  return bestIntro >= 0 ? bestIntro : best;
}

/**
 * Build the clause tree of a numbered text; returns the clauses and how many numbered points were found.
 * When the numbering skips exactly one point and a paragraph between its neighbours reads as that point
 * (its number was lost in copying: "4. …", "Ukraine will receive …", "6. …"), the text is read again with
 * that paragraph taken as the missing point, reported as `inferred-number`.
 */
export function buildNumbered(lines: readonly Line[]): { sink: ClauseSink; points: number } {
  const first = new NumberedBuilder(lines, new ClauseSink());
  first.run();
  let inferred: Line[] | null = null;
  for (const skip of first.skips) {
    const j = lostNumberLine(lines, skip.from, skip.to);
    const L = lines[j];
    if (!L) continue;
    inferred ??= [...lines];
    inferred[j] = { ...L, kind: "numbered", label: "", text: L.content, num: skip.missing, numForm: "delimited", inferred: true };
  }
  if (!inferred) return { sink: first.sink, points: first.points };
  const second = new NumberedBuilder(inferred, new ClauseSink());
  second.run();
  return { sink: second.sink, points: second.points };
}
