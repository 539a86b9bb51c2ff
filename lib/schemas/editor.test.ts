import { describe, expect, it } from "vitest";
import {
  clauseEditSchema,
  draftCreateSchema,
  httpUrlSchema,
  linkReviewSchema,
  sourceMetaSchema,
  splitUrls,
  versionMetaSchema,
} from "./editor";

const version = { planId: 1, title: "Revised framework", party: "Ukraine and Europe", date: "2026-01-15", status: "leaked" };
const source = { outlet: "Example Post", kind: "verbatim", urls: ["https://example.org/plan"] };
const text = "1. Ukraine's sovereignty will be confirmed.\n2. A ceasefire along the line of contact.";

function messages(result: { success: boolean; error?: { issues: Array<{ message: string; path: PropertyKey[] }> } }) {
  return (result.error?.issues ?? []).map((i) => `${i.path.join(".")}: ${i.message}`);
}

describe("draftCreateSchema", () => {
  it("accepts a complete draft and fills the defaults", () => {
    const parsed = draftCreateSchema.parse({ version, source, text });
    expect(parsed.version).toMatchObject({ kind: "draft", respondsToId: null, pointCount: null, summary: "" });
    expect(parsed.source.title).toBe("");
    expect(parsed.source.language).toBeUndefined();
  });

  it.each([
    ["an empty paste", "", /text is empty/],
    ["whitespace only", "  \n\t ", /only spaces and line breaks/],
    ["over 1 MB", "x".repeat(1_000_001), /limit is 1 MB/],
    ["a NUL byte", "1. a\u0000b", /NUL byte/],
    ["replacement characters", "1. \uFFFD", /not UTF-8/],
    ["control characters", "1. \u0002", /control character U\+0002/],
  ])("refuses %s with its own message", (_, bad, message) => {
    const result = draftCreateSchema.safeParse({ version, source, text: bad });
    expect(result.success).toBe(false);
    expect(messages(result)).toEqual([expect.stringMatching(message)]);
    expect(result.error!.issues[0]!.path).toEqual(["text"]);
  });

  it("refuses a text that is not a string", () => {
    expect(messages(draftCreateSchema.safeParse({ version, source, text: 42 }))).toEqual([expect.stringMatching(/text is missing/)]);
  });

  it("accepts HTML, right-to-left and Cyrillic text as text", () => {
    for (const t of ["1. <script>alert(1)</script>", "١. نص البند الأول", "1. Україна отримає гарантії безпеки."]) {
      expect(draftCreateSchema.safeParse({ version, source, text: t }).success).toBe(true);
    }
  });
});

describe("URLs", () => {
  it.each([
    ["javascript:alert(1)", /uses “javascript:”/],
    ["JavaScript:alert(1)", /uses “javascript:”/],
    ["data:text/html,<script>alert(1)</script>", /uses “data:”/],
    ["file:///etc/passwd", /uses “file:”/],
    ["ftp://example.org/x", /uses “ftp:”/],
    ["vbscript:msgbox(1)", /uses “vbscript:”/],
    ["example.org/plan", /not a web address/],
    ["https://exa mple.org", /not a web address/],
  ])("refuses %s", (url, message) => {
    const result = httpUrlSchema.safeParse(url);
    expect(result.success).toBe(false);
    expect(messages(result)[0]).toMatch(message);
  });

  it("accepts http and https", () => {
    expect(httpUrlSchema.parse(" https://www.example.org/a?b=c ")).toBe("https://www.example.org/a?b=c");
    expect(httpUrlSchema.parse("http://example.org")).toBe("http://example.org");
  });

  it("splits a list typed one per line and refuses more than ten", () => {
    expect(splitUrls("https://a.example\n https://b.example , https://c.example")).toHaveLength(3);
    const many = Array.from({ length: 11 }, (_, i) => `https://e${i}.example`);
    expect(messages(sourceMetaSchema.safeParse({ ...source, urls: many }))).toEqual([expect.stringMatching(/at most 10 URLs/)]);
  });
});

describe("versionMetaSchema", () => {
  it("refuses a malformed date, slug and status with clear messages", () => {
    const result = versionMetaSchema.safeParse({ ...version, date: "15/01/2026", slug: "Not A Slug", status: "secret" });
    expect(messages(result).sort()).toEqual([
      expect.stringMatching(/^date: Enter the draft's date as YYYY-MM-DD/),
      expect.stringMatching(/^slug: A slug is lower-case letters/),
      expect.stringMatching(/^status: Choose how the version reached the public/),
    ]);
  });

  it("refuses a multi-line title and an empty party", () => {
    expect(messages(versionMetaSchema.safeParse({ ...version, title: "a\nb", party: "  " })).sort()).toEqual([
      "party: The party (who wrote it) is missing.",
      "title: The title must be one line of plain text.",
    ]);
  });
});

describe("clause and link inputs", () => {
  it("refuses an empty clause text and a long label", () => {
    expect(messages(clauseEditSchema.safeParse({ clauseId: 1, lockVersion: 0, label: "1.", text: "  " }))).toEqual([
      expect.stringMatching(/A clause needs text/),
    ]);
    expect(messages(clauseEditSchema.safeParse({ clauseId: 1, lockVersion: 0, label: "x".repeat(41), text: "t" }))).toEqual([
      expect.stringMatching(/at most 40 characters/),
    ]);
  });

  it("refuses an unknown link decision and a bad kind", () => {
    expect(messages(linkReviewSchema.safeParse({ op: "delete", linkId: 1, lockVersion: 0 }))).toEqual([expect.stringMatching(/confirm, reject/)]);
    expect(messages(linkReviewSchema.safeParse({ op: "kind", linkId: 1, lockVersion: 0, kind: "deleted" }))).toEqual([
      expect.stringMatching(/^kind: Choose one of the link kinds/),
    ]);
  });
});
