/**
 * One small test per numbering/formatting quirk seen in the renditions (SOURCES.md, "Numbering and
 * formatting quirks seen"), plus guards against false splits. Each test names its quirk.
 */
import { describe, expect, it } from "vitest";
import { parseRendition, splitFrontMatter } from "./index";
import type { ParseResult, ParseWarningCode } from "./types";

const parse = (lines: string[] | string) => parseRendition(Array.isArray(lines) ? lines.join("\n") : lines);
const tops = (r: ParseResult) => r.clauses.filter((c) => c.parent === null).map((c) => c.key);
const keys = (r: ParseResult) => r.clauses.map((c) => c.key);
const get = (r: ParseResult, key: string) => {
  const c = r.clauses.find((x) => x.key === key);
  if (!c) throw new Error(`no clause ${key} in ${keys(r).join(",")}`);
  return c;
};
const codes = (r: ParseResult) => r.warnings.map((w) => w.code);
const warned = (r: ParseResult, code: ParseWarningCode, text?: string) =>
  r.warnings.some((w) => w.code === code && (text === undefined || w.message.includes(text)));
/** All the words of the input must survive somewhere: in a clause or in a warning. */
const allText = (r: ParseResult) => [...r.clauses.map((c) => c.text), ...r.warnings.map((w) => w.message)].join("\n");

