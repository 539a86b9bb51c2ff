/**
 * The analyst's journey: the topic matrix to a clause, search, the alignment download, the clause's
 * citable page, and the read API over real HTTP. Pages are screenshotted at a wide and a phone width
 * into the test's output folder (test-results/e2e/…).
 */
import { readFileSync } from "node:fs";
import { expect, test, type Page, type TestInfo } from "@playwright/test";
import { accessibilityViolations } from "./support/axe";
import { parseGoldCsv } from "../../lib/align/gold";

const PHONE = { width: 390, height: 844 };
const WIDE = { width: 1440, height: 900 };

/** Screenshot the page at a wide and a phone width (full page), then restore the wide viewport. */
async function snap(page: Page, testInfo: TestInfo, name: string): Promise<void> {
  for (const [label, size] of [["wide", WIDE], ["phone", PHONE]] as const) {
    await page.setViewportSize(size);
    const file = testInfo.outputPath(`${name}-${label}.png`);
    await page.screenshot({ path: file, fullPage: true });
    await testInfo.attach(`${name}-${label}`, { path: file, contentType: "image/png" });
  }
  await page.setViewportSize(WIDE);
}

test.use({ viewport: WIDE });

test("the topic matrix leads from a cell to the clause in its version", async ({ page }, testInfo) => {
  await page.goto("/topics");
  await expect(page.getByRole("heading", { level: 1, name: "Topics across versions" })).toBeVisible();
  const matrix = page.getByRole("region", { name: /Topic by version matrix/ });
  // Four headline buckets, and the army-size row with the 28-point draft's point 6 in it.
  for (const bucket of ["Peace in Ukraine", "Security guarantees", "Security in Europe", "Future US relations with Russia and Ukraine"]) {
    await expect(matrix.getByRole("columnheader", { name: bucket })).toBeVisible();
  }
  // Versions whose text is incomplete say "unknown", never "removed", where they are silent.
  await expect(matrix.getByText("Unknown").first()).toBeVisible();
  expect(await accessibilityViolations(page)).toEqual([]);
  await snap(page, testInfo, "topics");

  const row = matrix.getByRole("row").filter({ has: page.getByRole("rowheader", { name: "Army size" }) });
  await row.getByRole("link", { name: /^US 28-point draft, 6\. The size/ }).click();
  await expect(page).toHaveURL(/\/versions\/us-28-draft#clause-6$/);
  const clause = page.locator("#clause-6");
  await expect(clause).toBeInViewport();
  await expect(clause).toContainText("600,000");
  // The clause shows its topics, linking back to the topic.
  await expect(clause.getByRole("link", { name: /Army size/ })).toBeVisible();
});

test("a topic page shows the topic across versions, word by word", async ({ page }, testInfo) => {
  await page.goto("/topics/army-size");
  await expect(page.getByRole("heading", { level: 1, name: "Army size" })).toBeVisible();
  const plan = page.getByRole("listitem").filter({ has: page.getByRole("heading", { name: "20-point plan" }) });
  // The 20-point plan's point 4 is marked against the 28-point draft's point 6: 600,000 struck, 800,000 added.
  await expect(plan.locator("del", { hasText: "600,000" })).toBeVisible();
  await expect(plan.locator("ins", { hasText: "800,000" })).toBeVisible();
  expect(await accessibilityViolations(page)).toEqual([]);
  await snap(page, testInfo, "topic-army-size");
});

test("search finds the 28-point amnesty clause and shows that later versions dropped it", async ({ page }, testInfo) => {
  await page.goto("/search");
  await page.getByRole("searchbox", { name: "Search for" }).fill("amnesty");
  await page.getByRole("button", { name: "Search" }).click();
  await expect(page).toHaveURL(/\/search\?q=amnesty/);

  const point = page.locator('li[data-version="us-28-draft"][data-key="26"]');
  await expect(point).toBeVisible();
  await expect(point.locator("mark").first()).toBeVisible();
  // What became of it: the Geneva framework reports and the E3 paper say the amnesty point is gone.
  await expect(page.locator('li[data-version="framework-19"]').filter({ hasText: /Amnesty removed/ })).toBeVisible();
  await expect(page.locator('li[data-version="eu-counter-proposal"][data-key="26"]')).toContainText(/without a point about full\s+amnesty/);
  expect(await accessibilityViolations(page)).toEqual([]);
  await snap(page, testInfo, "search-amnesty");

  // Filters live in the URL.
  await page.goto("/search?q=amnesty&version=framework-19");
  await expect(page.locator('li[data-version="us-28-draft"]')).toHaveCount(0);
  await expect(page.locator('li[data-version="framework-19"]').first()).toBeVisible();

  // A result leads to the clause in its version.
  await page.goto("/search?q=amnesty");
  await point.getByRole("link", { name: /US 28-point draft, point 26/ }).click();
  await expect(page).toHaveURL(/\/versions\/us-28-draft#clause-26$/);
});

test("the alignment of 28 → E3 downloads as CSV with the gold alignment's columns", async ({ page }) => {
  await page.goto("/compare/us-28-draft/eu-counter-proposal");
  const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("link", { name: "CSV", exact: true }).click()]);
  expect(download.suggestedFilename()).toBe("us-28-draft__eu-counter-proposal.csv");
  const csv = readFileSync(await download.path(), "utf8");
  expect(csv.split("\r\n")[0]).toBe("from_key,to_key,kind,evidence,flags,score,origin,status,from_evidence,to_evidence,link_id,note");
  const rows = parseGoldCsv(csv);
  expect(rows.length).toBeGreaterThanOrEqual(28);
  expect(rows.find((r) => r.from.join() === "6")).toMatchObject({ to: ["6"], family: "changed", evidence: "T" });
  for (const key of ["15", "16", "17", "18"]) expect(rows.find((r) => r.from.join() === key)?.evidence).toBe("?");
});

