/**
 * The editors' workflow end to end, against the real server: an editor signs in, pastes a new draft (a
 * six-point "revised framework" answering the 20-point plan), fixes one boundary the parser got wrong,
 * reviews the aligner's links, publishes (a double click publishes once), and a reader then finds it on
 * the timeline, on its page and in a compare view. The draft is known to have eight points, of which the
 * text gives six: points 7 and 8 stay "not recovered". Then a second outlet's rendition is added to the
 * published version and fills point 7. (The seed versions are left alone: other specs read them, and the
 * e2e database outlives runs.) Each step is kept as a screenshot in test-results/editor-screens/.
 */
import { expect, test, type Page } from "@playwright/test";
import { createAccount, resetSignInRateLimit, sql, type Account } from "./support/server";
import { editorCounts, runStamp, screenshot, signInWithForm } from "./support/editor";

test.describe.configure({ mode: "serial" });

let editor: Account;
const stamp = runStamp();
const TITLE = `Revised framework (Kyiv, January 2026) ${stamp}`;
let slug = "";

// Point 5 runs on into an unnumbered sentence that is really the start of something else: the parser
// appends it to point 5 (and says so); the editor splits it off.
const FRAMEWORK = `Revised framework — as circulated in Kyiv, 14 January 2026

1. The sovereignty of Ukraine shall be confirmed by all signatories of the agreement.
2. A full and unconditional ceasefire along the current line of contact, monitored from space.
3. Ukraine shall be given strong security guarantees reflecting Article 5.
4. The Armed Forces of Ukraine shall consist of 800,000 men in peacetime.
5. Russia shall enshrine a policy of non-aggression towards Europe and Ukraine in all necessary laws.
Sanctions will be lifted in stages once the ceasefire has held for 100 days.
6. Elections shall be held in Ukraine as soon as possible after the signing of the agreement.`;

// Another outlet's text of point 7, which the first source did not give.
const POINT_7 = `7. Frozen Russian assets shall be placed in a fund for the reconstruction of Ukraine, managed jointly with the European Union.`;

test.beforeAll(async () => {
  editor = createAccount("editor", "editor-flow");
});

test.beforeEach(async () => {
  await resetSignInRateLimit();
});

/**
 * A paste: the whole text arrives in one input event, as it does when a person pastes. (Playwright's
 * `fill` types long texts in a way that takes minutes for 250 kB.)
 */
async function paste(box: ReturnType<Page["locator"]>, text: string) {
  await box.evaluate((el, value) => {
    const area = el as HTMLTextAreaElement;
    Object.getOwnPropertyDescriptor(HTMLTextAreaElement.prototype, "value")!.set!.call(area, value);
    area.dispatchEvent(new Event("input", { bubbles: true }));
  }, text);
}

async function caretAt(page: Page, row: ReturnType<Page["locator"]>, before: string) {
  const box = row.getByTestId("clause-text");
  await box.click();
  const offset = await box.evaluate((el, needle) => {
    const area = el as HTMLTextAreaElement;
    const at = area.value.indexOf(needle);
    area.setSelectionRange(at, at);
    return at;
  }, before);
  expect(offset).toBeGreaterThan(0);
  // A key press, as a person moving the cursor would make, so the page reads the cursor's place.
  await box.press("ArrowRight");
  await box.press("ArrowLeft");
}

