import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { familyOf, goldFamily, parseGoldCsv, rowApplies, scoreLinks } from "./gold";
import type { AlignLink, LinkKind } from "./types";

const link = (from: string[], to: string[], kind: LinkKind): AlignLink => ({
  from,
  to,
  kind,
  score: 1,
  flags: [],
  evidence: { similarity: 1, sharedNumbers: [], changedNumbers: { from: [], to: [] }, sharedNames: [], labelMatch: true, crossLanguage: false, notes: [] },
});

describe("gold", () => {
  const gold = parseGoldCsv(readFileSync(path.join(__dirname, "../../prisma/seed/gold/us-28-draft__eu-counter-proposal.csv"), "utf8"));

  it("reads the repo's gold CSV: 28 rows, 9 of them T (US 1–9, 3 removed)", () => {
    expect(gold).toHaveLength(28);
    const t = gold.filter((r) => r.evidence === "T");
    expect(t.map((r) => r.from[0])).toEqual(["1", "2", "3", "4", "5", "6", "7", "8", "9"]);
    expect(t[2]).toEqual({ from: ["3"], to: [], kind: "removed", family: "removed", evidence: "T" });
    expect(gold.find((r) => r.from[0] === "12")!.family).toBe("same"); // "unchanged (as far as visible)"
    expect(gold.find((r) => r.from[0] === "15")!.family).toBeNull(); // "?"
  });

  it("reads the renumbered gold (28 → 20-point plan): the split 12 → 8+9, the added 10, a moved point", () => {
    const plan20 = parseGoldCsv(readFileSync(path.join(__dirname, "../../prisma/seed/gold/us-28-draft__plan-20.csv"), "utf8"));
    expect(plan20.find((r) => r.from[0] === "12")).toMatchObject({ to: ["8", "9"], family: "changed", evidence: "T" });
    expect(plan20.find((r) => r.from.length === 0)).toMatchObject({ to: ["10"], family: "added", evidence: "T" });
    expect(plan20.find((r) => r.from[0] === "16")).toMatchObject({ to: ["6"], family: "same" });
    expect(plan20.filter((r) => r.evidence === "T")).toHaveLength(17);
  });

  it("families: reworded/moved count as unchanged; merged/split as changed; unknown is no claim", () => {
    expect(goldFamily("substantively changed (unsure)")).toBe("changed");
    expect(goldFamily("split into 8,9")).toBe("changed");
    expect(familyOf("moved")).toBe("same");
    expect(familyOf("split")).toBe("changed");
    expect(familyOf("unknown")).toBeNull();
  });

  it("scores links on the T rows: a wrong kind family or wrong keys is a miss and a false positive", () => {
    const links = [
      link(["1"], ["1"], "reworded"),
      link(["2"], ["2"], "reworded"), // should be changed
      link(["3"], [], "removed"),
      ...["4", "6", "7", "8", "9"].map((k) => link([k], [k], "changed")),
      link(["5"], ["6"], "unchanged"), // wrong partner
      link(["10"], ["10"], "changed"), // not a T row: outside precision
      link(["11"], [], "unknown"),
    ];
    const s = scoreLinks(links, gold);
    expect(s).toMatchObject({ rows: 9, truePositives: 7, falsePositives: 2, falseNegatives: 2 });
    expect(s.precision).toBeCloseTo(7 / 9);
    expect(s.f1).toBeCloseTo(7 / 9);
  });

  it("only rows both texts show are scored", () => {
    const row = gold.find((r) => r.from[0] === "3")!;
    expect(rowApplies(row, { fromKeys: new Set(["2", "3", "4"]), toKeys: new Set(["2", "4"]) })).toBe(true);
    expect(rowApplies(row, { fromKeys: new Set(["2", "3", "4"]), toKeys: new Set(["1", "2"]) })).toBe(false);
    const s = scoreLinks([link(["1"], ["1"], "reworded")], gold, { fromKeys: new Set(["1"]), toKeys: new Set(["1"]) });
    expect(s).toMatchObject({ rows: 1, truePositives: 1, precision: 1, recall: 1, f1: 1 });
  });
});