test("a clause has a citable page with its text hash, evidence, readings and lineage", async ({ page }, testInfo) => {
  await page.goto("/versions/us-28-draft/clauses/6");
  await expect(page.getByRole("heading", { level: 1, name: "Point 6" })).toBeVisible();
  await expect(page.getByText("The size of the Ukrainian Armed Forces will be limited to 600,000 personnel.").first()).toBeVisible();
  const cite = page.getByRole("region", { name: "Cite this" });
  await expect(cite).toContainText(/sha256:[0-9a-f]{10}/);
  await expect(cite.getByRole("link", { name: /\/versions\/us-28-draft\/clauses\/6$/ })).toBeVisible();
  await expect(page.getByRole("heading", { name: "This clause through the versions" })).toBeVisible();
  await expect(page.getByRole("heading", { name: "Other readings" })).toBeVisible();
  expect(await accessibilityViolations(page)).toEqual([]);
  await snap(page, testInfo, "clause-us-28-draft-6");
  // A key the version does not have: the not-found page (the status is already sent by then: the version's
  // loading skeleton streams first, see app/versions/[slug]/layout.tsx).
  await page.goto("/versions/us-28-draft/clauses/99");
  await expect(page.getByRole("heading", { level: 1, name: "There is no page here" })).toBeVisible();
});

test("the read API answers over HTTP with JSON, ETags and 304s", async ({ request }) => {
  const list = await request.get("/api/v1/versions");
  expect(list.status()).toBe(200);
  expect(list.headers()["content-type"]).toMatch(/^application\/json/);
  expect(list.headers()["cache-control"]).toBe("public, max-age=60, stale-while-revalidate=600");
  const etag = list.headers()["etag"]!;
  expect((await list.json()).data[0].slug).toBe("us-28-draft");
  const again = await request.get("/api/v1/versions", { headers: { "If-None-Match": etag } });
  expect(again.status()).toBe(304);

  const search = await request.get("/api/v1/search?q=Zaporozhye");
  expect((await search.json()).data.map((h: { version: { slug: string } }) => h.version.slug)).toContain("us-28-draft");
  const missing = await request.get("/api/v1/versions/no-such-version");
  expect(missing.status()).toBe(404);
  expect((await missing.json()).error.code).toBe("not_found");
  const bad = await request.get("/api/v1/versions?limit=0");
  expect(bad.status()).toBe(400);
  expect((await bad.json()).error.code).toBe("bad_request");
  const md = await request.get("/versions/us-28-draft/export.md");
  expect(md.headers()["content-type"]).toBe("text/markdown; charset=utf-8");
});