test("an editor enters a new draft, fixes a boundary, reviews links and publishes; a reader sees it", async ({ page, browser }, testInfo) => {
  test.setTimeout(240_000);
  await signInWithForm(page, editor, "/editor");
  await expect(page.getByRole("heading", { level: 1, name: "Editor" })).toBeVisible();
  await screenshot(page, testInfo, "01-editor-dashboard");

  // 1. Paste and describe.
  await page.getByRole("link", { name: "+ New draft" }).click();
  await expect(page).toHaveURL(/\/editor\/new$/);
  await page.getByLabel("Text of the draft").fill(FRAMEWORK);
  await expect(page.getByTestId("parse-preview")).toContainText("6 points");
  await expect(page.getByTestId("parse-preview")).toContainText("warning");
  await page.getByLabel("Title", { exact: true }).fill(TITLE);
  await page.getByLabel("Party").fill("Ukraine and European governments");
  await page.getByLabel("Date of the draft").fill("2026-01-14");
  await page.getByLabel("Responds to").selectOption({ label: "20-point plan (2025-12-23)" });
  await page.getByLabel("Number of points").fill("8");
  await page.getByLabel("Outlet").fill("Example Gazette");
  await page.getByLabel("URLs").fill("https://example.org/revised-framework");
  await screenshot(page, testInfo, "02-new-draft-pasted");

  // A bad URL is refused in the form, with its reason, before anything is sent.
  await page.getByLabel("URLs").fill("javascript:alert(document.cookie)");
  await page.getByRole("button", { name: "Parse and save draft" }).click();
  await expect(page.getByText("Only http:// and https:// addresses are accepted")).toBeVisible();
  await expect(page.getByLabel("URLs")).toBeFocused();
  await page.getByLabel("URLs").fill("https://example.org/revised-framework");

  const before = await editorCounts();
  await page.getByRole("button", { name: "Parse and save draft" }).click();
  await expect(page).toHaveURL(/\/editor\/drafts\/\d+\/clauses$/, { timeout: 60_000 });
  const draftId = Number(/drafts\/(\d+)/.exec(page.url())![1]);
  const after = await editorCounts();
  expect(after.versions).toBe(before.versions + 1);
  expect(after.published).toBe(before.published);

  // 2. Review the clauses: the parser's warning is shown beside the source; point 5 swallowed a sentence.
  await expect(page.getByTestId("parse-warnings")).toContainText("Line 8");
  // Six points from the text, and points 7 and 8 "not recovered" (the draft is known to have eight).
  await expect(page.getByTestId("clause-row")).toHaveCount(8);
  await expect(page.locator('[data-testid="clause-row"][data-key="7"] [data-testid="clause-text"]')).toHaveValue("");
  const five = page.locator('[data-testid="clause-row"][data-key="5"]');
  await expect(five.getByTestId("clause-text")).toHaveValue(/in all necessary laws\.\s+Sanctions will be lifted/);
  await screenshot(page, testInfo, "03-clauses-as-parsed");

  await caretAt(page, five, "Sanctions will be lifted");
  await five.getByRole("button", { name: "Split at cursor" }).click();
  const split = page.locator('[data-testid="clause-row"][data-key="5b"]');
  await expect(split.getByTestId("clause-text")).toHaveValue("Sanctions will be lifted in stages once the ceasefire has held for 100 days.");
  await expect(page.getByTestId("clause-row")).toHaveCount(9);
  await expect(five.getByTestId("clause-text")).toHaveValue(/in all necessary laws\.$/);
  // The points the document numbers keep their numbers.
  await expect(page.locator('[data-testid="clause-row"][data-key="6"] [data-testid="clause-label"]')).toHaveValue("6.");
  await screenshot(page, testInfo, "04-clauses-boundary-fixed");
  // A reload loses nothing: the draft is stored as it is.
  await page.reload();
  await expect(page.locator('[data-testid="clause-row"][data-key="5b"]')).toBeVisible();

  // 3. Links: the aligner proposes, the editor confirms one and rejects one.
  await page.getByRole("navigation", { name: "Steps of the draft" }).getByRole("link", { name: /Links/ }).click();
  await expect(page).toHaveURL(/\/links$/);
  await page.getByRole("button", { name: "Propose links" }).click();
  await expect(page.getByTestId("link-row").first()).toBeVisible({ timeout: 60_000 });
  await screenshot(page, testInfo, "05-links-proposed");
  const sovereignty = page.locator('[data-testid="link-row"][data-to="1"]');
  // The word diff is in view: the 20-point plan's wording struck, the draft's underlined.
  await expect(sovereignty.locator("del, ins").first()).toBeVisible();
  await sovereignty.getByRole("button", { name: "✓ Confirm" }).click();
  await expect(sovereignty.getByTestId("link-status")).toHaveText("Confirmed");
  // The split-off sentence has no counterpart in the 20-point plan: the editor rejects what the aligner paired it with, if anything.
  const sanctions = page.locator('[data-testid="link-row"][data-to="5b"]').first();
  await expect(sanctions).toBeVisible();
  await sanctions.getByRole("button", { name: "✕ Reject" }).click();
  await expect(sanctions.getByTestId("link-status")).toHaveText("Rejected");
  await screenshot(page, testInfo, "06-links-reviewed");

  // 4. Publish, with a double click: one publish, one audit row, no second revision.
  await page.getByRole("navigation", { name: "Steps of the draft" }).getByRole("link", { name: /Publish/ }).click();
  await expect(page.getByTestId("action-publish")).toBeVisible();
  await screenshot(page, testInfo, "07-publish");
  await page.getByTestId("action-publish").dblclick();
  await expect(page).toHaveURL(/\/versions\/[a-z0-9-]+\?published=1$/, { timeout: 60_000 });
  slug = /\/versions\/([a-z0-9-]+)/.exec(page.url())![1]!;
  const published = await sql<{ n: string }>(`SELECT count(*) AS n FROM "AuditEvent" WHERE "action" = 'version.publish' AND "targetId" = $1`, [String(draftId)]);
  expect(Number(published[0]!.n)).toBe(1);
  const revisions = await sql<{ n: string }>(`SELECT count(*) AS n FROM "Version" WHERE "slug" = $1`, [slug]);
  expect(Number(revisions[0]!.n)).toBe(1);

  // 5. A reader (signed out) sees it: timeline, version page, compare view.
  const reader = await browser.newContext();
  const readerPage = await reader.newPage();
  await readerPage.goto("/");
  await expect(readerPage.getByRole("link", { name: TITLE })).toBeVisible();
  await readerPage.getByRole("link", { name: TITLE }).click();
  await expect(readerPage).toHaveURL(new RegExp(`/versions/${slug}$`));
  await expect(readerPage.getByRole("heading", { level: 1 })).toHaveText(TITLE);
  await expect(readerPage.locator("#clause-5b")).toContainText("Sanctions will be lifted in stages");
  await expect(readerPage.locator("#clause-5")).not.toContainText("Sanctions");
  await screenshot(readerPage, testInfo, "08-reader-version-page");
  await readerPage.goto(`/compare/plan-20/${slug}`);
  await expect(readerPage.locator("body")).toContainText("The sovereignty of Ukraine shall be confirmed");
  await expect(readerPage.locator(".compare-row").first()).toBeVisible();
  // Readers get no curation controls.
  await expect(readerPage.getByTestId("link-curation")).toHaveCount(0);
  await screenshot(readerPage, testInfo, "09-reader-compare");
  await reader.close();

  // The editor, on the same compare page, gets them.
  await page.goto(`/compare/plan-20/${slug}`);
  await expect(page.getByTestId("link-curation").first()).toBeVisible();
  // …and curates in place: confirms a proposal; the row now says an editor confirmed it.
  const anchor = await page.locator(".compare-row").filter({ hasText: "Proposed by the aligner" }).first().getAttribute("id");
  const row = page.locator(`[id="${anchor}"]`);
  await row.getByText("Editor: review this link").click();
  await screenshot(page, testInfo, "10-editor-compare-curation");
  await row.getByRole("button", { name: "✓ Confirm" }).click();
  await expect(row).toContainText("Confirmed by an editor");
});

