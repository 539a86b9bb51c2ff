/**
 * Collects the parse result: clauses with unique keys, warnings, gaps. Shared by the numbered and the
 * unnumbered tree builders so that both report in the same way.
 */
import { endsMidSentence } from "./text-shape";
import type { ParsedClause, ParseGap, ParseResult, ParseWarning, ParseWarningCode } from "./types";

/** Quote a piece of text in a message, shortened so that a warning stays one readable line. */
export function quote(text: string, max = 120): string {
  const t = text.replace(/\s+/gu, " ").trim();
  return `"${t.length > max ? `${t.slice(0, max - 1)}…` : t}"`;
}

export class ClauseSink {
  readonly clauses: ParsedClause[] = [];
  readonly warnings: ParseWarning[] = [];
  readonly gaps: ParseGap[] = [];
  private readonly keys = new Set<string>();
  /**
   * Text appended to a clause after it was created (wrapped lines, continuation paragraphs), joined once in
   * result(). Appending to a growing string and re-reading its end per line would be quadratic on a point
   * with thousands of continuation lines; the builders only need the start (set at creation) and the end.
   */
  private readonly appended = new Map<ParsedClause, string[]>();
  private readonly tails = new Map<ParsedClause, string>();

  /**
   * A key as printed, made unique when the same number or letter is printed twice ("5", then "5~2"):
   * keys must identify clauses, and renumbering silently would hide what the page printed.
   */
  uniqueKey(base: string): string {
    if (!this.keys.has(base)) return base;
    for (let k = 2; ; k++) {
      const candidate = `${base}~${k}`;
      if (!this.keys.has(candidate)) return candidate;
    }
  }

  hasKey(key: string): boolean {
    return this.keys.has(key);
  }

  add(c: Omit<ParsedClause, "truncated" | "deleted"> & Partial<Pick<ParsedClause, "truncated" | "deleted">>): ParsedClause {
    const clause: ParsedClause = {
      key: c.key,
      label: c.label,
      parent: c.parent,
      text: c.text.trim(),
      line: c.line,
      truncated: c.truncated ?? false,
      deleted: c.deleted ?? false,
    };
    this.keys.add(clause.key);
    this.clauses.push(clause);
    return clause;
  }

  warn(code: ParseWarningCode, line: number, message: string): void {
    this.warnings.push({ code, line, message });
  }

  /** Text that is kept out of the clauses (heading, promo, commentary): recorded in full, never dropped. */
  interleaved(line: number, text: string, why: string): void {
    this.warn("interleaved-text", line, `${why}; kept aside, not plan text: "${text.trim()}"`);
  }

  /** Append a wrapped line (" ") or a further paragraph ("\n") to a clause. */
  append(clause: ParsedClause, text: string, separator: " " | "\n"): void {
    const t = text.trim();
    if (!t) return;
    if (clause.text === "" && !this.appended.has(clause)) {
      clause.text = t;
      return;
    }
    const list = this.appended.get(clause) ?? [];
    list.push(separator, t);
    this.appended.set(clause, list);
    this.tails.set(clause, t);
  }

  /** The end of a clause's text so far (its last appended piece): enough to see how the text ends. */
  tail(clause: ParsedClause): string {
    return this.tails.get(clause) ?? clause.text;
  }

  /** A gap marker; the clause just before it breaks off if it ends mid-sentence. */
  gap(line: number, note: string, afterKey: string | null, last: ParsedClause | null): void {
    const end = last ? this.tail(last) : "";
    if (last && endsMidSentence(end)) {
      last.truncated = true;
      this.warn("truncated", line, `clause ${last.key} breaks off at a gap: …${quote(end.slice(-60))}`);
    }
    this.gaps.push({ line, afterKey, note });
  }

  result(): ParseResult {
    for (const [clause, parts] of this.appended) clause.text = `${clause.text}${parts.join("")}`.trim();
    this.appended.clear();
    this.tails.clear();
    return { clauses: this.clauses, warnings: this.warnings, gaps: this.gaps };
  }
}
