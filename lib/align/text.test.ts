/** The aligner's reading of a text: editors' glosses are the outlet's words, not the plan's. */
import { describe, expect, it } from "vitest";
import { changeFlags } from "./flags";
import { withoutGlosses } from "./text";

describe("withoutGlosses", () => {
  it("drops a parenthesis signed by the outlet's editor, in the languages of the renditions", () => {
    // eu-counter-proposal--liga-net-reuters 6, us-28-draft--news-pravda-en-part2 21c, -cz-19-24 21c, -it-series 21c.
    expect(withoutGlosses("limited to 800,000 people (in the American version published by the media, was 600,000. – Ed.);")).toBe("limited to 800,000 people;");
    expect(withoutGlosses("other agreed-upon territories (likely referring to the parts of Kharkiv, Sumy, and Dnipropetrovsk oblasts seized by Russia - Ed.) that it controls")).toBe(
      "other agreed-upon territories that it controls",
    );
    expect(withoutGlosses("území (pravděpodobně se jedná o ruskem okupované části Charkovské oblasti – pozn.).")).toBe("území.");
    expect(withoutGlosses("territori (le parti occupate dalla Russia – N.d.R.) che controlla")).toBe("territori che controlla");
    expect(withoutGlosses("the formula of 600,000 (troops — ed.) indicated")).toBe("the formula of 600,000 indicated");
    expect(withoutGlosses("Gebiete (gemeint sind Teile der Oblast Charkiw – Anm. d. Red.) ab")).toBe("Gebiete ab");
  });

  it("drops an outlet's closing note of whole sentences (eu-counter-proposal--uanews-europeanpravda 6, plan-20--swedenherald 9)", () => {
    expect(withoutGlosses("Size of Ukraine military to be capped at 800,000 in peacetime. (The US plan stipulated a 600,000-person limit regardless of war or peace.)")).toBe(
      "Size of Ukraine military to be capped at 800,000 in peacetime.",
    );
    expect(withoutGlosses("Several funds will be established. (The investments are described in more detail in the sub-sections.)")).toBe("Several funds will be established.");
  });

  it("keeps the plan's own parentheses", () => {
    for (const text of [
      "$100B used to rebuild Ukraine (run by the U.S.)",
      "the principle of “all for all” (prisoners of war)",
      "Article 5 (collective defence – as in the NATO treaty)",
      "Frozen assets will be allocated as follows: $100B used to rebuild Ukraine (run by the U.S.)",
      "Elections will be held (Ukraine agrees).",
      "The guarantee is void (If Ukraine fires a missile) and sanctions return.",
    ]) {
      expect(withoutGlosses(text)).toBe(text);
    }
  });

  it("a gloss quoting the old figure does not hide the number change (E3 6 in liga-net-reuters)", () => {
    expect(changeFlags(
      "The size of the Ukrainian Armed Forces will be limited to 600,000 personnel.",
      "The size of the Armed Forces in peacetime will be limited to 800,000 people (in the American version published by the media, was 600,000. – Ed.);",
    )).toContain("number");
  });
});
