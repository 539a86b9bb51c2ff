import { describe, expect, it } from "vitest";
import { parseRendition } from "@/lib/parse";
import { actionFor, planRendition, type VersionClauseRef } from "./rendition";

const c = (key: string, text: string, evidence: VersionClauseRef["evidence"] = "verbatim", parentKey: string | null = null): VersionClauseRef => ({
  key,
  parentKey,
  role: "point",
  text,
  evidence,
  language: evidence === "unknown" ? null : "en",
});

// The E3 counter-proposal as the seed knows it, shortened: some points word for word, some only reported, some not recovered.
const version: VersionClauseRef[] = [
  c("1", "Ukraine's sovereignty will be confirmed."),
  c("2", "A comprehensive non-aggression agreement will be concluded between Russia, Ukraine and Europe."),
  c("3", "Russia will not invade its neighbours and NATO will not expand further.", "reported"),
  c("4", "A dialogue will be held between Russia and NATO, mediated by the United States, to resolve all security issues."),
  c("5", "Ukraine will receive robust security guarantees."),
  c("6", "The size of the Ukrainian armed forces will be limited to 800,000 in peacetime."),
  c("15", "", "unknown"),
  c("16", "", "unknown"),
];

describe("planRendition", () => {
  it("fills an unknown point from a rendition that numbers as the version does", () => {
    const plan = planRendition(version, parseRendition("15. Russia will enshrine in law a policy of non-aggression towards Europe and Ukraine."), {
      kind: "verbatim",
      language: "en",
      isReportCollection: false,
    });
    expect(plan.numbering).toBe("version");
    expect(plan.matches).toEqual([expect.objectContaining({ clauseKey: "15", action: "fill", evidence: "verbatim", label: "15." })]);
    expect(plan.unmatched).toEqual([]);
  });

  it("keeps a second witness of a known point as a reading, and upgrades a reported one", () => {
    const plan = planRendition(
      version,
      parseRendition(
        "1. Ukraine's sovereignty will be confirmed.\n2. A comprehensive non-aggression agreement will be concluded between Russia, Ukraine and Europe.\n3. Russia will not invade its neighbours and NATO will not expand further."
      ),
      { kind: "verbatim", language: "en", isReportCollection: false },
    );
    expect(plan.matches.map((m) => [m.clauseKey, m.action])).toEqual([
      ["1", "reading"],
      ["2", "reading"],
      ["3", "upgrade"],
    ]);
  });

  it("matches by wording when the rendition has its own order", () => {
    const plan = planRendition(
      version,
      parseRendition(
        "1. The Ukrainian armed forces will be limited to 800,000 in peacetime.\n2. Ukraine will receive robust security guarantees.\n3. A dialogue between Russia and NATO, mediated by the United States, will resolve security issues."
      ),
      { kind: "summary", language: "en", isReportCollection: false },
    );
    expect(plan.numbering).toBe("own");
    expect(plan.matches.map((m) => [m.clauseKey, m.via, m.evidence])).toEqual([
      ["4", "wording", "paraphrase"],
      ["5", "wording", "paraphrase"],
      ["6", "wording", "paraphrase"],
    ]);
  });

  it("leaves points the version does not have unmatched", () => {
    const plan = planRendition(version, parseRendition("15. A text.\n16. Another text.\n17. Not a point of this version."), { kind: "verbatim", language: "en", isReportCollection: false });
    expect(plan.matches.map((m) => m.clauseKey)).toEqual(["15", "16"]);
    expect(plan.unmatched.map((u) => u.key)).toEqual(["17"]);
  });

  it("attaches press reports to the points they name", () => {
    const plan = planRendition(version, parseRendition("1. Point 16 — ⟦the E3 text drops the amnesty⟧ (Reuters)\n2. ⟦Nothing about points⟧"), {
      kind: "report",
      language: "en",
      isReportCollection: true,
    });
    expect(plan.numbering).toBe("reports");
    expect(plan.matches).toEqual([expect.objectContaining({ clauseKey: "16", action: "fill", evidence: "reported" })]);
    expect(plan.unmatched).toHaveLength(1);
  });

  it("ranks grades like the collation", () => {
    expect(actionFor("unknown", "reported")).toBe("fill");
    expect(actionFor("reported", "verbatim")).toBe("upgrade");
    expect(actionFor("verbatim", "verbatim")).toBe("reading");
    expect(actionFor("verbatim", "paraphrase")).toBe("reading");
  });
});
