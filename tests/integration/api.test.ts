/**
 * The read API (/api/v1) and the downloads, on real PostgreSQL with the seed imported. The endpoints are
 * plain functions of the client and the request; the route files only bind them to the app's client, so
 * these tests call the same functions with the test database (and one test calls a route file's GET).
 */
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { parseGoldCsv } from "@/lib/align/gold";
import { exportAlignment, exportVersion } from "@/lib/server/api/exports";
import { getLineage, getLinks, getSearch, getSource, getVersion, getVersionSources, getVersions } from "@/lib/server/api/v1";
import { getCompare, sidePoints } from "@/lib/server/queries/compare";
import { getLineage as lineagePage } from "@/lib/server/queries/lineage";
import type { TestDatabase } from "./database";
import { createSeededDatabase } from "./seeded";

let t: TestDatabase;
beforeAll(async () => {
  t = await createSeededDatabase();
}, 300_000);
afterAll(async () => t?.drop());

const BASE = "http://pointwise.test";
const req = (path: string, headers: Record<string, string> = {}) => new Request(`${BASE}${path}`, { headers });
const ctx = <P>(params: P) => ({ params: Promise.resolve(params) });

async function json(response: Response): Promise<any> {
  expect(response.headers.get("content-type")).toMatch(/^application\/json/);
  return response.json();
}

async function expectError(response: Response, status: number, code: string) {
  expect(response.status).toBe(status);
  const body = await json(response);
  expect(body.error.code).toBe(code);
  expect(typeof body.error.message).toBe("string");
  expect(response.headers.get("cache-control")).toBe("no-store");
  return body;
}

describe("GET /api/v1/versions", () => {
  it("lists published versions in date order, paginated with an opaque cursor", async () => {
    const first = await getVersions(t.db, req("/api/v1/versions?limit=4"));
    expect(first.status).toBe(200);
    const page1 = await json(first);
    expect(page1.data).toHaveLength(4);
    expect(page1.data[0]).toMatchObject({ slug: "us-28-draft", date: "2025-11-20", links: { self: "/api/v1/versions/us-28-draft" } });
    expect(page1.page).toMatchObject({ limit: 4, total: 9 });
    const page2 = await json(await getVersions(t.db, req(`/api/v1/versions?limit=4&cursor=${page1.page.nextCursor}`)));
    const page3 = await json(await getVersions(t.db, req(`/api/v1/versions?limit=4&cursor=${page2.page.nextCursor}`)));
    const slugs = [...page1.data, ...page2.data, ...page3.data].map((v: { slug: string }) => v.slug);
    expect(new Set(slugs).size).toBe(9);
    expect(page3.page.nextCursor).toBeNull();
    const dates = [...page1.data, ...page2.data, ...page3.data].map((v: { date: string }) => v.date);
    expect(dates).toEqual([...dates].sort());
  });

  it("answers 400 with zod's message for bad parameters", async () => {
    const tooMany = await expectError(await getVersions(t.db, req("/api/v1/versions?limit=1000")), 400, "bad_request");
    expect(tooMany.error.message).toMatch(/limit/);
    await expectError(await getVersions(t.db, req("/api/v1/versions?cursor=nonsense!")), 400, "bad_request");
    await expectError(await getVersions(t.db, req("/api/v1/versions?cursor=abc")), 400, "bad_request");
    const unknown = await expectError(await getVersions(t.db, req("/api/v1/versions?sort=date")), 400, "bad_request");
    expect(unknown.error.message).toMatch(/sort/);
  });

  it("sends an ETag and a public cache, and 304 when the client has the body", async () => {
    const response = await getVersions(t.db, req("/api/v1/versions"));
    const etag = response.headers.get("etag")!;
    expect(etag).toMatch(/^"[A-Za-z0-9_-]+"$/);
    expect(response.headers.get("cache-control")).toBe("public, max-age=60, stale-while-revalidate=600");
    const again = await getVersions(t.db, req("/api/v1/versions", { "if-none-match": etag }));
    expect(again.status).toBe(304);
    expect(again.headers.get("etag")).toBe(etag);
    expect(await again.text()).toBe("");
    expect((await getVersions(t.db, req("/api/v1/versions", { "if-none-match": `W/${etag}, "other"` }))).status).toBe(304);
    expect((await getVersions(t.db, req("/api/v1/versions", { "if-none-match": '"stale"' }))).status).toBe(200);
    // Another page is another body: another tag.
    expect((await getVersions(t.db, req("/api/v1/versions?limit=2"))).headers.get("etag")).not.toBe(etag);
  });
});

