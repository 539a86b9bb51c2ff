/**
 * The reader's journey: the timeline, a version as printed, a clause's other readings, a source as
 * imported, and the 404s. Assertions are about what the data guarantees (SOURCES.md), not exact counts
 * that the next import could change. Every page is screenshotted into the test's output folder.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { expect, test, type Page, type TestInfo } from "@playwright/test";
import { accessibilityViolations } from "./support/axe";

const PLANS_DIR = path.resolve(import.meta.dirname, "../../prisma/seed/plans");

async function snap(page: Page, testInfo: TestInfo, name: string): Promise<void> {
  const file = testInfo.outputPath(`${name}.png`);
  await page.screenshot({ path: file, fullPage: true });
  await testInfo.attach(name, { path: file, contentType: "image/png" });
}

const points = (page: Page) => page.locator("section[aria-labelledby=points] > ol > li");

test("the timeline lists the versions in date order and leads to the 28-point draft", async ({ page }, testInfo) => {
  await page.goto("/");
  await expect(page).toHaveTitle(/Pointwise/);
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();

  const dates = await page.locator("main ol time[datetime]").evaluateAll((els) => els.map((e) => e.getAttribute("datetime") ?? ""));
  expect(dates.length).toBeGreaterThanOrEqual(5);
  expect(dates).toEqual([...dates].sort());

  // Drafts and related documents are told apart in words, and each version says how much of it is known.
  await expect(page.getByText("Related document").first()).toBeVisible();
  await expect(page.getByText(/\d+ of 28 points known/).first()).toBeVisible();
  await snap(page, testInfo, "home");

  await page.getByRole("link", { name: "US 28-point draft", exact: true }).first().click();
  await expect(page).toHaveURL(/\/versions\/us-28-draft$/);
  await expect(page.getByRole("heading", { level: 1, name: "US 28-point draft" })).toBeVisible();
});

test("the 28-point draft shows 28 points; unrecovered ones are placeholders, never struck", async ({ page }, testInfo) => {
  await page.goto("/versions/us-28-draft");
  await expect(points(page)).toHaveCount(28);
  for (let n = 1; n <= 28; n++) await expect(page.locator(`[id="clause-${n}"]`)).toHaveCount(1);

  const unknown = page.locator("section[aria-labelledby=points] li[data-evidence=unknown]");
  const unknownCount = await unknown.count();
  await expect(page.getByText(`${28 - unknownCount} of 28 points known`).first()).toBeVisible();
  for (const li of await unknown.all()) {
    await expect(li).toContainText("Not recovered");
    await expect(li.locator("del")).toHaveCount(0);
    await expect(li).not.toHaveAttribute("data-deleted", /.*/);
  }
  await snap(page, testInfo, "version-us-28-draft");
});

test("the E3 mark-up strikes point 3 and marks the points it lacks as not recovered", async ({ page }, testInfo) => {
  await page.goto("/versions/eu-counter-proposal");
  await expect(points(page)).toHaveCount(28);

  const struck = page.locator('[id="clause-3"]');
  await expect(struck).toHaveAttribute("data-deleted", "true");
  await expect(struck.getByText("Struck by this version")).toBeVisible();
  await expect(struck.locator("del").first()).toBeVisible();

  // SOURCES.md: the E3 points after 9-12 are known only from reports, and not all of them are reported.
  const unknown = page.locator("section[aria-labelledby=points] li[data-evidence=unknown]");
  await expect(unknown.first()).toContainText("Not recovered");
  await expect(unknown.first()).toBeVisible();
  await expect(page.locator("section[aria-labelledby=points] li[data-evidence=reported]").first()).toContainText("Reported");
  await snap(page, testInfo, "version-eu-counter-proposal");
});

test("a clause's other readings open in place, by keyboard too", async ({ page }, testInfo) => {
  await page.goto("/versions/us-28-draft");
  const clause = page.locator('[id="clause-1"]');
  const disclosure = clause.locator("details").first();
  const summary = disclosure.locator("summary");
  await expect(summary).toHaveText(/\d+ other readings?/);
  await expect(disclosure).not.toHaveAttribute("open", "");

  await summary.focus();
  await page.keyboard.press("Enter");
  await expect(disclosure).toHaveAttribute("open", "");
  const reading = disclosure.locator("li").first();
  await expect(reading.getByRole("link")).toHaveAttribute("href", /^\/sources\/\d+$/);
  await expect(reading.locator(".reading").first()).not.toBeEmpty();
  await snap(page, testInfo, "version-readings-open");
});