test("a second outlet's rendition fills point 7, which no source had", async ({ page, browser }, testInfo) => {
  test.setTimeout(180_000);
  expect(slug).not.toBe("");
  await signInWithForm(page, editor, "/editor");
  await page.getByTestId(`published-${slug}`).getByRole("link", { name: "Add a rendition" }).click();
  await expect(page).toHaveURL(/\/editor\/versions\/\d+\/rendition$/);
  await expect(page.getByTestId("unknown-points")).toHaveText("7, 8");

  await page.getByLabel("The rendition's text").fill(POINT_7);
  await page.getByLabel("Outlet").fill("E2E Wire");
  await page.getByLabel("URLs").fill("https://example.org/framework-point-7");
  await page.getByRole("button", { name: "Preview matches" }).click();
  const match = page.locator('[data-testid="rendition-match"][data-key="7"]');
  await expect(match).toHaveAttribute("data-action", "fill");
  await screenshot(page, testInfo, "11-rendition-preview");
  const fills = async () => Number((await sql<{ n: string }>(`SELECT count(*) AS n FROM "AuditEvent" WHERE "action" = 'clause.fill'`))[0]!.n);
  const before = await fills();
  await page.getByRole("button", { name: "Add rendition" }).click();
  await expect(page.getByTestId("rendition-notice")).toContainText("1 point(s) filled");
  expect(await fills()).toBe(before + 1);
  await screenshot(page, testInfo, "12-rendition-added");

  // A reader sees point 7 with its text, graded verbatim, citing the new outlet; point 8 is still not recovered.
  const reader = await browser.newContext();
  const readerPage = await reader.newPage();
  await readerPage.goto(`/versions/${slug}#clause-7`);
  const seven = readerPage.locator("#clause-7");
  await expect(seven).toHaveAttribute("data-evidence", "verbatim");
  await expect(seven).toContainText("Frozen Russian assets shall be placed in a fund");
  await expect(seven).toContainText("E2E Wire");
  await expect(readerPage.locator("#clause-8")).toHaveAttribute("data-evidence", "unknown");
  await screenshot(readerPage, testInfo, "13-version-point-7-filled");
  await reader.close();
});