describe("GET /api/v1/versions/{slug}", () => {
  it("returns the version with every clause, its readings, topics, permalink and text hash", async () => {
    const body = await json(await getVersion(t.db, req("/api/v1/versions/us-28-draft"), ctx({ slug: "us-28-draft" })));
    expect(body.data.slug).toBe("us-28-draft");
    const six = body.data.clauses.find((c: { key: string }) => c.key === "6");
    expect(six).toMatchObject({ evidence: "verbatim", parent: null, lineage: "us-28-draft.6", topics: [{ slug: "army-size", status: "proposed" }] });
    expect(six.text).toMatch(/600,000/);
    expect(six.readings.length).toBeGreaterThanOrEqual(5);
    expect(six.contentHash).toMatch(/^[0-9a-f]{10}$/);
    expect(six.permalink).toBe(`${BASE}/versions/us-28-draft/clauses/6`);
    expect(body.data.clauses.filter((c: { parent: string | null }) => c.parent === "10")).toHaveLength(4);
  });

  it("answers 404 for an unknown or unpublished version, 400 for a malformed slug", async () => {
    await expectError(await getVersion(t.db, req("/api/v1/versions/no-such"), ctx({ slug: "no-such" })), 404, "not_found");
    await expectError(await getVersion(t.db, req("/api/v1/versions/Bad%20Slug"), ctx({ slug: "Bad Slug" })), 400, "bad_request");
    await t.db.version.updateMany({ where: { slug: "paris-declaration-2026" }, data: { state: "draft" } });
    try {
      await expectError(await getVersion(t.db, req("/api/v1/versions/paris-declaration-2026"), ctx({ slug: "paris-declaration-2026" })), 404, "not_found");
      const list = await json(await getVersions(t.db, req("/api/v1/versions")));
      expect(list.data.map((v: { slug: string }) => v.slug)).not.toContain("paris-declaration-2026");
    } finally {
      await t.db.version.updateMany({ where: { slug: "paris-declaration-2026" }, data: { state: "published" } });
    }
  });
});

describe("sources", () => {
  it("lists a version's sources and returns one with its raw text and sha256", async () => {
    const list = await json(await getVersionSources(t.db, req("/api/v1/versions/plan-20/sources?limit=3"), ctx({ slug: "plan-20" })));
    expect(list.data).toHaveLength(3);
    expect(list.page.total).toBeGreaterThan(3);
    expect(list.data[0]).not.toHaveProperty("rawText");
    const id = list.data[0].id;
    const one = await json(await getSource(t.db, req(`/api/v1/sources/${id}`), ctx({ id: String(id) })));
    expect(one.data).toMatchObject({ id, version: "plan-20" });
    expect(one.data.rawText.length).toBeGreaterThan(100);
    expect(one.data.sha256).toMatch(/^[0-9a-f]{64}$/);
  });

  it("answers 404 and 400", async () => {
    await expectError(await getVersionSources(t.db, req("/api/v1/versions/no-such/sources"), ctx({ slug: "no-such" })), 404, "not_found");
    await expectError(await getSource(t.db, req("/api/v1/sources/999999"), ctx({ id: "999999" })), 404, "not_found");
    await expectError(await getSource(t.db, req("/api/v1/sources/abc"), ctx({ id: "abc" })), 400, "bad_request");
    await expectError(await getSource(t.db, req("/api/v1/sources/-3"), ctx({ id: "-3" })), 400, "bad_request");
  });
});

