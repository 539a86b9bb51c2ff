/**
 * The analyst's journey: from the 28-point draft to its comparison with the E3 counter-proposal, the
 * summary, what changed in point 6, point 3 struck, points the E3 text does not hold shown as unknown
 * (never as removed), filters that live in the URL, a clause followed through every version, and clause
 * text with markup shown as text. Assertions are about what the seed data guarantees (SOURCES.md, the gold
 * alignment), not about counts the next import could change.
 */
import { expect, test, type Page, type TestInfo } from "@playwright/test";
import { accessibilityViolations } from "./support/axe";
import { sql } from "./support/server";

const PAIR = "/compare/us-28-draft/eu-counter-proposal";

async function snap(page: Page, testInfo: TestInfo, name: string, width?: number): Promise<void> {
  if (width) await page.setViewportSize({ width, height: width < 600 ? 844 : 1000 });
  const file = testInfo.outputPath(`${name}.png`);
  await page.screenshot({ path: file, fullPage: true });
  await testInfo.attach(name, { path: file, contentType: "image/png" });
}

const row = (page: Page, key: string) => page.locator(`li[id="row-${key}"]`);
const visibleRows = (page: Page) => page.locator("ol[aria-label='Points lined up'] > li");

test("from the 28-point draft to its comparison with the E3 counter-proposal", async ({ page }, testInfo) => {
  await page.goto("/versions/us-28-draft");
  const picker = page.getByRole("form", { name: "Compare two versions" });
  await expect(picker.locator("select[name=from]")).toHaveValue("us-28-draft");
  await picker.locator("select[name=to]").selectOption("eu-counter-proposal");
  await picker.getByRole("button", { name: "Compare" }).click();
  // The form lands on /compare?from=…&to=…, which forwards to the pair's own URL.
  await expect(page).toHaveURL(new RegExp(`${PAIR}$`), { timeout: 30_000 });
  await expect(page.getByRole("heading", { level: 1 })).toContainText("US 28-point draft");
  await expect(page.getByRole("heading", { level: 1 })).toContainText("E3 counter-proposal");

  // The summary says what changed and what is not known, in one sentence.
  const summary = page.locator("[data-summary]");
  await expect(summary).toContainText(/\d+ of 28 points substantively changed/);
  await expect(summary).toContainText(/1 removed/);
  await expect(summary).toContainText(/\d+ not recovered/);

  // Point 6: the army cap, a number change (600,000 on the left, 800,000 on the right).
  const six = row(page, "6");
  await expect(six).toHaveAttribute("data-kind", "changed");
  await expect(six.locator("[data-flag=number]")).toContainText("800,000");
  await expect(six.locator("[data-side=from]")).toContainText("600,000");
  await expect(six.locator("[data-side=to]")).toContainText("800,000");

  // Point 3: struck by the E3 paper, shown as removed with the paper's own words.
  const three = row(page, "3");
  await expect(three).toHaveAttribute("data-kind", "removed");
  await expect(three.locator("[data-side=to]")).toContainText("Struck by this version");

  // Points 15-18: the E3 text is not recovered — unknown, never removed.
  for (const key of ["15", "16", "17", "18"]) {
    const r = row(page, key);
    await expect(r).toHaveAttribute("data-kind", "unknown");
    await expect(r.locator("[data-side=to]")).toContainText("Text not recovered");
    await expect(r.locator("[data-side=to]")).not.toContainText("No counterpart");
    await expect(r.locator("del")).toHaveCount(0);
  }

  // The kind opens why (score included) by keyboard.
  const why = six.locator("details").first();
  await why.locator("summary").focus();
  await page.keyboard.press("Enter");
  await expect(why).toHaveAttribute("open", "");
  await expect(why).toContainText(/Confidence\s*\d+%/);

  expect(await accessibilityViolations(page)).toEqual([]);
  await snap(page, testInfo, "compare-wide", 1440);
  await snap(page, testInfo, "compare-phone", 390);
});

