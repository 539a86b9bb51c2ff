import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { parseGoldCsv } from "@/lib/align/gold";
import type { CompareRowData, SidePoint } from "@/lib/compare/types";
import { alignmentCsv, alignmentRows, evidenceCode } from "./alignment";
import { csvField } from "./csv";

const point = (key: string, evidence: SidePoint["evidence"]): SidePoint => ({
  id: Number(key.replace(/\D/g, "")) || 0,
  key,
  label: `${key}.`,
  evidence,
  language: "en",
  truncated: false,
  deleted: false,
  lineageId: null,
  text: "",
  witness: null,
  subs: [],
});

const row = (over: Partial<CompareRowData>): CompareRowData => ({
  anchor: "row",
  extraAnchors: [],
  kind: "changed",
  score: 0.5,
  flags: [],
  evidence: null,
  note: "",
  source: { kind: "stored", linkId: 1, lockVersion: 0, origin: "auto", status: "proposed", reversed: false },
  from: [],
  to: [],
  struck: null,
  diff: { status: "none" },
  unknownReason: null,
  ...over,
});

describe("evidenceCode", () => {
  it("says what the gold files say", () => {
    expect(evidenceCode(["verbatim"], ["verbatim"])).toBe("T");
    expect(evidenceCode(["verbatim"], ["paraphrase"])).toBe("T/S");
    expect(evidenceCode(["paraphrase"], ["verbatim"])).toBe("T/S");
    expect(evidenceCode(["verbatim"], ["reported"])).toBe("R");
    expect(evidenceCode(["verbatim"], ["unknown"])).toBe("?");
    expect(evidenceCode(["verbatim"], [])).toBe("T");
  });
});

describe("alignment CSV", () => {
  const rows = alignmentRows([
    row({ from: [point("6", "verbatim")], to: [point("6", "verbatim")], kind: "changed", score: 0.48, flags: ["number", "actor"] }),
    row({ from: [point("3", "verbatim")], to: [], kind: "removed", score: 0.9, source: { kind: "stored", linkId: 2, lockVersion: 1, origin: "editor", status: "confirmed", reversed: false } }),
    row({ from: [point("10", "verbatim"), point("11", "verbatim")], to: [point("5", "paraphrase")], kind: "merged", source: { kind: "computed" } }),
    row({ from: [point("26", "verbatim")], to: [point("26", "reported")], kind: "unknown", note: "=HYPERLINK(\"x\")" }),
    row({ from: [point("27", "verbatim")], to: [], kind: null, source: { kind: "none" } }),
  ]);

  it("has one row per link, the gold's columns first, readable by the gold parser", () => {
    const csv = alignmentCsv(rows);
    const lines = csv.trimEnd().split("\r\n");
    expect(lines[0]).toBe("from_key,to_key,kind,evidence,flags,score,origin,status,from_evidence,to_evidence,link_id,note");
    expect(lines).toHaveLength(5);
    expect(lines[1]).toBe("6,6,changed,T,number|actor,0.480,auto,proposed,T,T,1,");
    expect(lines[2]).toBe("3,,removed,T,,0.900,editor,confirmed,T,,2,");
    expect(lines[3]).toBe("10+11,5,merged,T/S,,0.500,computed,computed,T+T,S,,");
    const gold = parseGoldCsv(csv);
    expect(gold.map((g) => [g.from, g.to, g.family, g.evidence])).toEqual([
      [["6"], ["6"], "changed", "T"],
      [["3"], [], "removed", "T"],
      [["10", "11"], ["5"], "changed", "T/S"],
      [["26"], ["26"], null, "R"],
    ]);
  });

  it("neutralises spreadsheet formulas and quotes what needs quoting", () => {
    expect(alignmentCsv(rows)).toContain(`"'=HYPERLINK(""x"")"`);
    expect(csvField("a,b")).toBe('"a,b"');
    expect(csvField("line\nbreak")).toBe('"line\nbreak"');
    expect(csvField("-1")).toBe("'-1");
  });

  it("matches the shape of the repository's gold file", () => {
    const gold = readFileSync(path.join(process.cwd(), "prisma/seed/gold/us-28-draft__eu-counter-proposal.csv"), "utf8");
    expect(alignmentCsv([]).split("\r\n")[0]!.startsWith(gold.split(/\r?\n/)[0]!)).toBe(true);
  });
});