describe("GET /api/v1/links", () => {
  it("returns the links of two versions with the export's fields, filtered like the compare view", async () => {
    const body = await json(await getLinks(t.db, req("/api/v1/links?from=us-28-draft&to=eu-counter-proposal")));
    expect(body.data.from.slug).toBe("us-28-draft");
    expect(body.data.mode).toBe("stored");
    const six = body.data.links.find((l: { from: string[] }) => l.from.join() === "6");
    expect(six).toMatchObject({ to: ["6"], kind: "changed", evidence: "T", origin: "auto", status: "proposed", fromEvidence: ["verbatim"] });
    expect(body.page.total).toBe(body.data.links.length);
    const changed = await json(await getLinks(t.db, req("/api/v1/links?from=us-28-draft&to=eu-counter-proposal&kind=changed")));
    expect(changed.data.links.length).toBeGreaterThan(0);
    expect(changed.data.links.every((l: { kind: string }) => l.kind === "changed")).toBe(true);
    expect(changed.data.filters).toEqual({ kind: ["changed"] });
  });

  it("answers 400 without both ends or with a wrong filter, 404 for an unknown version", async () => {
    await expectError(await getLinks(t.db, req("/api/v1/links?from=us-28-draft")), 400, "bad_request");
    await expectError(await getLinks(t.db, req("/api/v1/links?from=us-28-draft&to=plan-20&kind=sideways")), 400, "bad_request");
    await expectError(await getLinks(t.db, req("/api/v1/links?from=us-28-draft&to=no-such")), 404, "not_found");
  });
});

describe("GET /api/v1/lineages/{id}", () => {
  it("follows one clause through the versions", async () => {
    const body = await json(await getLineage(t.db, req("/api/v1/lineages/us-28-draft.6"), ctx({ id: "us-28-draft.6" })));
    expect(body.data.id).toBe("us-28-draft.6");
    const versions = body.data.clauses.map((c: { version: { slug: string } }) => c.version.slug);
    expect(versions[0]).toBe("us-28-draft");
    expect(versions).toContain("eu-counter-proposal");
    // Across the 20-point plan's renumbering: the army cap is its point 4 (600,000 → 800,000 in peacetime).
    const plan20 = body.data.clauses.find((c: { version: { slug: string } }) => c.version.slug === "plan-20");
    expect(plan20).toMatchObject({ key: "4" });
    // A point rewritten in place under its own number: the non-aggression agreement becomes a pact (20-point 2).
    const two = await json(await getLineage(t.db, req("/api/v1/lineages/us-28-draft.2"), ctx({ id: "us-28-draft.2" })));
    expect(two.data.clauses.find((c: { version: { slug: string } }) => c.version.slug === "plan-20")).toMatchObject({ key: "2" });
    expect(body.data.clauses[0].permalink).toBe(`${BASE}/versions/us-28-draft/clauses/6`);
  });

  it("on the lineage page, a step is compared with the version its link comes from (US 12 split into 20-point 8 and 9)", async () => {
    const view = await lineagePage(t.db, "us-28-draft.12");
    const step = view!.steps.find((s) => s.version.slug === "plan-20")!;
    expect(step.points.map((p) => p.key)).toEqual(["8", "9"]);
    // The 20-point plan answers the 28 points: the change is read from there, not from E3's mark-up in between.
    expect(step.change).toMatchObject({ previous: { slug: "us-28-draft" }, row: { kind: "split" } });
  });

  it("on the lineage page, a version without the clause says what the most telling link says, as the compare page does", async () => {
    const compare = await getCompare(t.db, "us-28-draft", "plan-20");
    let removed = 0;
    for (const key of ["13", "14", "15", "17"]) {
      const row = compare!.rows.find((r) => r.from.length === 1 && r.from[0]!.key === key)!;
      const step = (await lineagePage(t.db, `us-28-draft.${key}`))!.steps.find((s) => s.version.slug === "plan-20")!;
      if (row.kind !== "removed") continue;
      removed++;
      expect(step.absence, `US ${key}`).toMatchObject({ state: "removed", via: { slug: "us-28-draft" } });
    }
    expect(removed).toBeGreaterThanOrEqual(2);
  });

  it("answers 404 and 400", async () => {
    await expectError(await getLineage(t.db, req("/api/v1/lineages/us-28-draft.99"), ctx({ id: "us-28-draft.99" })), 404, "not_found");
    await expectError(await getLineage(t.db, req("/api/v1/lineages/nonsense"), ctx({ id: "nonsense" })), 400, "bad_request");
  });
});

