import { describe, expect, it } from "vitest";
import type { ParsedClause, ParseResult } from "@/lib/parse/types";
import { toAlignClauses } from "./from-parse";

const pc = (key: string, text: string, parent: string | null, extra: Partial<ParsedClause> = {}): ParsedClause => ({
  key,
  label: parent ? "a." : `${key}.`,
  parent,
  text,
  line: 1,
  truncated: false,
  deleted: false,
  ...extra,
});

describe("toAlignClauses", () => {
  // E3 points 9–10 as open-kg prints them (eu-counter-proposal--open-kg), the page breaking off in 12.
  const result: ParseResult = {
    clauses: [
      pc("3", "Removal of the clause that required Russia to refrain from invading neighboring countries and NATO from expanding.", null, { deleted: true }),
      pc("10", "U.S. guarantees similar to NATO Article 5:", null),
      pc("10.a", "The U.S. will receive compensation for providing such guarantees.", "10"),
      pc("10.b", "Ukraine will lose these guarantees if it invades Russia.", "10"),
      pc("10.c", "The clause on compensation has been removed.", "10", { deleted: true }),
      pc("11", "Ukraine will be able to apply for EU membership.", null),
      pc("12", "A comprehensive recovery plan for Ukraine, which includes:", null),
      pc("12.a", "Establishment of a De", "12", { truncated: true }),
    ],
    warnings: [],
    gaps: [{ line: 9, afterKey: "12.a", note: "not recovered" }],
  };

  it("one entry per top-level point, sub-points appended in order (struck-out sub-points left out)", () => {
    const clauses = toAlignClauses(result, { language: "en", grade: "paraphrase" });
    expect(clauses.map((c) => c.key)).toEqual(["3", "10", "11", "12"]);
    expect(clauses[1]).toEqual({
      key: "10",
      text: "U.S. guarantees similar to NATO Article 5: The U.S. will receive compensation for providing such guarantees. Ukraine will lose these guarantees if it invades Russia.",
      grade: "paraphrase",
      language: "en",
    });
  });

  it("carries deleted, truncation (from a sub-point) and gaps (after a sub-point, or at the start)", () => {
    const clauses = toAlignClauses(result, { language: "en", grade: "verbatim" });
    expect(clauses[0]!.deleted).toBe(true);
    expect(clauses[3]).toMatchObject({ key: "12", truncated: true, gapAfter: true });
    expect(clauses[2]!.gapAfter).toBeUndefined();
    const leading = toAlignClauses({ ...result, gaps: [{ line: 1, afterKey: null, note: "" }] }, { language: "en", grade: "verbatim" });
    expect(leading[0]!.gapBefore).toBe(true);
  });
});