describe("label forms", () => {
  it("quirk `1 .` (space before the period, AFP/Straits Times)", () => {
    const r = parse(["1 . Ukraine’s sovereignty will be confirmed.", "", "2. A comprehensive non-aggression agreement."]);
    expect(tops(r)).toEqual(["1", "2"]);
    expect(get(r, "1").label).toBe("1 .");
    expect(get(r, "1").text).toBe("Ukraine’s sovereignty will be confirmed.");
  });

  it("quirk `2 –` (number, space, en dash)", () => {
    const r = parse(["1 . Sovereignty is confirmed.", "2 – A non-aggression agreement will be concluded."]);
    expect(tops(r)).toEqual(["1", "2"]);
    expect(get(r, "2").label).toBe("2 –");
    expect(get(r, "2").text).toBe("A non-aggression agreement will be concluded.");
  });

  it("quirk `3 It` (number, space, capital word, no punctuation) — only when 3 is due", () => {
    const r = parse(["1. Sovereignty.", "2 – Agreement.", "3 It is expected that Russia will not invade.", "12 robust words would not be point 12 here."]);
    expect(tops(r)).toEqual(["1", "2", "3"]);
    expect(get(r, "3").label).toBe("3");
    expect(get(r, "3").text.startsWith("It is expected that Russia will not invade.")).toBe(true);
    // "12 robust …" is not the next number: it stays text (a continuation of 3), nothing is lost.
    expect(get(r, "3").text).toContain("12 robust words");
    expect(warned(r, "continuation")).toBe(true);
  });

  it("quirk `12 robust` (bare number before a lower-case word) when it is the next number", () => {
    const r = parse(["10. Guarantee.", "11 Ukraine is eligible for EU membership.", "12 robust global package to rebuild Ukraine."]);
    expect(tops(r)).toEqual(["10", "11", "12"]);
    expect(get(r, "12").text).toBe("robust global package to rebuild Ukraine.");
  });

  it("quirk `8-` and `8- NATO` (hyphen after the number, inline and on its own line)", () => {
    const r = parse(["7 Ukraine agrees.", "8- NATO agrees not to station troops.", "9-", "European fighter jets will be stationed in Poland."]);
    expect(tops(r)).toEqual(["7", "8", "9"]);
    expect(get(r, "8").label).toBe("8-");
    expect(get(r, "8").text).toBe("NATO agrees not to station troops.");
    expect(get(r, "9").label).toBe("9-");
    expect(get(r, "9").text).toBe("European fighter jets will be stationed in Poland.");
  });

  it("quirk `1.º` (Portuguese ordinal) with sub-points `a)`", () => {
    const r = parse(["1.º Ukraine’s sovereignty will be reaffirmed.", "2.º This document is a pact:", "a) If Russia invades Ukraine, sanctions return."]);
    expect(tops(r)).toEqual(["1", "2"]);
    expect(get(r, "1").label).toBe("1.º");
    expect(get(r, "2.a").label).toBe("a)");
  });

  it("quirk `1-` / `5-The` (hyphen numbering, no space before the text)", () => {
    const r = parse(["1- Ukraine's sovereignty will be reaffirmed.", "", "4- The strength will remain.", "", "5-The United States will provide guarantees."]);
    expect(tops(r)).toEqual(["1", "4", "5"]);
    expect(get(r, "5").label).toBe("5-");
    expect(get(r, "5").text).toBe("The United States will provide guarantees.");
  });

  it("quirk `Point 1.` inline (hromadske)", () => {
    const r = parse(["Point 1. Ukraine's sovereignty will be reaffirmed.", "", "Point 2. This document constitutes an agreement."]);
    expect(tops(r)).toEqual(["1", "2"]);
    expect(get(r, "1").label).toBe("Point 1.");
    expect(get(r, "2").text).toBe("This document constitutes an agreement.");
  });

  it("quirk `Point 1` as a heading line with the text on the next line (ukrinform)", () => {
    const r = parse(["Point 1", "Ukraine’s sovereignty will be reaffirmed.", "Point 2", "The document constitutes a non-aggression agreement."]);
    expect(tops(r)).toEqual(["1", "2"]);
    expect(get(r, "1").label).toBe("Point 1");
    expect(get(r, "1").text).toBe("Ukraine’s sovereignty will be reaffirmed.");
    expect(get(r, "1").line).toBe(1);
  });

  it("quirk `a)` then `(b)` (mixed lettering in one list)", () => {
    const r = parse(["12. A package including:", "a) a development fund;", "(b) energy cooperation;", "(c) modernisation."]);
    expect(keys(r)).toEqual(["12", "12.a", "12.b", "12.c"]);
    expect(get(r, "12.b").label).toBe("(b)");
    expect(get(r, "12.b").parent).toBe("12");
  });

  it("quirk `A.` then `b.` (capital first letter only, rco.news) — keys lower-case", () => {
    const r = parse(["5. Guarantees consistent with Article 5;", "A. If Russia invades Ukraine, sanctions return.", "b. If Ukraine attacks Russia, guarantees are void.", "c. Bilateral guarantees are not excluded.", "6. Russia will formalise non-aggression."]);
    expect(keys(r)).toEqual(["5", "5.a", "5.b", "5.c", "6"]);
    expect(get(r, "5.a").label).toBe("A.");
  });

  it("quirk: missing spaces after labels (`9.NATO`, `23.La Russia`, `a.L'Ucraina`)", () => {
    const r = parse(["8. NATO agrees.", "9.NATO fighters will be located in Poland.", "10. Education:", "a.L'Ucraina adotterà le norme dell'UE.", "b.Kherson e Zaporizhzhia saranno congelate."]);
    expect(keys(r)).toEqual(["8", "9", "10", "10.a", "10.b"]);
    expect(get(r, "9").label).toBe("9.");
    expect(get(r, "9").text).toBe("NATO fighters will be located in Poland.");
    expect(get(r, "10.a").text).toBe("L'Ucraina adotterà le norme dell'UE.");
    const it23 = parse(["22. Dopo gli accordi.", "23.La Russia non ostacolerà l'uso del fiume Dnepr."]);
    expect(tops(it23)).toEqual(["22", "23"]);
    expect(get(it23, "23").text).toBe("La Russia non ostacolerà l'uso del fiume Dnepr.");
  });

  it("quirk: every point ending in `;`", () => {
    const r = parse(["1. Ukraine’s sovereignty will be confirmed;", "", "2. A global non-aggression pact will be concluded;", "", "3. NATO will not expand;"]);
    expect(tops(r)).toEqual(["1", "2", "3"]);
    expect(get(r, "2").text).toBe("A global non-aggression pact will be concluded;");
  });

  it("quirk `10 [There will be] …` (no period after the number, editorial bracket)", () => {
    const r = parse(["9. NATO fighter jets will be deployed in Poland.", "", "10 [There will be] a guarantee from the United States."]);
    expect(tops(r)).toEqual(["9", "10"]);
    expect(get(r, "10").label).toBe("10");
    expect(get(r, "10").text).toBe("[There will be] a guarantee from the United States.");
  });

  it("quirk `1.-` / `1.)` (Spanish and German list habits), also run together inline", () => {
    const r = parse(["1.- La soberanía de Ucrania será confirmada.", "2.- Se concluirá un acuerdo de no agresión. 3.- Se espera que Rusia no invada."]);
    expect(tops(r)).toEqual(["1", "2", "3"]);
    expect(get(r, "1").label).toBe("1.-");
    expect(get(r, "3").text).toBe("Se espera que Rusia no invada.");
    const de = parse(["1.) Die Souveränität der Ukraine wird bestätigt.", "2.) Ein Nichtangriffspakt wird geschlossen."]);
    expect(tops(de)).toEqual(["1", "2"]);
    expect(get(de, "2").text).toBe("Ein Nichtangriffspakt wird geschlossen.");
  });

  it("quirk `1/`, `[1]`, `N°1`, `№1` labels (French, footnote-style and Cyrillic pastes); `24/7` is not a label", () => {
    const fr = parse(["1/ La souveraineté de l'Ukraine sera confirmée.", "2/ Un accord de non-agression sera conclu.", "24/7 monitoring will follow."]);
    expect(tops(fr)).toEqual(["1", "2"]);
    expect(get(fr, "2").text).toContain("24/7 monitoring");
    expect(tops(parse(["[1] Sovereignty is confirmed.", "[2] An agreement is concluded."]))).toEqual(["1", "2"]);
    expect(tops(parse(["N°1 : La souveraineté sera confirmée.", "N°2 : Un accord sera conclu."]))).toEqual(["1", "2"]);
    expect(tops(parse(["№1. Суверенитет Украины будет подтвержден.", "№2. Будет заключено соглашение."]))).toEqual(["1", "2"]);
  });

  it("quirk: bulleted items that carry their point numbers (`- 1.`, `• 2)`), with plain bullets as sub-items", () => {
    const r = parse(["- 1. Sovereignty is confirmed.", "- 2. The U.S. guarantee:", "  - The U.S. will receive compensation;", "  - If Ukraine invades Russia, it will lose the guarantee.", "• 3) NATO will not expand."]);
    expect(keys(r)).toEqual(["1", "2", "2.1", "2.2", "3"]);
    expect(get(r, "2").label).toBe("- 2.");
    expect(get(r, "2").text).toBe("The U.S. guarantee:");
    expect(get(r, "3").label).toBe("• 3)");
  });

  it("quirk: zero-width spaces and word joiners pasted around labels (`\\u200B1.`, `1.\\u200B `)", () => {
    const r = parse(["\u200B1. Sovereignty is confirmed.", "2.\u200B An agreement is concluded.", "\u20603. NATO will not expand."]);
    expect(tops(r)).toEqual(["1", "2", "3"]);
    expect(get(r, "2").text).toBe("An agreement is concluded.");
  });
});