test("bad input gets a clear, specific message, and nothing is saved", async ({ page }, testInfo) => {
  test.setTimeout(180_000);
  await signInWithForm(page, editor, "/editor");
  await page.goto("/editor/new");
  await page.getByRole("button", { name: "Clear the form" }).click();
  const before = await editorCounts();
  const text = page.getByLabel("Text of the draft");
  const save = page.getByRole("button", { name: "Parse and save draft" });
  const textError = page.locator('[data-testid^="error-"][data-testid$="-source-text"]');
  await page.getByLabel("Title", { exact: true }).fill(`Bad input ${stamp}`);
  await page.getByLabel("Party").fill("Test");
  await page.getByLabel("Date of the draft").fill("2026-02-01");
  await page.getByLabel("Outlet").fill("Test");

  // Empty, and whitespace only: refused in the form.
  await save.click();
  await expect(textError).toHaveText(/The text is empty\. Paste the text of the draft, or choose a \.txt or \.md file\./);
  await text.fill("   \n\n\t  ");
  await save.click();
  await expect(textError).toHaveText(/only spaces and line breaks/);

  // Uploads: a binary file, a file that is not UTF-8, a PDF, a file over 1 MB — each refused with its reason.
  const file = page.locator('[data-testid$="-source-text-file"]');
  const note = page.locator('[data-testid$="-source-text-upload-note"]');
  await file.setInputFiles({ name: "scan.txt", mimeType: "text/plain", buffer: Buffer.from([0x31, 0x2e, 0x20, 0x00, 0x01, 0x02, 0xff]) });
  await expect(note).toContainText("contains NUL bytes");
  await file.setInputFiles({ name: "latin1.txt", mimeType: "text/plain", buffer: Buffer.concat([Buffer.from("1. S"), Buffer.from([0xe9]), Buffer.from("curit"), Buffer.from([0xe9])]) });
  await expect(note).toContainText("is not valid UTF-8 (first bad byte at position 5)");
  await file.setInputFiles({ name: "plan.pdf", mimeType: "application/pdf", buffer: Buffer.from("%PDF-1.7") });
  await expect(note).toContainText("is not a .txt or .md file");
  await file.setInputFiles({ name: "huge.txt", mimeType: "text/plain", buffer: Buffer.alloc(1_000_001, 0x61) });
  await expect(note).toContainText("the limit is 1 MB");
  await screenshot(page, testInfo, "14-bad-upload");

  // Over the limit in the text area: the counter turns red and saving is refused with the size and the limit.
  await paste(text, `1. ${"peace ".repeat(170_000)}`);
  await expect(page.locator('[data-testid$="-source-text-size"]')).toHaveText("1.02 MB of 1 MB");
  await save.click();
  await expect(textError).toHaveText(/is 1,020,003 bytes \(1\.02 MB\); the limit is 1 MB \(1,000,000 bytes\)/);

  // Replacement characters (a text decoded with the wrong encoding): refused.
  await text.fill("1. Sicherheitsgarantien f\uFFFDr die Ukraine");
  await save.click();
  await expect(textError).toHaveText(/replacement characters/);

  // No recognisable points: the server says so (the parser's verdict), and nothing is written.
  await text.fill("* * *\n\n---\n\n[GAP: not recovered]");
  await save.click();
  await expect(textError).toHaveText(/No points found/);
  await text.fill("The parties will negotiate in good faith.");
  await save.click();
  await expect(textError).toHaveText(/one paragraph with no numbered, lettered or bulleted points/);
  await screenshot(page, testInfo, "15-no-points");
  expect(await editorCounts()).toEqual(before);

  // Right-to-left and Cyrillic text work, shown in their direction.
  await text.fill("١. نص البند الأول\n٢. نص البند الثاني\n3. Україна отримає гарантії безпеки.");
  await expect(page.getByTestId("parse-preview")).toContainText("3 points");
  await expect(text).toHaveAttribute("dir", "auto");
});

