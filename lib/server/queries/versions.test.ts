import { describe, expect, it } from "vitest";
import { completeness } from "./versions";

const point = (evidence: "verbatim" | "paraphrase" | "reported" | "unknown") => ({ role: "point" as const, evidence });
const report = { role: "report" as const, evidence: "reported" as const };

describe("completeness", () => {
  it("counts points by grade and keeps unrecovered points as gaps", () => {
    const c = completeness(5, [point("verbatim"), point("paraphrase"), point("unknown"), point("reported"), point("unknown"), report]);
    expect(c).toMatchObject({ total: 5, withText: 2, reportedOnly: 1, unknown: 2, reports: 1 });
    expect(c.points).toEqual(["verbatim", "paraphrase", "unknown", "reported", "unknown"]);
  });

  it("pads to the declared point count when points are missing from the record", () => {
    expect(completeness(4, [point("verbatim")])).toMatchObject({ total: 4, unknown: 3 });
  });

  it("shows a version known only from reports as reports, not as a row of gaps", () => {
    expect(completeness(19, [report, report])).toMatchObject({ total: 0, unknown: 0, reports: 2, points: [] });
  });
});