describe("GET /api/v1/search", () => {
  it("searches like the search page, with snippets as parts and permalinks", async () => {
    const body = await json(await getSearch(t.db, req("/api/v1/search?q=amnesty&limit=5")));
    expect(body.data.length).toBeGreaterThan(0);
    expect(body.page.total).toBeGreaterThanOrEqual(body.data.length);
    const hit = body.data[0];
    expect(hit.snippet.some((p: { mark: boolean }) => p.mark)).toBe(true);
    expect(hit.permalink).toMatch(new RegExp(`^${BASE}/versions/[a-z0-9-]+#clause-`));
    expect(body.terms[0]).toMatchObject({ input: "amnesty", group: "amnesty" });
    const filtered = await json(await getSearch(t.db, req("/api/v1/search?q=amnesty&version=framework-19&evidence=reported")));
    expect(filtered.data.every((h: { version: { slug: string } }) => h.version.slug === "framework-19")).toBe(true);
    // Same query, same body, same ETag: a 304 for a client that has it.
    const first = await getSearch(t.db, req("/api/v1/search?q=Zaporizhzhia"));
    const etag = first.headers.get("etag")!;
    expect((await getSearch(t.db, req("/api/v1/search?q=Zaporizhzhia", { "if-none-match": etag }))).status).toBe(304);
  });

  it("answers 400 for a missing query, an unknown filter value or only exclusions", async () => {
    await expectError(await getSearch(t.db, req("/api/v1/search")), 400, "bad_request");
    await expectError(await getSearch(t.db, req("/api/v1/search?q=amnesty&evidence=rumour")), 400, "bad_request");
    await expectError(await getSearch(t.db, req(`/api/v1/search?q=${"x".repeat(201)}`)), 400, "bad_request");
    await expectError(await getSearch(t.db, req("/api/v1/search?q=-amnesty")), 400, "bad_request");
  });
});

