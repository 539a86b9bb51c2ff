import { describe, expect, it } from "vitest";
import { align } from "./index";
import { scoreLinks } from "./gold";
import { syntheticPair } from "./synthetic";

describe("align on generated documents", () => {
  // A generous limit, not a timing assertion: the machine may be busy (figures are in `npm run bench`).
  it("aligns 2,000 × 2,000 clauses: every clause in exactly one link, kinds mostly right", { timeout: 60_000 }, () => {
    const { from, to, truth } = syntheticPair(2000, 3);
    expect(from).toHaveLength(2000);
    const { links } = align(from, to);
    const fromKeys = links.flatMap((l) => l.from);
    const toKeys = links.flatMap((l) => l.to);
    expect(fromKeys.sort()).toEqual(from.map((c) => c.key).sort());
    expect(toKeys.sort()).toEqual(to.map((c) => c.key).sort());
    // One link per edit the generator made, give or take a few mistakes.
    expect(Math.abs(links.length - truth.length)).toBeLessThan(truth.length * 0.02);
    const score = scoreLinks(links, truth.map((t) => ({ from: t.from, to: t.to, kind: t.family, family: t.family, evidence: "T" })));
    expect(score.f1).toBeGreaterThan(0.95);
  });

  it("is deterministic", () => {
    const a = syntheticPair(50, 9);
    const b = syntheticPair(50, 9);
    expect(a).toEqual(b);
    expect(align(a.from, a.to)).toEqual(align(b.from, b.to));
  });
});