describe("sub-items without letters", () => {
  it("quirk: `→` arrows for sub-items (liga.net)", () => {
    const r = parse(["10. Guarantees from the United States:", "", "→ The United States will receive compensation;", "→ if Ukraine invades Russia, it will lose the guarantees;"]);
    expect(keys(r)).toEqual(["10", "10.1", "10.2"]);
    expect(get(r, "10.2").label).toBe("→");
    expect(get(r, "10.2").text).toBe("if Ukraine invades Russia, it will lose the guarantees;");
  });

  it("quirk: `•` bullets, indented (lnginnorthernbc, overviewpress)", () => {
    const r = parse(["10. North American guarantees:", "", "  • The United States will receive compensation;", "  • If Ukraine invades Russia, it will lose that guarantee;", "", "11. Ukraine is eligible for EU membership."]);
    expect(keys(r)).toEqual(["10", "10.1", "10.2", "11"]);
    expect(get(r, "10.1").label).toBe("•");
  });

  it("quirk: `—` em-dash items in an unnumbered thematic summary (croatia news-pravda)", () => {
    const r = parse(["A ceasefire plan for Ukraine has been published (CNN):", "Territorial issues", "— Crimea is recognized as Russian.", "— Both sides commit not to change borders by force.", "Economy", "— Gradual lifting of sanctions."]);
    expect(tops(r)).toEqual(["1", "2", "3"]);
    expect(get(r, "3").label).toBe("—");
    expect(warned(r, "unnumbered-list")).toBe(true);
    expect(warned(r, "interleaved-text", "Territorial issues")).toBe(true);
    expect(warned(r, "interleaved-text", "Economy")).toBe(true);
  });

  it("quirk: `–` en-dash sub-items (German series, croatia 10-20)", () => {
    const r = parse(["20. Beide Länder verpflichten sich:", "– Die Ukraine wird EU-Vorschriften übernehmen.", "– Beide Länder werden Maßnahmen abschaffen.", "21. Gebiete:"]);
    expect(keys(r)).toEqual(["20", "20.1", "20.2", "21"]);
    expect(get(r, "20.1").label).toBe("–");
  });

  it("quirk: `-` alone on its own line, the item on the next line (bb.lv, tovima)", () => {
    const r = parse(["-", "Cessation of war and agreements guaranteeing that it will not be repeated.", "-", "Both sides commit to a complete ceasefire.", "- Ukraine will receive a strong development package", "-", "An $800 billion package will support recovery."]);
    expect(tops(r)).toEqual(["1", "2", "3", "4"]);
    expect(get(r, "1").label).toBe("-");
    expect(get(r, "2").text).toBe("Both sides commit to a complete ceasefire.");
    expect(get(r, "3").text).toBe("Ukraine will receive a strong development package");
    expect(warned(r, "unnumbered-list")).toBe(true);
  });

  it("quirk: a final `- ` on only the last sub-item (golda.dk)", () => {
    const r = parse(["10. US guarantee:", "The US will receive compensation for the guarantee.", "If Ukraine invades Russia, it will lose the guarantee.", "- If Ukraine launches a missile at Moscow, the guarantee is void.", "11. Ukraine has the right to EU membership."]);
    expect(keys(r)).toEqual(["10", "10.1", "10.2", "10.3", "11"]);
    expect(get(r, "10.1").label).toBe("");
    expect(get(r, "10.3").label).toBe("-");
  });

  it("quirk: bare paragraphs as sub-items after a point ending in ':' (AP / globalnews)", () => {
    const r = parse(["10. The U.S. guarantee:", "", "The U.S. will receive compensation for the guarantee;", "", "If Ukraine invades Russia, it will lose the guarantee;", "", "11. Ukraine is eligible for EU membership."]);
    expect(keys(r)).toEqual(["10", "10.1", "10.2", "11"]);
    expect(get(r, "10.2").parent).toBe("10");
    expect(get(r, "10.2").text).toBe("If Ukraine invades Russia, it will lose the guarantee;");
  });

  it("quirk: a numbered sub-list `1.` `2.` inside point 5 (hromadske)", () => {
    const r = parse(["Point 4. The army remains at 800,000.", "", "Point 5. Guarantees, including the following subpoints:", "", "  1. If Russia invades Ukraine, sanctions return.", "  2. If Ukraine invades Russia, guarantees are void.", "", "Point 6. Russia will enshrine non-aggression."]);
    expect(keys(r)).toEqual(["4", "5", "5.1", "5.2", "6"]);
    expect(get(r, "5.2").label).toBe("2.");
  });

  it("quirk: indented unmarked sub-lines under a point without a colon (glavnoe)", () => {
    const r = parse(["5. The United States will provide guarantees mirroring Article 5.", "  If Russia invades Ukraine, sanctions are reinstated.", "  Bilateral guarantees are not excluded.", "6. Russia will entrench non-aggression."]);
    expect(keys(r)).toEqual(["5", "5.1", "5.2", "6"]);
  });

  it("unmarked paragraph after a point that does not introduce a list → continuation, with a warning", () => {
    const r = parse(["10. The US will receive compensation for the guarantee.", "", "If Russia invades Ukraine, all sanctions will be reinstated.", "", "11. Ukraine is eligible."]);
    expect(tops(r)).toEqual(["10", "11"]);
    expect(get(r, "10").text).toBe("The US will receive compensation for the guarantee.\nIf Russia invades Ukraine, all sanctions will be reinstated.");
    expect(warned(r, "continuation")).toBe(true);
  });
});

