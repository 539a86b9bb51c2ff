import { describe, expect, it } from "vitest";
import { wordDiff, type DiffPart } from "./index";
import { joinSegments, segments, sideParts, SEGMENT_SEPARATOR } from "./segments";

function diff(a: string, b: string): DiffPart[] {
  const r = wordDiff(a, b);
  if (r.status !== "ok") throw new Error(r.reason);
  return r.parts;
}
const spell = (parts: DiffPart[] | null) => (parts ?? []).map((p) => p.text).join("");

describe("sideParts", () => {
  it("spells each side exactly, whitespace and segment separators included", () => {
    const a = joinSegments(["The U.S. guarantee:", "compensation for the guarantee;", "lose the guarantee"]);
    const b = joinSegments(["A guarantee consistent with Article 5:", "lose these guarantees"]);
    const parts = diff(a, b);
    expect(spell(sideParts(parts, "from", a))).toBe(a);
    expect(spell(sideParts(parts, "to", b))).toBe(b);
  });

  it("keeps the older side's line break where the diff kept only the newer side's space", () => {
    const a = `alpha beta${SEGMENT_SEPARATOR}gamma delta`;
    const b = "alpha zeta delta";
    const from = sideParts(diff(a, b), "from", a);
    expect(spell(from)).toBe(a);
    expect(from?.map((p) => p.op)).toEqual(["equal", "delete", "equal"]);
    expect(segments(from!)).toHaveLength(2);
  });

  it("marks only the side's own changes", () => {
    const a = "limited to 600,000 personnel.";
    const b = "limited to 800,000 personnel.";
    const parts = diff(a, b);
    expect(sideParts(parts, "from", a)?.filter((p) => p.op !== "equal").map((p) => [p.op, p.text])).toEqual([["delete", "600,000"]]);
    expect(sideParts(parts, "to", b)?.filter((p) => p.op !== "equal").map((p) => [p.op, p.text])).toEqual([["insert", "800,000"]]);
  });

  it("each side keeps its own typography where the diff saw none (’ against ')", () => {
    const r = wordDiff("Ukraine's sovereignty will be confirmed.", "Ukraine’s sovereignty will be reaffirmed.");
    if (r.status !== "ok") throw new Error("diff failed");
    expect(sideParts(r.parts, "from", "Ukraine's sovereignty will be confirmed.")!.map((p) => p.text).join("")).toBe("Ukraine's sovereignty will be confirmed.");
    expect(sideParts(r.parts, "to", "Ukraine’s sovereignty will be reaffirmed.")!.map((p) => p.text).join("")).toBe("Ukraine’s sovereignty will be reaffirmed.");
  });

  it("refuses parts that do not spell the text", () => {
    expect(sideParts([{ op: "equal", text: "other words" }], "from", "some words")).toBeNull();
  });
});

describe("segments", () => {
  it("cuts at the separator and drops it", () => {
    const parts: DiffPart[] = [
      { op: "equal", text: `own text${SEGMENT_SEPARATOR}first ` },
      { op: "insert", text: `sub${SEGMENT_SEPARATOR}second` },
    ];
    expect(segments(parts)).toEqual([
      [{ op: "equal", text: "own text" }],
      [{ op: "equal", text: "first " }, { op: "insert", text: "sub" }],
      [{ op: "insert", text: "second" }],
    ]);
  });

  it("joinSegments never lets a text's own separator cut it", () => {
    expect(segments([{ op: "equal", text: joinSegments([`a${SEGMENT_SEPARATOR}b`, "c"]) }])).toHaveLength(2);
  });
});
