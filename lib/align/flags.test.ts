/** One test per change flag, each on clause texts quoted from the renditions in prisma/seed/plans. */
import { describe, expect, it } from "vitest";
import { changeFlags, deadlines } from "./flags";
import { profile } from "./text";

describe("changeFlags", () => {
  it("number: US 6 '600,000 personnel' → E3 6 '800,000 in peacetime' (globalnews-ap, uanews-europeanpravda)", () => {
    expect(changeFlags(
      "The size of the Ukrainian Armed Forces will be limited to 600,000 personnel.",
      "Size of Ukraine military to be capped at 800,000 in peacetime.",
    )).toContain("number");
  });

  it("number: 600,000 · 600 000 · 600.000 · '600 thousand' are one number", () => {
    const ap = "The size of the Ukrainian Armed Forces will be limited to 600,000 personnel.";
    for (const other of [
      "The size of the Ukrainian Armed Forces will be limited to 600 000 personnel.",
      "The size of the Ukrainian Armed Forces will be limited to 600.000 personnel.",
      "The size of the Ukrainian Armed Forces will be limited to 600 thousand personnel.", // statement-com's wording
    ]) {
      expect(changeFlags(ap, other)).not.toContain("number");
    }
    expect(profile("600 thousand people").numbers).toEqual([{ printed: "600 thousand", canon: "#600000" }]);
  });

  it("actor: US 2 'Russia, Ukraine and Europe' → E3 2 'Russia and Ukraine and NATO'", () => {
    expect(changeFlags(
      "A comprehensive non-aggression agreement will be concluded between Russia, Ukraine and Europe. All ambiguities of the last 30 years will be considered settled.",
      "There will be a total and complete non-aggression agreement reached between Russia and Ukraine and NATO. All ambiguities from the last 30 years will be resolved.",
    )).toContain("actor");
    // US 9 'European fighter jets' → E3 9 'NATO fighter jets' (liga-net-reuters).
    expect(changeFlags("European fighter jets will be stationed in Poland.", "NATO fighter jets will be deployed in Poland.")).toEqual(["actor"]);
  });

  it("actor: aliases are one actor (U.S. / United States / US, Nato / NATO, the Alliance)", () => {
    expect(changeFlags("The U.S. will receive compensation for the guarantee;", "The United States will receive compensation for its guarantees;")).not.toContain("actor");
    expect(changeFlags("Nato agrees not to station troops in Ukraine.", "NATO agrees not to station troops in Ukraine.")).not.toContain("actor");
    expect(profile("the Alliance agrees to include in its charters").actors).toEqual(new Set(["nato"]));
  });

  it("modality: US 5 'will receive' → 20-point 3 'should be given' (plan-20--swedenherald)", () => {
    expect(changeFlags("Ukraine will receive reliable security guarantees.", "Ukraine should be given strong security guarantees.")).toContain("modality");
    // "will" → "shall" is the same firmness: no flag.
    expect(changeFlags("Ukraine will receive strong security guarantees.", "Ukraine shall receive strong security guarantees.")).not.toContain("modality");
    // "agrees to" → "is expected to".
    expect(changeFlags("NATO agrees not to station troops in Ukraine.", "NATO is expected not to station troops in Ukraine.")).toContain("modality");
  });

  it("negation: US 7 (two 'not') → E3 7 (one 'not')", () => {
    expect(changeFlags(
      "Ukraine agrees to enshrine in its constitution that it will not join NATO, and NATO agrees to include in its statutes a provision that Ukraine will not be admitted in the future.",
      "Ukraine joining NATO depends on consensus of NATO members, which does not exist.",
    )).toContain("negation");
    expect(changeFlags("NATO agrees not to station troops in Ukraine.", "NATO agrees to station troops in Ukraine.")).toEqual(["negation"]);
  });

  it("deadline: US 25 'within 100 days' → 20-point 18 'as soon as possible after the signing'", () => {
    // US 25 as the German series prints it ("innerhalb von 100 Tagen"), in English; 20-point 18 as
    // usa.news-pravda.com reports it (plan-20--reported-elements).
    const flags = changeFlags("Elections will be held in Ukraine within 100 days.", "Ukraine's commitment to hold elections as soon as possible after the signing of the agreement.");
    expect(flags).toContain("deadline");
    expect(deadlines("Elections will be held in Ukraine within 100 days.")).toEqual(new Set(["period:100day"]));
    // "in 100 days" and "within 100 days" are one deadline.
    expect(changeFlags("Elections will be held in Ukraine in 100 days.", "Elections will be held in Ukraine within 100 days.")).not.toContain("deadline");
    // E3 4 makes the Russia–NATO dialogue start after the signing.
    expect(changeFlags(
      "A dialogue will be held between Russia and NATO to resolve all security issues.",
      "Following the signing of the peace agreement, a dialogue between Russia and NATO will be launched to address all security concerns.",
    )).toContain("deadline");
  });

  it("cosmetic: punctuation, case and spelling only", () => {
    expect(changeFlags("Ukraine’s sovereignty will be confirmed.", "Ukraine’s sovereignty will be confirmed;")).toEqual(["cosmetic"]);
    expect(changeFlags(
      "It is expected that Russia will not invade neighboring countries and NATO will not expand further.",
      "It is expected that Russia will not invade neighbouring countries and Nato will not expand further.",
    )).toEqual(["cosmetic"]);
    // A real rewording is not cosmetic.
    expect(changeFlags("Ukraine will receive reliable security guarantees.", "Ukraine will receive robust Security Guarantees.")).toEqual([]);
    expect(changeFlags("same text", "same text")).toEqual([]);
  });
});