describe("run-together points", () => {
  it("quirk: two points on one line `…sovereignty.2. Conclusion` (open.kg)", () => {
    const r = parse(["1. Confirmation of Ukraine's sovereignty.2. Conclusion of a comprehensive non-aggression agreement.", "3. Removal of the clause on NATO."]);
    expect(tops(r)).toEqual(["1", "2", "3"]);
    expect(get(r, "1").text).toBe("Confirmation of Ukraine's sovereignty.");
    expect(get(r, "2").text).toBe("Conclusion of a comprehensive non-aggression agreement.");
    expect(get(r, "2").line).toBe(1);
    expect(warned(r, "run-together")).toBe(true);
  });

  it("quirk: a point beginning mid-line after a sub-point `…suffering. 25. Ukrainā …` (la.lv)", () => {
    const r = parse(["24. Tiks izveidota humānās palīdzības komiteja:", "a. Visi ieslodzītie tiks apmainīti.", "d. Tiks veikti pasākumi, lai mazinātu ciešanas. 25. Ukrainā 100 dienu laikā notiks vēlēšanas.", "26. Visas puses saņems amnestiju."]);
    expect(tops(r)).toEqual(["24", "25", "26"]);
    expect(get(r, "25").text).toBe("Ukrainā 100 dienu laikā notiks vēlēšanas.");
    expect(get(r, "25").parent).toBeNull();
  });

  it("quirk: all points run together inline in ONE paragraph, opening without its number (Dutch)", () => {
    const r = parse(["[GAP: not recovered]", "Beide partijen verbinden zich ertoe het staakt-het-vuren op zee te respecteren. 3. Beide partijen beginnen onderhandelingen. 4. Er wordt een monitoring ingevoerd [vergelijkbaar met artikel 5]. 5. Er zal een mechanisme worden opgezet."]);
    expect(tops(r)).toEqual(["2", "3", "4", "5"]);
    expect(get(r, "2").text).toBe("Beide partijen verbinden zich ertoe het staakt-het-vuren op zee te respecteren.");
    expect(get(r, "4").text).toBe("Er wordt een monitoring ingevoerd [vergelijkbaar met artikel 5].");
    expect(warned(r, "inferred-number")).toBe(true);
  });

  it("quirk: run-together after a sentence that ends in a number or a code (`…rejoin the G8.14. Frozen`, `… 50:50. 20. Both`)", () => {
    const g8 = parse(["13. Russia will be invited to rejoin the G8.14. Frozen funds will be used as follows."]);
    expect(tops(g8)).toEqual(["13", "14"]);
    expect(get(g8, "13").text).toBe("Russia will be invited to rejoin the G8.");
    const split = parse(["19. The electricity will be shared 50:50. 20. Both countries undertake to teach tolerance."]);
    expect(tops(split)).toEqual(["19", "20"]);
    // Touching the period a number is still a decimal or a thousands separator.
    expect(tops(parse(["19. The share will be 50.20. Both sides agree.", "21. Next."]))).toEqual(["19", "21"]);
  });

  it("quirk: a whole list in one paragraph where a point ends in a colon (`The U.S. guarantee: 11. Ukraine…`)", () => {
    const r = parse(["9. Jets will be stationed in Poland. 10. The U.S. guarantee: 11. Ukraine is eligible for EU membership. 12. A package:"]);
    expect(tops(r)).toEqual(["9", "10", "11", "12"]);
    expect(get(r, "10").text).toBe("The U.S. guarantee:");
    // After a colon "1." still opens a sub-list, not point 1.
    const sub = parse(["5. Guarantees as follows: 1. a fund; 2. a package.", "6. Next."]);
    expect(tops(sub)).toEqual(["5", "6"]);
  });

  it("a run-together split happens only at the next expected number", () => {
    // "7." is not due after 1, so it stays inside the text of 1.
    const r = parse(["1. The parties agree. 7. This is a quoted figure from another list.", "2. Next point."]);
    expect(tops(r)).toEqual(["1", "2"]);
    expect(get(r, "1").text).toContain("7. This is a quoted figure");
  });
});

describe("guards against false splits", () => {
  const guarded = [
    "The army will be limited to 600.000 soldiers. It is final.",
    "A missile fired at Moscow or St. Petersburg without cause voids it.",
    "Guarantees mirror Article 5. They are binding.",
    "Both extend START-I and other treaties.",
    "Electricity is split 50:50. Both agree.",
    "$100 billion of frozen assets will be invested.",
    "As set out in No. 5. The text continues.",
    "Talks were held in 2025. The parties met again.",
    "The withdrawal starts in 2. phase of the plan.",
  ];
  it.each(guarded)("%s → one clause, no split", (sentence) => {
    const r = parse(["1. First point.", `2. ${sentence}`, "3. Third point."]);
    expect(tops(r)).toEqual(["1", "2", "3"]);
    expect(get(r, "2").text).toBe(sentence);
    expect(codes(r)).not.toContain("run-together");
  });

  it("numbers at the start of wrapped lines are not points when they are not due", () => {
    const r = parse(["1. Guarantees are similar to those in NATO's Article", "5. The text continues on this line.", "2. Second point."]);
    expect(tops(r)).toEqual(["1", "2"]);
    expect(get(r, "1").text).toBe("Guarantees are similar to those in NATO's Article 5. The text continues on this line.");
  });

  it("`U.S.` at the start of a line is not sub-point u", () => {
    const r = parse(["10. Guarantee:", "U.S. officials will monitor compliance.", "11. Next."]);
    expect(keys(r)).toEqual(["10", "10.1", "11"]);
  });

  it("a stray year line in a dash list does not turn it into a numbered list", () => {
    const r = parse(["- First item of the list.", "2025. The year the plan was drafted.", "- Second item of the list."]);
    expect(tops(r)).toEqual(["1", "2"]);
    expect(allText(r)).toContain("2025. The year the plan was drafted.");
  });
});

