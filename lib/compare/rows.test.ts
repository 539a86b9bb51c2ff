import { describe, expect, it } from "vitest";
import type { LinkEvidence } from "@/lib/align/types";
import { changeSize, filterQuery, parseFilter, rowMatches, summarySentence, tallyPoints } from "./filters";
import { buildRows, type RowLink } from "./rows";
import type { SidePoint } from "./types";

const evidence: LinkEvidence = { similarity: 0.5, sharedNumbers: [], changedNumbers: { from: [], to: [] }, sharedNames: [], labelMatch: true, crossLanguage: false, notes: [] };

function point(key: string, text: string, extra: Partial<SidePoint> = {}): SidePoint {
  return { id: Number(key.replace(/\D/g, "")) || 0, key, label: `${key}.`, evidence: "verbatim", language: "en", truncated: false, deleted: false, lineageId: null, text, witness: null, subs: [], ...extra };
}
const link = (from: string[], to: string[], kind: RowLink["kind"]): RowLink => ({ from, to, kind, score: 0.5, flags: [], evidence, note: "", source: { kind: "computed" } });

describe("buildRows", () => {
  const from = [
    point("1", "Ukraine’s sovereignty will be confirmed."),
    point("2", "The size of the Ukrainian Armed Forces will be limited to 600,000 personnel."),
    point("3", "NATO will not expand further."),
    point("4", "A dialogue will be held."),
  ];
  const to = [
    point("1", "Ukraine’s sovereignty will be confirmed."),
    point("2", "The size of the Ukrainian Armed Forces will be limited to 800,000 personnel."),
    point("3", "Point 3 is to be removed.", { deleted: true }),
    point("4", "", { evidence: "unknown", language: null }),
    point("5", "A new point."),
  ];
  const rows = buildRows(from, to, [link(["1"], ["1"], "unchanged"), link(["2"], ["2"], "changed"), link(["3"], [], "removed"), link(["4"], ["4"], "unknown"), link([], ["5"], "added")]);

  it("puts every point in one row, in the earlier version's order, with the struck notice on the removed row", () => {
    expect(rows.map((r) => r.anchor)).toEqual(["row-1", "row-2", "row-3", "row-4", "row-to-5"]);
    expect(rows[2]!.struck?.key).toBe("3");
  });

  it("diffs a changed pair and says why an unknown row is unknown", () => {
    expect(rows[1]!.diff.status).toBe("ok");
    expect(rows[3]!.unknownReason).toBe("not-recovered");
    expect(rows[3]!.diff.status).toBe("none");
  });

  it("counts unknown as unknown in the summary, never as removed", () => {
    const sentence = summarySentence(tallyPoints(rows));
    expect(sentence).toBe("1 of 4 points substantively changed, 1 unchanged; 1 removed; 1 not recovered; 1 new point.");
  });

  it("says how many later points have no known origin, so the sentence agrees with the filter chips", () => {
    const later = buildRows([point("1", "Ukraine’s sovereignty will be confirmed.")], [point("1", "Ukraine’s sovereignty will be confirmed."), point("2", "Point 18 (elections)", { evidence: "reported" })], [
      link(["1"], ["1"], "unchanged"),
      link([], ["2"], "unknown"),
    ]);
    expect(summarySentence(tallyPoints(later))).toBe("None of the 1 points substantively changed, 1 unchanged; 1 later point whose origin cannot be told.");
  });

  it("places a new point after the row holding the later point before it", () => {
    const r = buildRows([point("1", "a b c"), point("2", "d e f")], [point("1", "a b c"), point("2", "x y z"), point("3", "d e f")], [
      link(["1"], ["1"], "unchanged"),
      link(["2"], ["3"], "moved"),
      link([], ["2"], "added"),
    ]);
    expect(r.map((x) => x.anchor)).toEqual(["row-1", "row-to-2", "row-2"]);
  });

  it("a side that breaks off: the other side's words past the break are not compared, never deleted (US 12 → E3 12)", () => {
    const us = point("12", "A robust global package of measures to rebuild Ukraine, including: Establishment of a Ukraine Development Fund to invest in high-growth industries. The United States will coop", { truncated: true });
    const e3 = point("12", "A comprehensive recovery plan for Ukraine, which includes: Establishment of a De", { evidence: "paraphrase", truncated: true });
    const [row] = buildRows([us], [e3], [link(["12"], ["12"], "changed")]);
    expect(row!.diff.status).toBe("ok");
    const parts = row!.diff.status === "ok" ? row!.diff.parts : [];
    expect(parts.at(-2)).toEqual({ op: "uncompared-from", text: "Ukraine Development Fund to invest in high-growth industries. The United States will coop" });
    expect(parts.at(-1)).toEqual({ op: "uncompared-to", text: "De" });
    expect(parts.filter((p) => p.op === "delete").map((p) => p.text).join(" ")).not.toContain("Development Fund");
  });

  it("says different languages instead of diffing across them", () => {
    const [r] = buildRows([point("1", "Wahlen in 100 Tagen", { language: "de" })], [point("1", "Elections within 100 days")], [link(["1"], ["1"], "changed")]);
    expect(r!.diff).toEqual({ status: "cross-language", from: "de", to: "en" });
  });
});

describe("filters", () => {
  it("reads and writes the URL state, ignoring unknown values", () => {
    const f = parseFilter({ changes: "only", kind: ["changed", "bogus", "removed"], min: "25" });
    expect(f).toEqual({ changesOnly: true, kinds: ["changed", "removed"], minChange: 25 });
    expect(filterQuery(f)).toBe("?changes=only&kind=changed&kind=removed&min=25");
    expect(parseFilter({ min: "33" }).minChange).toBe(0);
  });

  it("changes only hides unchanged and unknown rows; a minimum size hides rows that cannot be measured", () => {
    const rows = buildRows([point("1", "same"), point("2", "", { evidence: "unknown" }), point("3", "gone")], [point("1", "same")], [
      link(["1"], ["1"], "unchanged"),
      link(["2"], [], "unknown"),
      link(["3"], [], "removed"),
    ]);
    expect(rows.filter((r) => rowMatches(r, parseFilter({ changes: "only" }))).map((r) => r.kind)).toEqual(["removed"]);
    expect(rows.map(changeSize)).toEqual([0, null, 1]);
    expect(rows.filter((r) => rowMatches(r, parseFilter({ min: "50" }))).map((r) => r.kind)).toEqual(["removed"]);
  });
});
