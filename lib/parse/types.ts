/**
 * The parser's output: a rendition's text turned into a clause tree.
 * Pure data, shared by the import, the aligner, the CLI and the editor.
 */

/** One point or sub-point as the rendition prints it. */
export interface ParsedClause {
  /** Normalised key: "10" for a point, "10.a" for a lettered sub-point, "10.1" for the first unlettered one. */
  key: string;
  /** The label exactly as printed ("10.", "(b)", "1.º", "Point 1", "→", "•", "-"), or "" when nothing was printed. */
  label: string;
  /** Key of the parent point, or null for a top-level point. */
  parent: string | null;
  /** The clause's own text, without its label and without its sub-points' text. */
  text: string;
  /** 1-based line of the rendition body where the clause starts. */
  line: number;
  /** The text breaks off where the stored excerpt ends (it runs into a `[GAP: …]` marker mid-sentence). */
  truncated: boolean;
  /** The rendition says this point was struck out ("3. This point … has been removed"). */
  deleted: boolean;
}

export type ParseWarningCode =
  | "inferred-number" // a point had no number and one was inferred from its neighbours
  | "missing-number" // the numbering skips a point
  | "duplicate-number" // the same number printed twice
  | "out-of-order" // a number smaller than the one before it
  | "run-together" // two points printed on one line were split
  | "interleaved-text" // text that is probably not plan text (heading, promo, commentary); kept, not dropped
  | "continuation" // an unnumbered paragraph was appended to the point before it
  | "unnumbered-list" // the list has no numbers; points were numbered in order
  | "truncated" // a clause breaks off at a gap
  | "empty"; // nothing that looks like a point

export interface ParseWarning {
  code: ParseWarningCode;
  /** 1-based line in the body the warning is about. */
  line: number;
  message: string;
}

/** A `[GAP: not recovered]` marker: a stretch of the original that was not recovered. Not a clause. */
export interface ParseGap {
  line: number;
  /** Key of the last top-level point before the gap, or null when the gap opens the text. */
  afterKey: string | null;
  note: string;
}

export interface ParseResult {
  clauses: ParsedClause[];
  warnings: ParseWarning[];
  gaps: ParseGap[];
}