describe("downloads", () => {
  it("exports the alignment of 28 → E3 as CSV with the gold's columns first, one row per link", async () => {
    const response = await exportAlignment("csv")(t.db, req("/compare/us-28-draft/eu-counter-proposal/alignment.csv"), ctx({ from: "us-28-draft", to: "eu-counter-proposal" }));
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("text/csv; charset=utf-8");
    expect(response.headers.get("content-disposition")).toBe('attachment; filename="us-28-draft__eu-counter-proposal.csv"');
    const csv = await response.text();
    const lines = csv.trimEnd().split("\r\n");
    expect(lines[0]).toBe("from_key,to_key,kind,evidence,flags,score,origin,status,from_evidence,to_evidence,link_id,note");
    const links = await t.db.link.count({ where: { fromVersion: { slug: "us-28-draft" }, toVersion: { slug: "eu-counter-proposal" }, status: { not: "rejected" } } });
    expect(lines).toHaveLength(links + 1);
    const rows = parseGoldCsv(csv);
    expect(rows.find((r) => r.from.join() === "6")).toMatchObject({ to: ["6"], family: "changed", evidence: "T" });
    // E3 points 15–18 were not recovered: unknown, with evidence "?" — never "removed".
    for (const key of ["15", "16", "17", "18"]) {
      const row = rows.find((r) => r.from.join() === key)!;
      expect(row.evidence).toBe("?");
      expect(row.family).not.toBe("removed");
    }
    const filtered = await exportAlignment("csv")(t.db, req("/compare/us-28-draft/eu-counter-proposal/alignment.csv?kind=changed"), ctx({ from: "us-28-draft", to: "eu-counter-proposal" }));
    expect(parseGoldCsv(await filtered.text()).every((r) => r.kind === "changed")).toBe(true);
  });

  it("exports the alignment as JSON", async () => {
    const response = await exportAlignment("json")(t.db, req("/compare/us-28-draft/plan-20/alignment.json"), ctx({ from: "us-28-draft", to: "plan-20" }));
    const body = await json(response);
    expect(body).toMatchObject({ from: { slug: "us-28-draft", date: "2025-11-20" }, to: { slug: "plan-20" }, mode: "stored", filters: {} });
    const six = body.links.find((l: { from: string[] }) => l.from.join() === "6");
    expect(six).toMatchObject({ to: ["4"], kind: "changed", fromEvidence: ["verbatim"], toEvidence: ["verbatim"] });
    expect(typeof six.score).toBe("number");
    await expectError(await exportAlignment("json")(t.db, req("/compare/us-28-draft/x/alignment.json"), ctx({ from: "us-28-draft", to: "x" })), 404, "not_found");
    await expectError(await exportAlignment("csv")(t.db, req("/compare/a/b/alignment.csv?min=7"), ctx({ from: "a", to: "b" })), 400, "bad_request");
  });

  it("exports a version as Markdown and as JSON with its sources", async () => {
    const md = await exportVersion("md")(t.db, req("/versions/us-28-draft/export.md"), ctx({ slug: "us-28-draft" }));
    expect(md.headers.get("content-type")).toBe("text/markdown; charset=utf-8");
    const text = await md.text();
    expect(text).toMatch(/^# US 28-point draft\n/);
    expect(text).toContain("**6.** [T] The size of the Ukrainian Armed Forces will be limited to 600,000 personnel.");
    expect(text).toContain(`${BASE}/versions/us-28-draft/clauses/6 · sha256:`);
    expect(text).toMatch(/## Sources\n\n- \*\*/);
    expect(text).toMatch(/sha256 `[0-9a-f]{64}`/);

    const body = await json(await exportVersion("json")(t.db, req("/versions/us-28-draft/export.json"), ctx({ slug: "us-28-draft" })));
    expect(body).toMatchObject({ slug: "us-28-draft", date: "2025-11-20", permalink: `${BASE}/versions/us-28-draft` });
    expect(body.points).toHaveLength(28);
    expect(body.points.find((p: { key: string }) => p.key === "10").children).toHaveLength(4);
    expect(body.sources.length).toBe(await t.db.source.count({ where: { version: { slug: "us-28-draft" } } }));
    expect(body.sources[0]).toMatchObject({ sha256: expect.stringMatching(/^[0-9a-f]{64}$/), urls: expect.any(Array) });
    const six = body.points.find((p: { key: string }) => p.key === "6");
    expect(six.readings.length).toBeGreaterThanOrEqual(5);
    expect(six.topics).toEqual([{ slug: "army-size", status: "proposed" }]);

    await expectError(await exportVersion("md")(t.db, req("/versions/no-such/export.md"), ctx({ slug: "no-such" })), 404, "not_found");
  });
});

describe("the route files", () => {
  it("bind the endpoints to the app's database client", async () => {
    vi.resetModules();
    process.env.DATABASE_URL = t.url;
    const route = await import("@/app/api/v1/versions/[slug]/route");
    const response = await route.GET(req("/api/v1/versions/plan-20"), ctx({ slug: "plan-20" }));
    expect(response.status).toBe(200);
    expect((await json(response)).data.slug).toBe("plan-20");
    const { db } = await import("@/lib/server/db");
    await db().$disconnect();
  });
});

describe("the compare view's points", () => {
  it("shows an outlet's notes apart from the plan's text and never diffs them (European Pravda's copy of E3 6)", async () => {
    const view = await getCompare(t.db, "us-28-draft", "eu-counter-proposal");
    const six = view!.rows.find((r) => r.from[0]?.key === "6")!;
    const e3 = six.to[0]!;
    expect(e3.text).toContain("800,000");
    expect(e3.text).not.toContain("The US plan stipulated");
    expect(e3.notes).toEqual([expect.stringContaining("(The US plan stipulated a 600,000-person limit")]);
    const diffed = six.diff.status === "ok" ? six.diff.parts.map((p) => p.text).join("") : "";
    expect(diffed).not.toContain("stipulated");
  });

  it("grades an English witness by its own evidence: a summary's wording is a paraphrase, not verbatim", async () => {
    const points = await sidePoints(t.db, (await t.db.version.findFirstOrThrow({ where: { slug: "us-28-draft" } })).id);
    const witnessed = points.filter((x) => x.witness);
    // US 14–16: no English verbatim text; the CNN summary's English wording stands in, as a paraphrase.
    expect(witnessed.filter((p) => p.evidence === "paraphrase").map((p) => p.key)).toEqual(expect.arrayContaining(["14", "15", "16"]));
    for (const p of witnessed) {
      const reading = await t.db.reading.findFirst({ where: { clause: { id: p.id }, text: p.text.trim() === "" ? undefined : { startsWith: p.text.slice(0, 20) } } });
      if (reading) expect(p.evidence).toBe(reading.evidence);
    }
  });
});

describe("unknown paths under /api/v1", () => {
  it("answer a JSON 404 that names the endpoints", async () => {
    const { GET } = await import("@/app/api/v1/[...path]/route");
    const body = await expectError(await GET(req("/api/v1/clauses")), 404, "not_found");
    expect(body.error.message).toContain("/api/v1/clauses");
    expect(body.error.message).toContain("/api/v1/versions");
  });
});
