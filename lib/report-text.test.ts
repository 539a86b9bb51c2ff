import { describe, expect, it } from "vitest";
import { parseReport, segments } from "./report-text";

describe("segments", () => {
  it("splits quotes, URLs and the text between them, dropping only the quote brackets", () => {
    expect(segments("⟦The plan is dead.⟧ — Reuters — https://example.com/a_b?c=1.")).toEqual([
      { kind: "quote", text: "The plan is dead." },
      { kind: "text", text: " — Reuters — " },
      { kind: "url", text: "https://example.com/a_b?c=1" },
      { kind: "text", text: "." },
    ]);
  });

  it("drops the files' explanation of their notation but keeps an empty bracket pair as text elsewhere", () => {
    expect(segments("Quote (verbatim, between ⟦ ⟧): ⟦Yes.⟧")).toEqual([
      { kind: "text", text: "Quote: " },
      { kind: "quote", text: "Yes." },
    ]);
    expect(segments("between ⟦ ⟧ here")).toEqual([{ kind: "text", text: "between ⟦ ⟧ here" }]);
  });

  it("never turns another scheme into a link and keeps markup as plain text", () => {
    const parts = segments('javascript:alert(1) <script>alert("x")</script> ⟦<img src=x onerror=alert(1)>⟧');
    expect(parts.some((p) => p.kind === "url")).toBe(false);
    expect(parts.map((p) => p.text).join("")).toBe('javascript:alert(1) <script>alert("x")</script> <img src=x onerror=alert(1)>');
  });
});

describe("parseReport", () => {
  it("reads a heading, items, and continuation lines", () => {
    const blocks = parseReport("US point 13 (G8)\n   - ⟦In parallel, Russia\n     would rejoin.⟧ — RBC — https://rbc.ua/x\n   - ⟦Second.⟧\n(note: a gloss)");
    expect(blocks.map((b) => b.kind)).toEqual(["heading", "item", "item", "paragraph"]);
    expect(blocks[1]!.segments[0]).toEqual({ kind: "quote", text: "In parallel, Russia would rejoin." });
  });
});
