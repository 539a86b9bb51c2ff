import { describe, expect, it } from "vitest";
import { kindsFor, linkShapeProblem } from "./link-shape";

describe("link shapes", () => {
  it("accepts the shapes of the design's link kinds", () => {
    expect(linkShapeProblem("unchanged", 1, 1)).toBeNull();
    expect(linkShapeProblem("merged", 2, 1)).toBeNull();
    expect(linkShapeProblem("split", 1, 3)).toBeNull();
    expect(linkShapeProblem("removed", 1, 0)).toBeNull();
    expect(linkShapeProblem("added", 0, 1)).toBeNull();
  });

  it("explains a kind that does not fit", () => {
    expect(linkShapeProblem("added", 1, 1)).toMatch(/“Added” has nothing before and one later clause; this link has 1 earlier and 1 later clause/);
    expect(linkShapeProblem("merged", 1, 1)).toMatch(/two or three earlier clauses/);
    expect(linkShapeProblem("unknown", 0, 0)).toMatch(/at least one clause/);
  });

  it("lists the kinds a link can take", () => {
    expect(kindsFor(1, 1)).toEqual(["unchanged", "reworded", "changed", "moved", "unknown"]);
    expect(kindsFor(0, 1)).toEqual(["added", "unknown"]);
  });
});
