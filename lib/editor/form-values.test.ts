import { describe, expect, it } from "vitest";
import { draftCreateSchema } from "@/lib/schemas/editor";
import { EMPTY_SOURCE, fillFromFrontMatter, slugPreview, sourceMetaFrom, versionMetaFrom, type VersionFormValues } from "./form-values";

const form: VersionFormValues = {
  planId: "1",
  title: "Revised framework",
  slug: "",
  party: "Ukraine",
  date: "2026-01-14",
  status: "leaked",
  kind: "draft",
  respondsToId: "7",
  pointCount: "",
  summary: "",
};

describe("form values", () => {
  it("reads the form's strings as the schema's numbers, nulls and lists", () => {
    expect(versionMetaFrom(form)).toEqual({ ...form, planId: 1, respondsToId: 7, pointCount: null, slug: undefined });
    expect(sourceMetaFrom({ ...EMPTY_SOURCE, outlet: "X", urls: "https://a.example\nhttps://b.example" })).toEqual({ outlet: "X", title: "", urls: ["https://a.example", "https://b.example"], kind: "verbatim" });
  });

  it("makes a non-number a schema error, not a silent zero", () => {
    const result = draftCreateSchema.safeParse({ version: versionMetaFrom({ ...form, pointCount: "twenty" }), source: sourceMetaFrom({ ...EMPTY_SOURCE, outlet: "X" }), text: "1. a\n2. b" });
    expect(result.error?.issues.map((i) => i.message)).toEqual(["The number of points must be a whole number."]);
  });

  it("previews the slug the server will make", () => {
    expect(slugPreview({ title: "Révisé: E3 plan (2026)", date: "" })).toBe("revise-e3-plan-2026");
    expect(slugPreview({ title: "Мирний план", date: "2026-01-14" })).toBe("draft-2026-01-14");
  });

  it("fills empty fields from front matter, never over what the editor typed", () => {
    const filled = fillFromFrontMatter({ outlet: "Kyiv Post", url: "https://a.example https://b.example", language: "uk", date: new Date("2026-01-14T00:00:00Z"), title: "Page" }, { ...form, date: "" }, { ...EMPTY_SOURCE, outlet: "Typed" });
    expect(filled.source).toMatchObject({ outlet: "Typed", urls: "https://a.example\nhttps://b.example", language: "uk", title: "Page" });
    expect(filled.version.date).toBe("2026-01-14");
    expect(filled.filled).toEqual(["source title", "URL", "language", "date"]);
  });
});