describe("numbering problems", () => {
  it("quirk: missing number (gap in numbering → warning, keys as printed; open.kg has no 11)", () => {
    const r = parse(["9. NATO fighters.", "10. US guarantee.", "12. A recovery plan."]);
    expect(tops(r)).toEqual(["9", "10", "12"]);
    expect(warned(r, "missing-number", "11")).toBe(true);
  });

  it("quirk: a point whose number was lost in copying (its text stays as a paragraph) is inferred between its neighbours", () => {
    // One point per line (golda.dk layout) and blank-line paragraphs (AP layout).
    const lines = ["4. A dialogue will be held between Russia and NATO.", "Ukraine will receive reliable security guarantees.", "6. The size of the Armed Forces will be limited to 600,000 personnel."];
    for (const r of [parse(lines), parse(lines.join("\n\n"))]) {
      expect(tops(r)).toEqual(["4", "5", "6"]);
      expect(get(r, "5").text).toBe("Ukraine will receive reliable security guarantees.");
      expect(get(r, "5").label).toBe("");
      expect(warned(r, "inferred-number", "point 5")).toBe(true);
      expect(warned(r, "missing-number")).toBe(false);
    }
  });

  it("an inferred point keeps its own sub-items; the point before keeps its unlabelled ones", () => {
    const r = parse([
      "10. The U.S. guarantee:", "", "The U.S. will receive compensation;", "", "If Ukraine invades Russia, it will lose the guarantee.", "",
      "Ukraine is eligible for EU membership.", "", "Territories:", "a. Crimea will be recognised de facto.", "b. Kherson will be frozen.", "", "13. Amnesty.",
    ].join("\n").replace("Ukraine is eligible for EU membership.", "11. Ukraine is eligible for EU membership."));
    expect(keys(r)).toEqual(["10", "10.1", "10.2", "11", "12", "12.a", "12.b", "13"]);
    const bare = parse(["10. The U.S. guarantee:", "", "The U.S. will receive compensation;", "", "If Ukraine invades Russia, it will lose the guarantee.", "", "Ukraine is eligible for EU membership.", "", "12. A package to rebuild Ukraine."]);
    expect(keys(bare)).toEqual(["10", "10.1", "10.2", "11", "12"]);
  });

  it("no point is inferred from an editor's note in brackets, a wrapped line or a lone last paragraph", () => {
    const note = parse(["9. NATO fighters will be stationed in Poland.", "", "(Point 10 was not published by the outlet.)", "", "11. Ukraine is eligible for EU membership."]);
    expect(tops(note)).toEqual(["9", "11"]);
    const wrapped = parse(["9. NATO fighters will be stationed in", "Poland. Further jets may follow.", "11. Ukraine is eligible."]);
    expect(tops(wrapped)).toEqual(["9", "11"]);
    const last = parse(["27. This agreement will be legally binding.", "", "The White House did not comment."]);
    expect(tops(last)).toEqual(["27"]);
  });

  it("a number printed twice is kept and reported; a typo'd duplicate before N+2 is read as N+1", () => {
    const dup = parse(["1. One.", "2. Two.", "2. Three really.", "4. Four."]);
    expect(tops(dup)).toEqual(["1", "2", "3", "4"]);
    expect(warned(dup, "duplicate-number")).toBe(true);
    const dup2 = parse(["1. One.", "2. Two.", "2. Two again."]);
    expect(tops(dup2)).toEqual(["1", "2", "2~2"]);
    expect(warned(dup2, "duplicate-number")).toBe(true);
  });

  it("an out-of-order number is kept as printed and reported", () => {
    const r = parse(["1. One.", "2. Two.", "3. Three.", "1. Again one, out of order.", "4. Four."]);
    expect(tops(r)).toEqual(["1", "2", "3", "1~2", "4"]);
    expect(warned(r, "out-of-order")).toBe(true);
  });

  it("quirk: a list with no numbers at all → one paragraph per point, keys 1..n, `unnumbered-list`", () => {
    const r = parse(["The framework sets out the terms of a ceasefire.", "The United States affirms that an attack would be treated as a threat.", "A joint assessment mechanism will review violations."]);
    expect(tops(r)).toEqual(["1", "2", "3"]);
    expect(get(r, "1").label).toBe("");
    expect(warned(r, "unnumbered-list")).toBe(true);
  });

  it("quirk: an unnumbered list of paragraphs whose points introduce lettered or bulleted sub-items", () => {
    // Before: the first point ending in ':' was taken as the list's lead-in and every point before it as preamble.
    const lettered = parse([
      "Ukraine’s sovereignty will be confirmed.", "", "NATO agrees not to station troops in Ukraine.", "",
      "The U.S. guarantee:", "a) The U.S. will receive compensation;", "b) If Ukraine invades Russia, it will lose the guarantee.", "",
      "Ukraine is eligible for EU membership.", "", "Territories:", "a) Crimea will be recognised de facto.", "b) Kherson will be frozen.", "",
      "Ukraine will hold elections in 100 days.",
    ]);
    expect(keys(lettered)).toEqual(["1", "2", "3", "3.a", "3.b", "4", "5", "5.a", "5.b", "6"]);
    expect(get(lettered, "3.b").parent).toBe("3");
    expect(warned(lettered, "interleaved-text")).toBe(false);
    // Bullets under such points: the paragraphs are the points, not text around a bullet list.
    const bullets = parse([
      "Ukraine’s sovereignty will be confirmed.", "", "The U.S. guarantee:", "- The U.S. will receive compensation;", "- If Ukraine invades Russia, it will lose the guarantee.", "",
      "Ukraine is eligible for EU membership.", "", "Territories:", "  • Crimea will be recognised de facto.", "  • Kherson will be frozen.", "", "Ukraine will hold elections in 100 days.",
    ]);
    expect(keys(bullets)).toEqual(["1", "2", "2.1", "2.2", "3", "4", "4.1", "4.2", "5"]);
  });

  it("a lead-in followed by one bullet list: the bullets are the points", () => {
    const r = parse(["The draft was reviewed by AFP on Thursday.", "", "The plan's key provisions:", "- Sovereignty is confirmed.", "- NATO will not expand.", "- Elections within 100 days."]);
    expect(tops(r)).toEqual(["1", "2", "3"]);
    expect(get(r, "1").text).toBe("Sovereignty is confirmed.");
  });

  it("hard-wrapped prose paragraphs are one point each, not one per line", () => {
    const r = parse([
      "On 23 November 2025, representatives of the United States and Ukraine",
      "met in Geneva for discussions on the U.S. peace proposal. The talks were",
      "constructive and respectful.",
      "",
      "The Ukrainian delegation reaffirmed its gratitude for the commitment of",
      "President Donald J.",
      "Trump for their tireless efforts aimed at ending the war and the loss of",
      "life.",
    ]);
    expect(tops(r)).toEqual(["1", "2"]);
    expect(get(r, "2").text).toContain("President Donald J. Trump for their");
  });

  it("quirk: inferred number — a paragraph opening the text after a gap, followed by `3.`, is point 2", () => {
    const r = parse(["[GAP: not recovered]", "Both sides commit to a complete ceasefire in the air, on land and at sea.", "3. Both sides begin negotiations immediately."]);
    expect(tops(r)).toEqual(["2", "3"]);
    expect(get(r, "2").label).toBe("");
    expect(warned(r, "inferred-number")).toBe(true);
  });

  it("quirk: a short non-sentence line like `4/4` before `22.` is not inferred as a point", () => {
    const r = parse(["[GAP: not recovered]", "4/4", "", "22. The parties undertake not to change the arrangements by force."]);
    expect(tops(r)).toEqual(["22"]);
    expect(warned(r, "interleaved-text", "4/4")).toBe(true);
    expect(codes(r)).not.toContain("inferred-number");
  });
});