test("the changes-only filter lives in the URL and survives a reload", async ({ page }, testInfo) => {
  await page.goto(PAIR);
  const all = await visibleRows(page).count();
  const filters = page.getByRole("form", { name: "Filter rows" });
  await filters.getByLabel("Changes only").check();
  await filters.getByRole("button", { name: "Apply" }).click();
  await expect(page).toHaveURL(/[?&]changes=only/);
  await expect(page.getByRole("form", { name: "Filter rows" }).getByRole("status")).toContainText("Showing");

  const filtered = await visibleRows(page).count();
  expect(filtered).toBeGreaterThan(0);
  expect(filtered).toBeLessThan(all);
  await expect(page.locator("li[data-kind=unknown]")).toHaveCount(0);
  await expect(page.locator("li[data-kind=unchanged]")).toHaveCount(0);
  await expect(row(page, "6")).toBeVisible();
  await expect(row(page, "3")).toBeVisible();
  // Hidden uncertainty is said, not silently dropped.
  await expect(filters.getByRole("status")).toContainText(/unknown/);

  await page.reload();
  await expect(page.getByRole("form", { name: "Filter rows" }).getByRole("status")).toContainText("Showing");
  await expect(visibleRows(page)).toHaveCount(filtered);
  await expect(page.getByRole("form", { name: "Filter rows" }).getByLabel("Changes only")).toBeChecked();

  // A kind filter from the summary, and a row permalink.
  await page.goto(`${PAIR}?kind=removed`);
  await expect(visibleRows(page)).toHaveCount(1);
  await page.goto(PAIR);
  const permalink = row(page, "6").locator('a[href="#row-6"]');
  await expect(permalink).toBeVisible();
  await permalink.click();
  await expect(page).toHaveURL(/#row-6$/);
  await expect(row(page, "6")).toBeInViewport();
  // A shared permalink opened in a fresh page lands on its row.
  const shared = await page.context().newPage();
  await shared.goto(`${PAIR}#row-20`);
  await expect(row(shared, "20")).toBeInViewport();
  await shared.close();
  await snap(page, testInfo, "compare-filtered", 1440);
});

test("a clause followed through every version, from a compare row", async ({ page }, testInfo) => {
  await page.goto(PAIR);
  await row(page, "6").getByRole("link", { name: /Follow through versions/ }).click();
  await expect(page).toHaveURL(/\/clauses\/us-28-draft\.6$/);
  const steps = page.locator("ol[aria-label='Versions in time order'] > li");
  await expect(steps.first()).toHaveAttribute("data-version", "us-28-draft");
  await expect(steps.first()).toContainText("600,000");
  const e3 = page.locator("li[data-version=eu-counter-proposal]");
  await expect(e3).toHaveAttribute("data-state", "present");
  await expect(e3).toContainText("800,000");
  await expect(e3.locator("[data-kind=changed]")).toBeVisible();
  // The Geneva framework was never published: not recovered, not "not in this version".
  const geneva = page.locator("li[data-version=framework-19]");
  await expect(geneva).toHaveAttribute("data-state", "reported-only");
  await expect(geneva).toContainText("Not recovered");
  // Across the 20-point plan's renumbering: its point 4, "800,000 … in peacetime".
  const plan20 = page.locator("li[data-version=plan-20]");
  await expect(plan20).toHaveAttribute("data-state", "present");
  await expect(plan20).toContainText("point 4");
  await expect(plan20).toContainText("800,000");
  expect(await accessibilityViolations(page)).toEqual([]);
  await snap(page, testInfo, "lineage-wide", 1440);
  await snap(page, testInfo, "lineage-phone", 390);

  // And from the version page: every point links to its path.
  await page.goto("/versions/eu-counter-proposal");
  await page.locator('[id="clause-6"]').getByRole("link", { name: /Follow through versions/ }).click();
  await expect(page).toHaveURL(/\/clauses\/us-28-draft\.6$/);
});

test.describe("clause text with markup", () => {
  const slug = `e2e-markup-${Date.now().toString(36)}`;
  const payload = `NATO <script>document.title="pwned"</script> will <img src=x onerror="document.title='pwned'"> station troops.`;

  test.beforeAll(async () => {
    // A test-only published draft with one point whose text is markup, removed again afterwards.
    const [plan] = await sql<{ id: number }>(`SELECT "id" FROM "Plan" ORDER BY "id" LIMIT 1`);
    const [version] = await sql<{ id: number }>(
      `INSERT INTO "Version" ("planId", "slug", "title", "party", "date", "status", "kind", "state", "publishedAt", "updatedAt")
       VALUES ($1, $2, 'E2E markup draft', 'Test', '2025-11-21', 'leaked', 'draft', 'published', now(), now()) RETURNING "id"`,
      [plan!.id, slug],
    );
    await sql(
      `INSERT INTO "Clause" ("versionId", "key", "role", "label", "position", "text", "evidence", "language", "updatedAt")
       VALUES ($1, '8', 'point', '8.', 0, $2, 'verbatim', 'en', now())`,
      [version!.id, payload],
    );
  });

  test.afterAll(async () => {
    await sql(`DELETE FROM "Version" WHERE "slug" = $1`, [slug]);
  });

  test("is shown as text on the compare page, never run", async ({ page }) => {
    const dialogs: string[] = [];
    page.on("dialog", (d) => {
      dialogs.push(d.message());
      void d.dismiss();
    });
    await page.goto(`/compare/${slug}/us-28-draft`);
    await expect(page.getByText("Computed links")).toBeVisible();
    const side = page.locator('li[data-from="8"] [data-side=from]');
    await expect(side).toContainText('<script>document.title="pwned"</script>');
    await expect(side).toContainText("<img src=x");
    await expect(page.locator("main script")).toHaveCount(0);
    await expect(page.locator("main img")).toHaveCount(0);
    await expect(page).not.toHaveTitle("pwned");
    expect(dialogs).toEqual([]);
  });
});