test("a clause's permalink targets its anchor", async ({ page }) => {
  await page.goto("/versions/us-28-draft#clause-10");
  await expect(page.locator('[id="clause-10"]')).toBeInViewport();
  await expect(page.locator('[id="clause-10"] > div a').first()).toHaveAttribute("href", "#clause-10");
});

test("a source shows its text exactly as imported", async ({ page }, testInfo) => {
  await page.goto("/versions/us-28-draft");
  await page.locator('[id="clause-1"] .clause-body > p a[href^="/sources/"]').first().click();
  await expect(page).toHaveURL(/\/sources\/\d+$/);
  await expect(page.getByText("Source of")).toBeVisible();

  const slug = (await page.locator("dt:text-is('Identifier') + dd").textContent())?.trim() ?? "";
  expect(slug).toMatch(/^us-28-draft--/);
  const raw = readFileSync(path.join(PLANS_DIR, `${slug}.md`), "utf8");
  const shown = await page.locator("pre code").evaluate((el) => el.textContent);
  expect(shown).toBe(raw);
  // Text only: nothing in the source became markup.
  await expect(page.locator("pre code *")).toHaveCount(0);
  await snap(page, testInfo, "source");
});

test("unknown versions and sources are 404s, not errors", async ({ page }, testInfo) => {
  for (const url of ["/versions/no-such-version", "/sources/abc", "/sources/0", "/sources/99999999999", "/sources/1.5"]) {
    const response = await page.goto(url);
    expect(response?.status(), url).toBe(404);
    await expect(page.getByRole("heading", { name: "There is no page here" })).toBeVisible();
  }
  await expect(page.getByRole("link", { name: /All versions/ })).toHaveAttribute("href", "/");
  await snap(page, testInfo, "not-found");
});

test("the skip link is the first stop and moves focus to the content", async ({ page }) => {
  await page.goto("/");
  await page.keyboard.press("Tab");
  const skip = page.getByRole("link", { name: "Skip to content" });
  await expect(skip).toBeFocused();
  await expect(skip).toBeVisible();
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/#main$/);
  await expect(page.locator("#main")).toBeFocused();
});

test("no WCAG A/AA violations on the timeline, a version and a source", async ({ page }) => {
  for (const url of ["/", "/versions/eu-counter-proposal", "/versions/framework-19"]) {
    await page.goto(url);
    expect(await accessibilityViolations(page), url).toEqual([]);
  }
  await page.goto("/versions/us-28-draft");
  await page.locator('[id="clause-1"] .clause-body > p a[href^="/sources/"]').first().click();
  await expect(page).toHaveURL(/\/sources\/\d+$/);
  expect(await accessibilityViolations(page), page.url()).toEqual([]);
});

test.describe("on a phone", () => {
  test.use({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true, deviceScaleFactor: 2 });

  test("the version page fits the screen and folds the point index", async ({ page }, testInfo) => {
    await page.goto("/versions/us-28-draft");
    await expect(points(page)).toHaveCount(28);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);

    const jump = page.locator("details", { has: page.locator("summary", { hasText: "Jump to point" }) });
    await jump.locator("summary").click();
    await jump.getByRole("link", { name: "20", exact: true }).click();
    await expect(page).toHaveURL(/#clause-20$/);
    await snap(page, testInfo, "version-us-28-draft-phone");
  });

  test("the timeline and a source fit the screen", async ({ page }, testInfo) => {
    const overflow = () => page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    await page.goto("/");
    expect(await overflow()).toBeLessThanOrEqual(0);
    await snap(page, testInfo, "home-phone");

    await page.goto("/versions/us-28-draft");
    await page.locator('[id="clause-1"] .clause-body > p a[href^="/sources/"]').first().click();
    await expect(page).toHaveURL(/\/sources\/\d+$/);
    expect(await overflow()).toBeLessThanOrEqual(0);
    await snap(page, testInfo, "source-phone");
  });
});
