/**
 * Topic suggestion on real clauses, quoted from the seed renditions (prisma/seed/plans/), in the
 * languages they were published in.
 */
import { describe, expect, it } from "vitest";
import { topicCatalog } from "./catalog";
import { suggestTopics, suggestTopicsForTexts } from "./suggest";

const slugs = (text: string, language: string | null) => suggestTopics(text, language).map((s) => s.slug);
const top = (text: string, language: string | null) => slugs(text, language)[0];

describe("the topic catalog", () => {
  it("has the four headline buckets and at least 15 specific topics", () => {
    const catalog = topicCatalog();
    expect(catalog.buckets.map((b) => b.name)).toEqual([
      "Peace in Ukraine",
      "Security guarantees",
      "Security in Europe",
      "Future US relations with Russia and Ukraine",
    ]);
    expect(catalog.topics.length).toBeGreaterThanOrEqual(15);
    for (const slug of ["territory", "army-size", "nato", "foreign-troops", "security-guarantees", "sanctions", "frozen-assets", "reconstruction", "elections", "amnesty", "zaporizhzhia-npp", "language-church", "prisoners-civilians", "ceasefire", "enforcement"]) {
      expect(catalog.topics.map((t) => t.slug)).toContain(slug);
    }
  });
});

describe("suggestTopics on the 28-point draft", () => {
  it("puts point 6 under army size, in English and in German", () => {
    // us-28-draft--globalnews-ap.md, us-28-draft--news-pravda-de-series.md
    expect(top("The size of the Ukrainian Armed Forces will be limited to 600,000 personnel.", "en")).toBe("army-size");
    expect(top("Die Größe der ukrainischen Streitkräfte wird auf 600.000 Soldaten begrenzt.", "de")).toBe("army-size");
  });

  it("finds the amnesty point in German, Latvian and Japanese", () => {
    expect(slugs("Alle an diesem Konflikt beteiligten Parteien erhalten vollständige Amnestie für ihre Handlungen während des Krieges und erklären sich bereit, in Zukunft keine Ansprüche oder Beschwerden zu erheben.", "de")).toEqual(["amnesty"]);
    expect(slugs("Visas šajā konfliktā iesaistītās puses saņems pilnīgu amnestiju par savu rīcību kara laikā un piekritīs turpmāk neizvirzīt nekādas prasības un neizskatīt nekādas sūdzības.", "lv")).toEqual(["amnesty"]);
    expect(slugs("この紛争に関与したすべての当事者は、戦争中の行動について完全な恩赦を受け、将来いかなる主張も行わず、いかなる苦情も検討しないことに同意する。", "ja")).toEqual(["amnesty"]);
  });

  it("tells the nuclear plant from the Zaporizhzhia region", () => {
    // us-28-draft--news-pravda-en-part2.md, point 19 and 21b; us-28-draft--news-pravda-cz-19-24.md, 21b
    expect(top("The Zaporizhzhia Nuclear Power Plant will be launched under IAEA supervision, and the electricity generated will be shared equally between Russia and Ukraine – 50:50.", "en")).toBe("zaporizhzhia-npp");
    expect(slugs("Kherson and Zaporizhzhia will be frozen along the line of contact, which will constitute de facto recognition along the line of contact.", "en")).toEqual(["territory"]);
    expect(slugs("Cherson a Záporoží budou „zmrazeny“ podél linie kontaktu, což bude znamenat de facto uznání podél této linie.", "cs")).toEqual(["territory"]);
    expect(top("La centrale nucleare di Zaporizhzhia sarà riavviata sotto la supervisione dell'AIEA e l'elettricità generata sarà divisa equamente tra Russia e Ucraina (50:50).", "it")).toBe("zaporizhzhia-npp");
  });

  it("separates NATO membership from NATO troops", () => {
    expect(top("Ukraine agrees to enshrine in its constitution that it will not join NATO, and NATO agrees to include in its statutes a provision that Ukraine will not be admitted in the future.", "en")).toBe("nato");
    expect(slugs("NATO agrees not to station troops in Ukraine.", "en")).toEqual(["foreign-troops"]);
    // Point 4 names NATO but is about a dialogue, not membership.
    expect(slugs("A dialogue will be held between Russia and NATO, mediated by the United States, to resolve all security issues and create conditions for de-escalation.", "en")).not.toContain("nato");
  });

  it("reads the Peace Council point as enforcement, not as ceasefire monitoring", () => {
    const s = slugs("Diese Vereinbarung ist rechtsverbindlich. Ihre Umsetzung wird vom Friedensrat überwacht und garantiert, dem Präsident Donald J. Trump vorsitzt. Bei Verstößen werden Sanktionen verhängt.", "de");
    expect(s[0]).toBe("enforcement");
    expect(s).not.toContain("ceasefire");
  });

  it("finds frozen assets in Spanish and the ceasefire in Dutch", () => {
    // us-28-draft--lagaceta-es.md, eu-24-point-telegraph--news-pravda-nl.md
    expect(top("Los fondos congelados serán utilizados de la siguiente manera: 100,000 millones de dólares en activos congelados rusos serán invertidos en iniciativas lideradas por Estados Unidos para reconstruir e invertir en Ucrania.", "es")).toBe("frozen-assets");
    expect(top("Beide partijen in het conflict verbinden zich ertoe een volledig en onvoorwaardelijk staakt-het-vuren in de lucht, op land en op zee te respecteren.", "nl")).toBe("ceasefire");
  });

  it("proposes nothing for a clause with no cue", () => {
    expect(suggestTopics("Ukraine's sovereignty will be confirmed.", "en").map((s) => s.slug)).toEqual(["non-aggression"]);
    expect(suggestTopics("All ambiguities of the last 30 years will be considered settled.", "en")).toEqual([]);
    expect(suggestTopics("", "en")).toEqual([]);
  });
});

