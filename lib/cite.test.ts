import { describe, expect, it } from "vitest";
import { citationText, clauseAnchorPath, clausePagePath, contentHash } from "./cite";

describe("citing a clause", () => {
  it("hashes the text shown, NFC-normalised, to 10 hex digits", () => {
    const text = "The size of the Ukrainian Armed Forces will be limited to 600,000 personnel.";
    expect(contentHash(text)).toMatch(/^[0-9a-f]{10}$/);
    expect(contentHash(text)).not.toBe(contentHash(text.replace("600,000", "800,000")));
    expect(contentHash("Záporoží")).toBe(contentHash("Za\u0301poroz\u030Ci\u0301"));
  });

  it("builds both permalinks and a readable citation", () => {
    expect(clauseAnchorPath("us-28-draft", "10.a")).toBe("/versions/us-28-draft#clause-10.a");
    expect(clausePagePath("us-28-draft", "10.a")).toBe("/versions/us-28-draft/clauses/10.a");
    expect(
      citationText({ versionTitle: "US 28-point draft", party: "United States", date: "20 Nov 2025", label: "6.", key: "6", url: "https://x/versions/us-28-draft/clauses/6", hash: "0123456789", accessed: "2026-11-23" }),
    ).toBe("US 28-point draft (United States, 20 Nov 2025), point 6. Pointwise, https://x/versions/us-28-draft/clauses/6 (text sha256:0123456789, accessed 2026-11-23).");
  });
});

describe("contentHash of nothing", () => {
  it("is null: a point not recovered has no text to prove", () => {
    expect(contentHash("")).toBeNull();
    expect(contentHash("  \n")).toBeNull();
  });
});
