import { describe, expect, it } from "vitest";
import { deriveKeys, indentItem, labelLetter, labelNumber, leadingLabel, mergeWithNext, outdentItem, parentIndexes, splitItem, TreeError, type TreeItem } from "./tree";

const point = (id: number, label: string, text: string, depth: 0 | 1 = 0): TreeItem => ({ id, label, text, depth, role: "point" });

const draft: TreeItem[] = [
  point(1, "1.", "Ukraine's sovereignty will be confirmed."),
  point(2, "2.", "A ceasefire along the line of contact. 3. Security guarantees modelled on Article 5."),
  point(3, "4.", "Sanctions relief in stages."),
  point(4, "a)", "first stage", 1),
  point(5, "b)", "second stage", 1),
  point(6, "5.", "Elections within 100 days."),
];

describe("labels", () => {
  it("reads the number or letter a label prints", () => {
    expect(labelNumber("10.")).toBe(10);
    expect(labelNumber("Point 3")).toBe(3);
    expect(labelNumber("١.")).toBe(1);
    expect(labelNumber("•")).toBeNull();
    expect(labelLetter("(b)")).toBe("b");
    expect(labelLetter("c.")).toBe("c");
    expect(labelLetter("г)")).toBe("г");
    expect(labelLetter("10.")).toBeNull();
  });

  it("takes the label printed at the start of a split-off text", () => {
    expect(leadingLabel(" 3. Security guarantees")).toEqual({ label: "3.", rest: "Security guarantees" });
    expect(leadingLabel("(b) second")).toEqual({ label: "(b)", rest: "second" });
    expect(leadingLabel("– a dash item")).toEqual({ label: "–", rest: "a dash item" });
    expect(leadingLabel("Security guarantees")).toEqual({ label: "", rest: "Security guarantees" });
    expect(leadingLabel("6 Elections shall be held")).toEqual({ label: "6", rest: "Elections shall be held" });
  });
});

describe("deriveKeys", () => {
  it("uses printed numbers and letters", () => {
    expect(deriveKeys(draft)).toEqual(["1", "2", "4", "4.a", "4.b", "5"]);
  });

  it("numbers an unnumbered point after the previous one when that number is free", () => {
    const keys = deriveKeys([point(1, "1.", "a"), point(2, "", "b"), point(3, "•", "c"), point(4, "5.", "d"), point(5, "", "e", 1), point(6, "", "f", 1)]);
    expect(keys).toEqual(["1", "2", "3", "5", "5.1", "5.2"]);
  });

  it("never renumbers printed points: an unnumbered point before a printed number is keyed after the point before it", () => {
    const keys = deriveKeys([point(1, "1.", "a"), point(2, "", "b"), point(3, "•", "c"), point(4, "2.", "d"), point(5, "", "e"), point(6, "", "f")]);
    expect(keys).toEqual(["1", "1b", "1c", "2", "3", "4"]);
    expect(new Set(keys).size).toBe(keys.length);
  });

  it("keys a repeated printed number apart", () => {
    expect(deriveKeys([point(1, "1.", "a"), point(2, "2.", "b"), point(3, "2.", "c"), point(4, "3.", "d")])).toEqual(["1", "2", "2b", "3"]);
  });

  it("treats a sub-point with no point before it as a point; keeps reports apart", () => {
    expect(deriveKeys([point(1, "a)", "x", 1), { id: 2, label: "", text: "r", depth: 0, role: "report" }, point(3, "2.", "y")])).toEqual(["1", "r1", "2"]);
  });

  it("handles 5,000 points quickly", () => {
    const many = Array.from({ length: 5_000 }, (_, i) => point(i + 1, `${i + 1}.`, `text ${i}`));
    const started = performance.now();
    const keys = deriveKeys(many);
    expect(keys[4_999]).toBe("5000");
    expect(performance.now() - started).toBeLessThan(1_000);
  });
});

describe("splitItem", () => {
  it("splits a run-together point, the new clause taking the printed label", () => {
    const at = draft[1]!.text.indexOf("3.");
    const next = splitItem(draft, 1, at);
    expect(next.map((c) => [c.label, c.text])).toEqual([
      ["1.", "Ukraine's sovereignty will be confirmed."],
      ["2.", "A ceasefire along the line of contact."],
      ["3.", "Security guarantees modelled on Article 5."],
      ["4.", "Sanctions relief in stages."],
      ["a)", "first stage"],
      ["b)", "second stage"],
      ["5.", "Elections within 100 days."],
    ]);
    expect(next[2]!.id).toBeNull();
    expect(deriveKeys(next)).toEqual(["1", "2", "3", "4", "4.a", "4.b", "5"]);
  });

  it("refuses a split with no text on one side, or outside the text", () => {
    expect(() => splitItem(draft, 0, 0)).toThrow(TreeError);
    expect(() => splitItem(draft, 0, draft[0]!.text.length)).toThrow(/text on both sides/);
    expect(() => splitItem(draft, 0, 999)).toThrow(/outside the clause/);
    expect(() => splitItem(draft, 42, 1)).toThrow(/no longer in the draft/);
  });
});

describe("mergeWithNext", () => {
  it("undoes a wrong split, keeping the printed label inside the text", () => {
    const wrong = [point(1, "4.", "Guarantees modelled on Article"), point(2, "5", "of the NATO treaty."), point(3, "6.", "Next.")];
    const merged = mergeWithNext(wrong, 0);
    expect(merged.map((c) => c.text)).toEqual(["Guarantees modelled on Article 5 of the NATO treaty.", "Next."]);
    expect(deriveKeys(merged)).toEqual(["4", "6"]);
  });

  it("refuses to merge the last clause", () => {
    expect(() => mergeWithNext(draft, draft.length - 1)).toThrow(/last clause/);
  });
});

describe("indent and outdent", () => {
  it("indents a point under the point before it", () => {
    const next = indentItem(draft, 5);
    expect(parentIndexes(next)).toEqual([null, null, null, 2, 2, 2]);
    expect(deriveKeys(next)).toEqual(["1", "2", "4", "4.a", "4.b", "4.3"]);
  });

  it("outdents a sub-point: the sub-points after it become its own", () => {
    const next = outdentItem(draft, 3);
    expect(parentIndexes(next)).toEqual([null, null, null, null, 3, null]);
  });

  it("refuses what the tree cannot hold", () => {
    expect(() => indentItem(draft, 0)).toThrow(/first point cannot be a sub-point/);
    expect(() => indentItem(draft, 3)).toThrow(/already a sub-point/);
    expect(() => outdentItem(draft, 0)).toThrow(/already a point/);
  });
});