test("a paste of 5,000 points is saved and reviewed page by page", async ({ page }, testInfo) => {
  test.setTimeout(300_000);
  await signInWithForm(page, editor, "/editor");
  await page.goto("/editor/new");
  await page.getByRole("button", { name: "Clear the form" }).click();
  const big = Array.from({ length: 5_000 }, (_, i) => `${i + 1}. Point ${i + 1}: the parties agree on item ${i * 7}.`).join("\n");
  await paste(page.getByLabel("Text of the draft"), big);
  await expect(page.getByTestId("parse-preview")).toContainText("A long text");
  await page.getByLabel("Title", { exact: true }).fill(`Five thousand points ${stamp}`);
  await page.getByLabel("Party").fill("Test");
  await page.getByLabel("Date of the draft").fill("2026-02-01");
  await page.getByLabel("Outlet").fill("Test");
  await page.getByRole("button", { name: "Parse and save draft" }).click();
  await expect(page).toHaveURL(/\/editor\/drafts\/\d+\/clauses$/, { timeout: 120_000 });
  await expect(page.getByRole("heading", { name: /5000 clauses/ })).toBeVisible();
  await expect(page.getByTestId("clause-row")).toHaveCount(100);
  await expect(page.getByRole("navigation", { name: "Pages of clauses (top)" })).toContainText("Page 1 of 50");
  await page.getByLabel("Go to clause").fill("2500");
  await page.getByRole("button", { name: "Go" }).click();
  await expect(page).toHaveURL(/page=25/);
  await expect(page.locator('[data-testid="clause-row"][data-key="2500"]')).toBeVisible();
  await screenshot(page, testInfo, "16-five-thousand-points-page-25");
});

test("an unsaved paste stays with its editor: the next account to sign in on the browser does not see it", async ({ page }) => {
  await signInWithForm(page, editor, "/editor/new");
  await page.getByRole("button", { name: "Clear the form" }).click();
  await page.getByLabel("Text of the draft").fill("1. Unpublished leak text that only this editor has seen.");
  await page.getByLabel("Title", { exact: true }).fill(`Not saved ${stamp}`);
  // The form keeps itself in the browser for a reload…
  await page.waitForTimeout(800);
  await page.reload();
  await expect(page.getByLabel("Text of the draft")).toHaveValue(/Unpublished leak text/);

  // …but not for someone else.
  await page.getByRole("button", { name: "Sign out" }).click();
  await expect(page.getByRole("link", { name: "Sign in" })).toBeVisible();
  const other = createAccount("editor", "editor-next");
  await signInWithForm(page, other, "/editor/new");
  await expect(page.getByLabel("Text of the draft")).toHaveValue("");
  await expect(page.getByLabel("Title", { exact: true })).toHaveValue("");
});
