import { describe, expect, it } from "vitest";
import { diffStats, wordDiff, type DiffPart } from "./index";

const oldText = (parts: DiffPart[]) => parts.filter((p) => p.op !== "insert").map((p) => p.text).join("");
const newText = (parts: DiffPart[]) => parts.filter((p) => p.op !== "delete").map((p) => p.text).join("");

function ok(a: string, b: string): DiffPart[] {
  const r = wordDiff(a, b);
  if (r.status !== "ok") throw new Error(r.reason);
  // Every diff rebuilds both texts exactly (where they differ only in typography, equal spans show the later printing: see below).
  expect(oldText(r.parts)).toBe(a);
  expect(newText(r.parts)).toBe(b);
  return r.parts;
}

describe("wordDiff", () => {
  it("a number change is one replacement, not a split number (US 6 → E3 6 wording)", () => {
    const parts = ok("The Ukrainian Armed Forces will be limited to 600,000 personnel.", "The Ukrainian Armed Forces will be limited to 800,000 personnel.");
    expect(parts).toEqual([
      { op: "equal", text: "The Ukrainian Armed Forces will be limited to " },
      { op: "delete", text: "600,000" },
      { op: "insert", text: "800,000" },
      { op: "equal", text: " personnel." },
    ]);
  });

  it("insertions read as whole phrases (US 8 → E3 8)", () => {
    const parts = ok("NATO agrees not to station troops in Ukraine.", "NATO agrees not to permanently station troops under its command in Ukraine in peacetime.");
    expect(parts.filter((p) => p.op === "insert").map((p) => p.text.trim())).toEqual(["permanently", "under its command", "in peacetime"]);
    expect(parts.some((p) => p.op === "delete")).toBe(false);
  });

  it("groups a replacement as delete then insert, never alternating word by word", () => {
    const parts = ok("limited to 600,000 personnel", "capped at 800,000 in peacetime");
    expect(parts.map((p) => p.op)).toEqual(["delete", "insert"]);
    for (let i = 1; i < parts.length; i++) expect(parts[i]!.op).not.toBe(parts[i - 1]!.op);
  });

  it("typography is not a change: curly and straight apostrophes, quotes and dashes read the same", () => {
    const r = wordDiff("Ukraine's sovereignty – \"confirmed\"", "Ukraine’s sovereignty — “confirmed”");
    expect(r).toEqual({ status: "ok", parts: [{ op: "equal", text: "Ukraine’s sovereignty — “confirmed”" }] });
    // A real change next to a typographic one is still marked, and only it.
    const r2 = wordDiff("Ukraine's sovereignty will be confirmed.", "Ukraine’s sovereignty will be reaffirmed.");
    expect(r2.status === "ok" && r2.parts.filter((p) => p.op !== "equal").map((p) => p.text)).toEqual(["confirmed", "reaffirmed"]);
  });

  it("text containing <script> survives as text", () => {
    const a = 'NATO <script>alert("x")</script> agrees & "quotes"';
    const b = 'NATO <script>alert("y")</script> agrees & "quotes"';
    const parts = ok(a, b);
    expect(parts.map((p) => p.text).join("")).toContain("<script>");
    expect(parts.find((p) => p.op === "equal")!.text).toBe('NATO <script>alert("');
  });

  it("two unrelated ≈20 kB texts come back within the limits: parts or status 'limit'", () => {
    const words = (seed: number) => {
      let s = seed;
      const next = () => (s = (s * 1103515245 + 12345) % 2147483648) / 2147483648;
      return Array.from({ length: 3500 }, () => `w${Math.floor(next() * 5000)}`).join(" ");
    };
    const a = words(1);
    const b = words(2);
    expect(a.length).toBeGreaterThan(19_000);
    const r = wordDiff(a, b);
    if (r.status === "ok") {
      expect(oldText(r.parts)).toBe(a);
      expect(newText(r.parts)).toBe(b);
    } else {
      expect(r.reason).toMatch(/limit/);
    }
  });

  it("returns status 'limit' when the edit length is over the limit", () => {
    expect(wordDiff("one two three four", "five six seven eight", { maxEditLength: 2 })).toMatchObject({ status: "limit" });
  });

  it("identical and empty texts", () => {
    expect(wordDiff("same", "same")).toEqual({ status: "ok", parts: [{ op: "equal", text: "same" }] });
    expect(wordDiff("", "")).toEqual({ status: "ok", parts: [] });
    expect(ok("", "new text")).toEqual([{ op: "insert", text: "new text" }]);
  });
});

describe("diffStats", () => {
  it("counts words, numbers included, punctuation not", () => {
    const parts = ok("Ukraine will receive reliable security guarantees.", "Ukraine will receive robust security guarantees.");
    expect(diffStats(parts)).toEqual({ wordsInserted: 1, wordsDeleted: 1, wordsEqual: 5, changeRatio: 2 / 12 });
    expect(diffStats([])).toEqual({ wordsInserted: 0, wordsDeleted: 0, wordsEqual: 0, changeRatio: 0 });
  });
});