describe("scores and cues", () => {
  it("scores one strong cue 0.5 and reports the words as printed", () => {
    const [s] = suggestTopics("25. In der Ukraine werden innerhalb von 100 Tagen Wahlen abgehalten.", "de");
    expect(s).toEqual({ slug: "elections", score: 0.5, cues: ["Wahlen"] });
  });

  it("does not propose a topic on one weak cue alone", () => {
    // "troops" alone is not enough for foreign troops.
    expect(slugs("Ukrainian armed forces capped at 800,000 troops in peacetime.", "en")).toEqual(["army-size"]);
  });

  it("takes the best witness per topic instead of adding translations up", () => {
    const witnesses = [
      { text: "6. Die Größe der ukrainischen Streitkräfte wird auf 600.000 Soldaten begrenzt.", language: "de" },
      { text: "The number of the Armed Forces will be limited 600,000 people.", language: "en" },
    ];
    const [s] = suggestTopicsForTexts(witnesses);
    expect(s!.slug).toBe("army-size");
    expect(s!.score).toBe(suggestTopics(witnesses[0]!.text, "de")[0]!.score);
  });
});

describe("term prefixes stay within their word", () => {
  it("the Dnipro and Crimea do not match Dnipropetrovsk or 'kriminell' (us-28-draft--news-pravda-cz-19-24 21c)", () => {
    const cz = "Rusko se vzdá ostatních anektovaných území (pravděpodobně se jedná o ruskem okupované části Charkovské, Sumské a Dněpropetrovské oblasti – pozn.).";
    expect(suggestTopics(cz, "cs").map((s) => s.slug)).not.toContain("trade-energy");
    expect(suggestTopics("Die Parteien verurteilen kriminelle Handlungen.", "de").map((s) => s.slug)).not.toContain("territory");
    // The Latvian forms the prefixes are for still match.
    expect(suggestTopics("Krievija neliegs Ukrainai izmantot Dņepras upi komerciālām darbībām.", "lv").map((s) => s.slug)).toContain("trade-energy");
  });
});
