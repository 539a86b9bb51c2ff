/**
 * Every stored rendition parses to the top-level keys written by hand in tests/fixtures/parse-expected-keys.json,
 * and a few files keep their characteristic sub-points, deletions and truncations.
 */
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { parseRendition, splitFrontMatter } from "./index";
import type { ParseResult } from "./types";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
const plansDir = path.join(root, "prisma/seed/plans");
const expected = JSON.parse(readFileSync(path.join(root, "tests/fixtures/parse-expected-keys.json"), "utf8")) as Record<string, unknown>;
const files = readdirSync(plansDir).filter((f) => f.endsWith(".md")).sort();

function parseFile(name: string): ParseResult {
  return parseRendition(splitFrontMatter(readFileSync(path.join(plansDir, name), "utf8")).body);
}

const topKeys = (r: ParseResult) => r.clauses.filter((c) => c.parent === null).map((c) => c.key);
const childKeys = (r: ParseResult, parent: string) => r.clauses.filter((c) => c.parent === parent).map((c) => c.key);
const clause = (r: ParseResult, key: string) => r.clauses.find((c) => c.key === key);

describe("every rendition in prisma/seed/plans", () => {
  it("has a hand-written expectation in the fixture", () => {
    expect(files.length).toBeGreaterThan(0);
    const missing = files.filter((f) => !Array.isArray(expected[f]));
    expect(missing).toEqual([]);
  });

  it.each(files)("%s: top-level keys match the fixture", (file) => {
    const result = parseFile(file);
    expect(topKeys(result)).toEqual(expected[file]);
    // Keys identify clauses: never two clauses with one key, and every parent exists.
    const keys = result.clauses.map((c) => c.key);
    expect(new Set(keys).size).toBe(keys.length);
    for (const c of result.clauses) if (c.parent !== null) expect(keys).toContain(c.parent);
  });
});

describe("sub-points of selected renditions", () => {
  it("globalnews-ap: 10's plain paragraphs after 'The U.S. guarantee:' are 10.1–10.4; 11 is truncated", () => {
    const r = parseFile("us-28-draft--globalnews-ap.md");
    expect(childKeys(r, "10")).toEqual(["10.1", "10.2", "10.3", "10.4"]);
    expect(clause(r, "10.1")?.label).toBe("");
    expect(clause(r, "10.1")?.text).toBe("The U.S. will receive compensation for the guarantee;");
    expect(clause(r, "11")?.truncated).toBe(true);
    expect(r.gaps).toEqual([expect.objectContaining({ afterKey: "11", note: "not recovered" })]);
  });

  it("statement-com: 10.a–10.d lettered, 10.d truncated", () => {
    const r = parseFile("us-28-draft--statement-com.md");
    expect(childKeys(r, "10")).toEqual(["10.a", "10.b", "10.c", "10.d"]);
    expect(clause(r, "10.d")?.truncated).toBe(true);
  });

  it("rco-news: 'A.' then 'b.' 'c.' gives 5.a–5.c", () => {
    const r = parseFile("plan-20--rco-news-afp.md");
    expect(childKeys(r, "5")).toEqual(["5.a", "5.b", "5.c"]);
    expect(clause(r, "5.a")?.label).toBe("A.");
  });

  it("hromadske: the numbered sub-list of point 5 is 5.1, 5.2", () => {
    const r = parseFile("plan-20--hromadske.md");
    expect(childKeys(r, "5")).toEqual(["5.1", "5.2"]);
    expect(clause(r, "5.1")?.label).toBe("1.");
    expect(clause(r, "1")?.label).toBe("Point 1.");
  });

  it("golda-dk: unmarked sub-lines and a final '- ' are one list; 12 has a./b.", () => {
    const r = parseFile("us-28-draft--golda-dk.md");
    expect(childKeys(r, "10")).toEqual(["10.1", "10.2", "10.3", "10.4"]);
    expect(clause(r, "10.4")?.label).toBe("-");
    expect(childKeys(r, "12")).toEqual(["12.a", "12.b"]);
  });

  it("glavnoe: indented sub-lines of point 5 are 5.1–5.4", () => {
    expect(childKeys(parseFile("plan-20--glavnoe-suspilne.md"), "5")).toEqual(["5.1", "5.2", "5.3", "5.4"]);
  });

  it("la-lv: 25 printed on 24.d's line is split off; the range heading is kept aside", () => {
    const r = parseFile("us-28-draft--la-lv-p4.md");
    expect(childKeys(r, "24")).toEqual(["24.a", "24.b", "24.c", "24.d"]);
    expect(clause(r, "24.d")?.text.endsWith("ciešanas.")).toBe(true);
    expect(clause(r, "25")?.text).toBe("Ukrainā 100 dienu laikā notiks vēlēšanas.");
    expect(r.warnings.some((w) => w.code === "interleaved-text" && w.message.includes("21.-28. punkts 43"))).toBe(true);
  });

  it("E3 renditions: point 3 is marked deleted, whichever way it is printed", () => {
    for (const file of [
      "eu-counter-proposal--liga-net-reuters.md",
      "eu-counter-proposal--open-kg.md",
      "eu-counter-proposal--lnginnorthernbc.md",
      "eu-counter-proposal--uanews-europeanpravda.md",
    ]) {
      const r = parseFile(file);
      expect(r.clauses.filter((c) => c.deleted).map((c) => c.key), file).toEqual(["3"]);
    }
  });

  it("German series: the interleaved heading is a warning, not a clause; 20 has dash sub-items", () => {
    const r = parseFile("us-28-draft--news-pravda-de-series.md");
    expect(childKeys(r, "20")).toEqual(["20.1", "20.2", "20.3"]);
    expect(r.clauses.some((c) => c.text.includes("Wahlen geben"))).toBe(false);
    expect(r.warnings.some((w) => w.code === "interleaved-text" && w.message.includes("In der Ukraine soll es Wahlen geben"))).toBe(true);
    expect(r.gaps.map((g) => g.afterKey)).toEqual(["10", "21"]);
  });

  it("Dutch one-paragraph list: the opening paragraph is inferred as point 2", () => {
    const r = parseFile("eu-24-point-telegraph--news-pravda-nl.md");
    expect(clause(r, "2")?.label).toBe("");
    expect(r.warnings.filter((w) => w.code === "inferred-number")).toHaveLength(1);
  });
});