describe("deleted points", () => {
  it("quirk: `3. This point … has been removed.` (liga.net)", () => {
    const r = parse(["2. A non-aggression agreement;", "3. This point of the American plan has been removed. According to Reuters, it stated: \"NATO will not expand.\"", "4. A dialogue will be launched;"]);
    expect(get(r, "3").deleted).toBe(true);
    expect(get(r, "2").deleted).toBe(false);
  });

  it("quirk: `3. Removal of the clause that…` (open.kg)", () => {
    const r = parse(["2. Achievement of an agreement.", "3. Removal of the clause that required Russia to refrain from invading neighbours.", "4. A dialogue."]);
    expect(get(r, "3").deleted).toBe(true);
  });

  it("other printed deletions: `Deleted: …`, a trailing `[deleted]`, Markdown strike-through", () => {
    const r = parse(["1. Deleted: Russia is expected not to invade.", "2. NATO will not expand further. [deleted]", "3. ~~Ukraine will not join NATO.~~", "4. Ukraine will receive guarantees."]);
    expect(r.clauses.map((c) => c.deleted)).toEqual([true, true, true, false]);
  });

  it("'Removal of sanctions' is plan content, not a deletion note", () => {
    const r = parse(["12. Removal of sanctions in stages.", "13. Next."]);
    expect(get(r, "12").deleted).toBe(false);
  });

  it("quirk: unnumbered prose note `Point 3 of the US plan, which … is to be removed.` inside a dash list takes slot 3", () => {
    const r = parse([
      "- Ukraine's sovereignty to be reconfirmed.",
      "- There will be a total non-aggression agreement.",
      'Point 3 of the US plan, which states that "Russia is expected not to interfere", is to be removed.',
      "- After a peace agreement is signed, a dialogue will convene.",
    ]);
    expect(tops(r)).toEqual(["1", "2", "3", "4"]);
    expect(get(r, "3").deleted).toBe(true);
    expect(get(r, "3").label).toBe("");
    expect(get(r, "4").text).toBe("After a peace agreement is signed, a dialogue will convene.");
  });

  it("a prose deletion note between numbered points takes its slot (lnginnorthernbc E3)", () => {
    const r = parse(["2. A non-aggression pact.", "Point 3, which stated that Russia will not attack its neighbours, is missing from the document.", "4. A dialogue will be held."]);
    expect(tops(r)).toEqual(["2", "3", "4"]);
    expect(get(r, "3").deleted).toBe(true);
    expect(codes(r)).not.toContain("missing-number");
  });
});

