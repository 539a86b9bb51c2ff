/**
 * From the parser's clause tree to what the aligner compares: one entry per top-level point, its
 * sub-points' text appended in order (a point's substance often sits in its sub-points, and versions
 * move text between a point and its sub-points). A top-level point marked deleted stays, marked, so
 * the aligner can read it as a removal notice; a deleted sub-point's text is left out.
 */
import type { ParseResult } from "@/lib/parse/types";
import type { AlignClause, EvidenceGrade } from "./types";

export function toAlignClauses(result: ParseResult, meta: { language: string; grade: EvidenceGrade }): AlignClause[] {
  const top = result.clauses.filter((c) => c.parent === null);
  const topKeys = new Set(top.map((c) => c.key));
  const parents = new Map(result.clauses.map((c) => [c.key, c.parent]));
  const rootOf = (key: string | null): string | null => {
    // Sub-sub-points hang under sub-points; walk up to the top-level point.
    let k = key;
    while (k !== null && !topKeys.has(k)) k = parents.get(k) ?? null;
    return k;
  };
  const parts = new Map<string, string[]>(top.map((c) => [c.key, [c.text]]));
  const truncated = new Set(top.filter((c) => c.truncated).map((c) => c.key));
  for (const c of result.clauses) {
    if (c.parent === null) continue;
    const root = rootOf(c.parent);
    if (root === null) continue;
    if (c.truncated) truncated.add(root);
    // A struck-out sub-point is a removal notice, not text of the point.
    if (c.deleted) continue;
    parts.get(root)!.push(c.text);
  }
  const gapAfter = new Set(result.gaps.map((g) => g.afterKey).filter((k): k is string => k !== null).map((k) => rootOf(k) ?? k));
  const gapAtStart = result.gaps.some((g) => g.afterKey === null);

  return top.map((c, i) => {
    const clause: AlignClause = {
      key: c.key,
      text: parts.get(c.key)!.map((t) => t.trim()).filter(Boolean).join(" "),
      grade: meta.grade,
      language: meta.language,
    };
    if (c.deleted) clause.deleted = true;
    if (truncated.has(c.key)) clause.truncated = true;
    if (gapAfter.has(c.key)) clause.gapAfter = true;
    if (i === 0 && gapAtStart) clause.gapBefore = true;
    return clause;
  });
}
