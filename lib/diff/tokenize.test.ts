import { describe, expect, it } from "vitest";
import { joinTokens, tokenize } from "./tokenize";

describe("tokenize", () => {
  it("keeps numbers with thousands separators whole: 600,000 · 600 000 · 600.000", () => {
    const numbers = (s: string) => tokenize(s).filter((t) => t.kind === "number").map((t) => t.text);
    expect(numbers("limited to 600,000 personnel")).toEqual(["600,000"]);
    expect(numbers("limited to 600 000 personnel")).toEqual(["600 000"]);
    expect(numbers("auf 600.000 Soldaten begrenzt")).toEqual(["600.000"]);
    expect(numbers("a 600,000-person limit")).toEqual(["600,000"]);
    // Not thousands: a year next to a count, a decimal, a ratio.
    expect(numbers("in 2025 100 days")).toEqual(["2025", "100"]);
    expect(numbers("1.5 and 50:50")).toEqual(["1.5", "50", "50"]);
  });

  it("words keep inner apostrophes and hyphens; punctuation is its own token", () => {
    expect(tokenize("Ukraine’s non-aggression pact;").map((t) => [t.kind, t.text])).toEqual([
      ["word", "Ukraine’s"],
      ["word", "non-aggression"],
      ["word", "pact"],
      ["punct", ";"],
    ]);
  });

  it("rebuilds the text exactly", () => {
    const text = "  1. Ukraine’s sovereignty will be confirmed.\n\n  2. A <b>non-aggression</b> pact — 30 years;  ";
    expect(joinTokens(tokenize(text))).toBe(text);
  });
});