describe("gaps and truncation", () => {
  it("quirk: `[GAP: not recovered]` is a gap, never a clause; the clause before it that ends mid-sentence is truncated", () => {
    const r = parse(["10. The US will receive compensation.", "11. Ukraine is eligible for EU membership and will receive short-term preferential access to the Eur", "[GAP: not recovered]"]);
    expect(tops(r)).toEqual(["10", "11"]);
    expect(r.gaps).toEqual([{ line: 3, afterKey: "11", note: "not recovered" }]);
    expect(get(r, "11").truncated).toBe(true);
    expect(get(r, "10").truncated).toBe(false);
    expect(warned(r, "truncated")).toBe(true);
    expect(r.clauses.some((c) => c.text.includes("GAP"))).toBe(false);
  });

  it("a clause that ends its sentence before a gap is not truncated; a gap at the start has afterKey null", () => {
    const r = parse(["[GAP: not recovered]", "16. Russia will enshrine non-aggression.", "[GAP: not recovered]", "23. Russia will not hinder the use of the Dnieper."]);
    expect(tops(r)).toEqual(["16", "23"]);
    expect(r.gaps.map((g) => g.afterKey)).toEqual([null, "16"]);
    expect(get(r, "16").truncated).toBe(false);
    // The numbers 17-22 are explained by the gap: no missing-number warning.
    expect(codes(r)).not.toContain("missing-number");
  });

  it("a truncated sub-item marks the sub-item", () => {
    const r = parse(["24. A humanitarian committee:", "a. Všichni zbývaj", "[GAP: not recovered]"]);
    expect(get(r, "24.a").truncated).toBe(true);
  });
});

describe("interleaved non-plan text is flagged, never dropped", () => {
  it("quirk: a heading line between points (\"In der Ukraine soll es Wahlen geben\")", () => {
    const r = parse(["20. Beide Länder verpflichten sich:", "– Jegliche Ideologie muss verboten werden.", "In der Ukraine soll es Wahlen geben", "21. Gebiete:"]);
    expect(tops(r)).toEqual(["20", "21"]);
    expect(keys(r)).toEqual(["20", "20.1", "21"]);
    expect(warned(r, "interleaved-text", "In der Ukraine soll es Wahlen geben")).toBe(true);
  });

  it("quirk: `[...] continua` series marker (Italian series)", () => {
    const r = parse(["20. Programmi educativi:", "a. Ogni ideologia nazista deve essere respinta.", "[...] continua", "21. Territori:"]);
    expect(keys(r)).toEqual(["20", "20.a", "21"]);
    expect(get(r, "20.a").text).toBe("Ogni ideologia nazista deve essere respinta.");
    expect(warned(r, "interleaved-text", "[...] continua")).toBe(true);
  });

  it("quirk: `Part one is here` before the first point after a gap", () => {
    const r = parse(["[GAP: not recovered]", "Part one is here", "17. The United States and Russia will extend START I."]);
    expect(tops(r)).toEqual(["17"]);
    expect(warned(r, "interleaved-text", "Part one is here")).toBe(true);
  });

  it("quirk: a range heading `21.-28. punkts 43` is not point 21", () => {
    const r = parse(["[GAP: not recovered]", "21.-28. punkts 43", "21. Teritorijas:", "a. Krievija atzīs Krimu."]);
    expect(tops(r)).toEqual(["21"]);
    expect(get(r, "21").text).toBe("Teritorijas:");
    expect(warned(r, "interleaved-text", "21.-28. punkts 43")).toBe(true);
  });

  it("quirk: a promo box between points (kudupinter)", () => {
    const r = parse(["7 Ukraine agrees to enshrine non-membership.", "", "READ ALSO: Trump gives Kyiv a deadline", "Get the latest news delivered to your inbox", "", "8- NATO agrees not to station troops.", "9 European fighter jets will be stationed in Poland."]);
    expect(tops(r)).toEqual(["7", "8", "9"]);
    expect(get(r, "7").text).toBe("Ukraine agrees to enshrine non-membership.");
    expect(warned(r, "interleaved-text", "READ ALSO: Trump gives Kyiv a deadline")).toBe(true);
    expect(warned(r, "interleaved-text", "Get the latest news delivered to your inbox")).toBe(true);
  });

  it("quirk: a promo line directly before a point whose number skips one (missing 7, then '8- NATO')", () => {
    // The promo line is not plan text, so it cannot make the next number look like the rest of a sentence.
    const r = parse(["6. The size of the armed forces will be limited to 600.000 units.", "READ ALSO: Zelensky speaks to the nation", "8- NATO agrees not to station troops in Ukraine.", "9. European fighter jets will be stationed in Poland."]);
    expect(tops(r)).toEqual(["6", "8", "9"]);
    expect(get(r, "6").text).toBe("The size of the armed forces will be limited to 600.000 units.");
    expect(warned(r, "missing-number")).toBe(true);
  });

  it("a heading before the first point is kept aside (liga.net E3, telegraph)", () => {
    const r = parse(["The full 24-point European counterproposal:", "1. Ending the war.", "2. A ceasefire."]);
    expect(tops(r)).toEqual(["1", "2"]);
    expect(warned(r, "interleaved-text", "The full 24-point European counterproposal:")).toBe(true);
  });

  it("Markdown section headings `## A. …` are headings, not sub-point a", () => {
    const r = parse(["## A. Existence of the framework", "1. Joint statement", "   - Quote one.", "## B. Scope", "2. Only bilateral issues kept"]);
    expect(tops(r)).toEqual(["1", "2"]);
    expect(keys(r)).toEqual(["1", "1.1", "2"]);
    expect(warned(r, "interleaved-text", "## B. Scope")).toBe(true);
  });
});

