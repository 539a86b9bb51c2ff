import { describe, expect, it } from "vitest";
import { termGroups } from "@/lib/terms/catalog";
import { hasPositiveTerm, numberForms, parseSearchQuery } from "./query";

const parse = (q: string) => parseSearchQuery(q, termGroups());
const texts = (q: string) => parse(q).map((t) => t.variants.map((v) => `${v.text}${v.prefix ? "*" : ""}`));

describe("parseSearchQuery", () => {
  it("expands a spelling of Zaporizhzhia to every spelling in terms.yaml", () => {
    for (const q of ["Zaporizhzhia", "Zaporozhye", "Saporischschja", "Záporoží", "zaporizhia"]) {
      const [term] = parse(q);
      expect(term!.group).toBe("zaporizhzhia");
      expect(term!.variants.map((v) => v.text)).toEqual(expect.arrayContaining(["Zaporizhzhia", "saporis", "ザポリージャ"]));
    }
  });

  it("expands amnesty across languages, with prefixes", () => {
    const [term] = parse("amnesty");
    expect(term!.variants).toEqual(expect.arrayContaining([{ text: "amnest", prefix: true }, { text: "恩赦", prefix: false }]));
  });

  it("joins words that together name one group entry", () => {
    const terms = parse("armed forces size");
    expect(terms.map((t) => t.group)).toEqual(["army", "size"]);
  });

  it("gives numbers all their printed forms", () => {
    expect(numberForms("600,000")).toEqual(["600,000", "600000", "600.000", "600 000", "600 thousand"]);
    expect(numberForms("800000")).toContain("800,000");
    expect(numberForms("2025")).toEqual(["2025", "2,025", "2.025", "2 025"]);
    expect(numberForms("100")).toEqual(["100"]);
    expect(texts("600,000")[0]).toContain("600.000");
  });

  it("keeps quoted phrases as typed, and exclusions and prefixes", () => {
    const terms = parse('"line of contact" -Crimea elect*');
    expect(terms[0]).toEqual({ input: "line of contact", variants: [{ text: "line of contact", prefix: false }], exclude: false, group: null });
    expect(terms[1]!.exclude).toBe(true);
    expect(terms[1]!.group).toBe("crimea");
    // A typed prefix is searched as typed: "elect*" is not an entry of the election group.
    expect(terms[2]).toMatchObject({ group: null, variants: [{ text: "elect", prefix: true }] });
    expect(parse("reparat*")[0]!.variants).toEqual([{ text: "reparat", prefix: true }]);
  });

  it("drops punctuation, refuses unsafe prefixes and ignores empty input", () => {
    expect(texts("(Kinburn),")).toEqual([["Kinburn"]]);
    expect(parse("it's*")[0]!.variants[0]!.prefix).toBe(false);
    expect(parse("   ")).toEqual([]);
    expect(parse('"" - ,')).toEqual([]);
    expect(hasPositiveTerm(parse("-amnesty"))).toBe(false);
  });

  it("finds a Japanese group entry inside a longer typed word", () => {
    expect(parse("恩赦を")[0]!.group).toBe("amnesty");
  });
});
