/**
 * The parser: a rendition's text → a clause tree, with warnings for everything it was unsure of.
 *
 * Two passes. Pass 1 (`classify`) reads each line on its own: label forms, markers, gaps, headings.
 * Pass 2 builds the tree. Numbered texts go through `numbered`, which always knows which number comes
 * next and uses that to accept odd label forms, split run-together points and keep running text intact.
 * Texts without any number go through `unnumbered` (one item or paragraph per point).
 *
 * Pure TypeScript: no framework or I/O imports, so the import job, the CLI, the editor and tests share it.
 */
import { classifyLines } from "./classify";
import { buildNumbered } from "./numbered";
import { hasInlineChain } from "./run-together";
import { ClauseSink } from "./sink";
import type { ParseResult } from "./types";
import { buildUnnumbered } from "./unnumbered";

export { splitFrontMatter, type FrontMatterSplit } from "./front-matter";
export type { ParsedClause, ParseGap, ParseResult, ParseWarning, ParseWarningCode } from "./types";

export function parseRendition(body: string): ParseResult {
  const lines = classifyLines(body);
  const hasText = lines.some((l) => l.kind !== "blank" && l.kind !== "separator" && l.kind !== "gap");

  let sink = new ClauseSink();
  if (hasText) {
    // A text is numbered if any line starts with a point label, or a paragraph runs a numbered list inline.
    const numbered =
      lines.some((l) => l.kind === "numbered" && (l.numForm !== "bare" || l.num === 1)) ||
      lines.some((l) => l.kind !== "blank" && hasInlineChain(l.content));
    const built = numbered ? buildNumbered(lines) : null;
    if (built && built.points > 0) sink = built.sink;
    else {
      // The numbers seen were not point numbers (a stray "2025." in a dash list): read it as unnumbered.
      sink = new ClauseSink();
      buildUnnumbered(lines, sink);
    }
  } else {
    for (const l of lines) if (l.kind === "gap") sink.gap(l.no, l.gapNote ?? "", null, null);
  }

  if (sink.clauses.length === 0) {
    sink.warn("empty", 1, hasText ? "nothing that looks like a point" : "the text is empty");
  }
  return sink.result();
}