describe("languages and odd content", () => {
  it("quirk: Cyrillic text with Cyrillic lettered sub-points а) б)", () => {
    const r = parse(["1. Суверенитет Украины будет подтвержден.", "2. Гарантии США:", "а) США получат компенсацию;", "б) Если Украина вторгнется в Россию, она потеряет гарантию.", "3. Россия закрепит политику ненападения."]);
    expect(keys(r)).toEqual(["1", "2", "2.а", "2.б", "3"]);
  });

  it("quirk: Japanese text (full stops 。, caseless script)", () => {
    const r = parse(["22. ロシア連邦とウクライナは、合意を武力によって変更しないことを約束する。", "", "24. 人道委員会が設立される。", "", "a. 残りの捕虜と遺体はすべて交換される。", "", "25. ウクライナでは100日以内に選挙が行われる。"]);
    expect(tops(r)).toEqual(["22", "24", "25"]);
    expect(keys(r)).toContain("24.a");
  });

  it("quirk: full-width digits and delimiter (２２．)", () => {
    const r = parse(["２２．ロシア連邦とウクライナは約束する。", "２３．ロシアは妨害しない。"]);
    expect(tops(r)).toEqual(["22", "23"]);
    expect(get(r, "22").label).toBe("２２．");
  });

  it("quirk: Latvian text with diacritics", () => {
    const r = parse(["26. Visas šajā konfliktā iesaistītās puses saņems pilnīgu amnestiju.", "27. Šis nolīgums būs juridiski saistošs."]);
    expect(tops(r)).toEqual(["26", "27"]);
    expect(get(r, "27").text).toBe("Šis nolīgums būs juridiski saistošs.");
  });

  it("empty input → no clauses and an `empty` warning", () => {
    const r = parse("");
    expect(r.clauses).toEqual([]);
    expect(codes(r)).toEqual(["empty"]);
  });

  it("whitespace-only input → no clauses and an `empty` warning", () => {
    const r = parse("  \n\t\n \r\n   ");
    expect(r.clauses).toEqual([]);
    expect(codes(r)).toEqual(["empty"]);
  });

  it("HTML and script in the text are kept as plain text", () => {
    const r = parse(["1. <b>Ukraine</b> will be <script>alert('x')</script> sovereign.", "2. <img src=x onerror=alert(1)> Second."]);
    expect(tops(r)).toEqual(["1", "2"]);
    expect(get(r, "1").text).toBe("<b>Ukraine</b> will be <script>alert('x')</script> sovereign.");
    expect(get(r, "2").text).toBe("<img src=x onerror=alert(1)> Second.");
  });

  it("`\\r\\n` line endings parse like `\\n`", () => {
    const r = parseRendition("1. One.\r\n2. Two:\r\na. Sub.\r\n");
    expect(keys(r)).toEqual(["1", "2", "2.a"]);
    expect(get(r, "2").text).toBe("Two:");
  });
});

describe("splitFrontMatter", () => {
  it("separates YAML metadata from the body and reports where the body starts", () => {
    const { meta, body, bodyStartLine } = splitFrontMatter("---\nslug: x\npoints_recovered: \"1-10\"\n---\n\n1. One.\n");
    expect(meta).toEqual({ slug: "x", points_recovered: "1-10" });
    expect(body).toBe("\n1. One.\n");
    expect(bodyStartLine).toBe(5);
  });

  it("tolerates no front matter, a BOM and \\r\\n", () => {
    expect(splitFrontMatter("1. One.\n")).toEqual({ meta: {}, body: "1. One.\n", bodyStartLine: 1 });
    const crlf = splitFrontMatter("\uFEFF---\r\nslug: y\r\n---\r\n1. One.\r\n");
    expect(crlf.meta).toEqual({ slug: "y" });
    expect(crlf.body).toBe("1. One.\r\n");
    expect(crlf.bodyStartLine).toBe(4);
  });

  it("a Markdown rule around a sentence is not front matter; broken YAML metadata throws", () => {
    expect(splitFrontMatter("---\nJust a sentence.\n---\n1. One.").bodyStartLine).toBe(1);
    expect(() => splitFrontMatter("---\nslug: [unclosed\n---\n1. One.")).toThrow(/front matter/u);
  });
});

describe("scale", () => {
  it("parses a generated 5,000-point paste (~1 MB) into 5,000 points", () => {
    const filler = "The parties agree on the terms set out in this point, including monitoring by partners and the schedule for implementation over the coming months.";
    const lines: string[] = [];
    for (let n = 1; n <= 5000; n++) {
      lines.push(`${n}. Point ${n}: ${filler}`);
      if (n % 10 === 0) lines.push("a. A lettered sub-point with a little text.", "b. Another lettered sub-point.");
      lines.push("");
    }
    const text = lines.join("\n");
    expect(text.length).toBeGreaterThan(800_000);
    const r = parseRendition(text);
    expect(tops(r)).toHaveLength(5000);
    expect(r.clauses).toHaveLength(5000 + 1000);
    expect(codes(r)).toEqual([]);
  });
});
