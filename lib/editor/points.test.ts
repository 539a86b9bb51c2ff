import { describe, expect, it } from "vitest";
import { parseRendition } from "@/lib/parse";
import { pointsProblem } from "./points";

describe("pointsProblem", () => {
  it("accepts numbered points, bullets and several paragraphs", () => {
    expect(pointsProblem(parseRendition("1. One.\n2. Two."), false)).toBeNull();
    expect(pointsProblem(parseRendition("- One thing.\n- Another thing."), false)).toBeNull();
    expect(pointsProblem(parseRendition("The first paragraph of the text.\n\nThe second paragraph of the text."), false)).toBeNull();
  });

  it("refuses a text with nothing that looks like a point", () => {
    expect(pointsProblem(parseRendition("* * *\n\n---\n\n[GAP: not recovered]"), false)).toMatch(/^No points found: nothing in the text looks like a point/);
  });

  it("refuses one unnumbered paragraph, unless it is a collection of reports", () => {
    const one = parseRendition("The parties will negotiate in good faith.");
    expect(pointsProblem(one, false)).toMatch(/one paragraph with no numbered, lettered or bulleted points/);
    expect(pointsProblem(one, true)).toBeNull();
  });

  it("accepts a single numbered point (a rendition of one point)", () => {
    expect(pointsProblem(parseRendition("15. A joint security working group will be established."), false)).toBeNull();
  });
});
