/**
 * Does a parse hold points at all? The rule for a pasted text, shared by the server (which refuses)
 * and the form's live preview (which warns), so both say the same thing. Pure.
 */
import type { ParseResult } from "@/lib/parse/types";
import { MAX_CLAUSES } from "./text-input";

const NF = new Intl.NumberFormat("en-GB");

/**
 * Why this parse cannot be a draft's clause tree, or null. `reportCollection`: the text collects press
 * reports (quotes between ⟦ ⟧), where one unnumbered item is a normal thing.
 */
export function pointsProblem(parse: ParseResult, reportCollection: boolean): string | null {
  if (parse.clauses.length === 0) {
    return "No points found: nothing in the text looks like a point (numbered or lettered lines, bullets, or paragraphs of text). Check that you pasted the draft's text.";
  }
  const only = parse.clauses[0]!;
  if (parse.clauses.length === 1 && only.label === "" && !reportCollection) {
    return "No points found: the text is one paragraph with no numbered, lettered or bulleted points. Paste the draft's list of points (“1. …”, “2. …”).";
  }
  if (parse.clauses.length > MAX_CLAUSES) {
    return `The text has ${NF.format(parse.clauses.length)} points; the limit is ${NF.format(MAX_CLAUSES)} per text. Split it into several renditions.`;
  }
  return null;
}
