/**
 * Security regressions of the editors' workflow, against the real server:
 * - the server refuses what the UI hides: every editor server action (called by its action id, as a
 *   browser would) and every mutating editor route, as a signed-out visitor and as a signed-in reader —
 *   and the database does not change;
 * - more than twenty XSS payloads pasted into a draft (text, title, party, outlet) never run on the
 *   version, compare, lineage, source, audit and editor pages: no dialog, no console error, no element
 *   made from the payload;
 * - two editors in two browsers edit the same clause: the second gets a conflict showing the first's
 *   text, and exactly one audit row is written.
 */
import { expect, test, type Page } from "@playwright/test";
import { createAccount, resetSignInRateLimit, serverActionId, sql, type Account } from "./support/server";
import { callServerAction, editorCounts, originOf, runStamp, screenshot, signInWithApi, signInWithForm } from "./support/editor";

test.describe.configure({ mode: "serial" });

const ACTIONS_FILE = "app/editor/actions.ts";
const stamp = runStamp();

let editor: Account;
let editorTwo: Account;
let reader: Account;
/** A draft and a published version to aim the refused calls at. */
let target: { draftId: number; clauseId: number; sourceId: number; linkId: number; publishedId: number };

test.beforeAll(async () => {
  editor = createAccount("editor", "sec-editor");
  editorTwo = createAccount("editor", "sec-editor-two");
  reader = createAccount("reader", "sec-reader");
});

test.beforeEach(async () => {
  await resetSignInRateLimit();
});

/** Fill the new-draft form and save it; returns the draft's id. */
async function createDraftWithForm(page: Page, fields: { text: string; title: string; party: string; outlet: string; urls?: string }): Promise<number> {
  await page.goto("/editor/new");
  await page.getByRole("button", { name: "Clear the form" }).click();
  await page.getByLabel("Text of the draft").fill(fields.text);
  await page.getByLabel("Title", { exact: true }).fill(fields.title);
  await page.getByLabel("Party").fill(fields.party);
  await page.getByLabel("Date of the draft").fill("2026-02-01");
  await page.getByLabel("Outlet").fill(fields.outlet);
  if (fields.urls) await page.getByLabel("URLs").fill(fields.urls);
  await page.getByRole("button", { name: "Parse and save draft" }).click();
  await expect(page).toHaveURL(/\/editor\/drafts\/\d+\/clauses$/, { timeout: 60_000 });
  return Number(/drafts\/(\d+)/.exec(page.url())![1]);
}

test("set-up: an editor's draft to aim at", async ({ page }) => {
  await signInWithForm(page, editor, "/editor");
  const draftId = await createDraftWithForm(page, {
    text: "1. Ukraine's sovereignty will be confirmed.\n2. A ceasefire along the line of contact.\n3. Elections within 100 days.",
    title: `Security target draft ${stamp}`,
    party: "Test party",
    outlet: "Test outlet",
  });
  const [clause] = await sql<{ id: number; sourceId: number }>(`SELECT "id", "sourceId" FROM "Clause" WHERE "versionId" = $1 ORDER BY "position" LIMIT 1`, [draftId]);
  const [link] = await sql<{ id: number }>(`SELECT "id" FROM "Link" ORDER BY "id" LIMIT 1`);
  const [published] = await sql<{ id: number }>(`SELECT "id" FROM "Version" WHERE "slug" = 'eu-counter-proposal' AND "state" = 'published' ORDER BY "revision" DESC LIMIT 1`);
  target = { draftId, clauseId: clause!.id, sourceId: clause!.sourceId, linkId: link!.id, publishedId: published!.id };
});

/** Every editor server action, the page that uses it, and arguments that would change something. */
function actionCalls(): Array<{ name: string; page: string; args: unknown }> {
  const { draftId, clauseId, sourceId, linkId, publishedId } = target;
  const version = { planId: 1, title: "Forged draft", party: "Nobody", date: "2026-01-01", status: "leaked" };
  const source = { outlet: "Forged", kind: "verbatim", urls: [] };
  return [
    { name: "createDraft", page: "/editor/new", args: { version, source, text: "1. Forged.\n2. Forged." } },
    { name: "updateDraft", page: `/editor/drafts/${draftId}`, args: { versionId: draftId, lockVersion: 0, version } },
    { name: "updateSource", page: `/editor/drafts/${draftId}`, args: { sourceId, lockVersion: 0, source } },
    { name: "replaceDraftText", page: `/editor/drafts/${draftId}`, args: { versionId: draftId, sourceId, lockVersion: 0, text: "1. Forged.\n2. Forged." } },
    { name: "editClause", page: `/editor/drafts/${draftId}/clauses`, args: { clauseId, lockVersion: 0, label: "1.", text: "Forged." } },
    { name: "splitClause", page: `/editor/drafts/${draftId}/clauses`, args: { clauseId, lockVersion: 0, offset: 5 } },
    { name: "mergeClause", page: `/editor/drafts/${draftId}/clauses`, args: { clauseId, lockVersion: 0, nextId: clauseId + 1, nextLockVersion: 0 } },
    { name: "levelClause", page: `/editor/drafts/${draftId}/clauses`, args: { clauseId, lockVersion: 0, direction: "in" } },
    { name: "removeClause", page: `/editor/drafts/${draftId}/clauses`, args: { clauseId, lockVersion: 0 } },
    { name: "alignDraft", page: `/editor/drafts/${draftId}/links`, args: { versionId: draftId } },
    { name: "reviewLink", page: `/editor/drafts/${draftId}/links`, args: { op: "reject", linkId, lockVersion: 0 } },
    { name: "publishDraft", page: `/editor/drafts/${draftId}/publish`, args: { versionId: draftId, lockVersion: 0 } },
    { name: "discardDraft", page: `/editor/drafts/${draftId}/publish`, args: { versionId: draftId, lockVersion: 0 } },
    { name: "correctVersion", page: `/editor/drafts/${draftId}/publish`, args: { versionId: publishedId } },
    { name: "addRendition", page: `/editor/versions/${publishedId}/rendition`, args: { versionId: publishedId, source, text: "15. Forged." } },
    { name: "previewRendition", page: `/editor/versions/${publishedId}/rendition`, args: { versionId: publishedId, source, text: "15. Forged." } },
  ];
}

async function assertAllRefused(page: Page, origin: string, code: "Unauthenticated" | "Forbidden") {
  const before = await editorCounts();
  for (const call of actionCalls()) {
    const response = await callServerAction(page.request, origin, call.page, serverActionId(ACTIONS_FILE, call.name), [call.args]);
    expect(response.body, `${call.name} as ${code}`).toContain(`"code":"${code}"`);
  }
  const status = code === "Unauthenticated" ? 401 : 403;
  const review = await page.request.post(`/api/editor/links/${target.linkId}`, { headers: { origin }, data: { op: "reject", lockVersion: 0 } });
  expect(review.status()).toBe(status);
  const publish = await page.request.post(`/api/editor/versions/${target.draftId}/publish`, { headers: { origin }, data: { lockVersion: 0 } });
  expect(publish.status()).toBe(status);
  expect((await publish.json()).error.code).toBe(code);
  // From another site the request does not even reach the handler.
  const crossSite = await page.request.post(`/api/editor/versions/${target.draftId}/publish`, { headers: { origin: "https://evil.example" }, data: { lockVersion: 0 } });
  expect(crossSite.status()).toBe(403);
  expect(await editorCounts()).toEqual(before);
}

test("a signed-out visitor calling every editor action and route directly is refused, and nothing changes", async ({ page, baseURL }) => {
  await assertAllRefused(page, originOf(baseURL), "Unauthenticated");
  for (const path of ["/editor", "/editor/new", `/editor/drafts/${target.draftId}/clauses`]) {
    await page.goto(path);
    await expect(page).toHaveURL(/\/sign-in\?next=/);
  }
});

test("a signed-in reader calling every editor action and route directly is refused, and nothing changes", async ({ page, baseURL }) => {
  const origin = originOf(baseURL);
  await signInWithApi(page.request, origin, reader);
  await assertAllRefused(page, origin, "Forbidden");
  for (const path of ["/editor", "/editor/new", `/editor/drafts/${target.draftId}`, `/editor/drafts/${target.draftId}/links`, `/editor/versions/${target.publishedId}/rendition`]) {
    await page.goto(path);
    await expect(page.getByTestId("forbidden")).toBeVisible();
    await expect(page.getByTestId("clause-row")).toHaveCount(0);
  }
  // A reader sees no editor links and no curation on the compare page.
  await page.goto("/compare/us-28-draft/eu-counter-proposal");
  await expect(page.getByTestId("link-curation")).toHaveCount(0);
  await expect(page.getByRole("link", { name: "Editor" })).toHaveCount(0);
});

const PAYLOADS = [
  `<script>alert(1)</script>`,
  `<img src=x onerror=alert(1)>`,
  `<img src=x onerror="window.__pwned=1">`,
  `<svg onload=alert(1)>`,
  `<svg><script>alert(1)</script></svg>`,
  `javascript:alert(1)`,
  `<a href="javascript:alert(1)">click me</a>`,
  `<iframe src="javascript:alert(1)"></iframe>`,
  `<body onload=alert(1)>`,
  `</textarea><script>alert(1)</script>`,
  `"><script>alert(1)</script>`,
  `'><img src=x onerror=alert(1)>`,
  `<div onmouseover="alert(1)">hover me</div>`,
  `<input autofocus onfocus=alert(1)>`,
  `<details open ontoggle=alert(1)>`,
  `<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>`,
  `\\u003cscript\\u003ealert(1)\\u003c/script\\u003e`,
  `&lt;script&gt;alert(1)&lt;/script&gt;`,
  `<scr<script>ipt>alert(1)</script>`,
  `<object data="javascript:alert(1)"></object>`,
  `<embed src="data:text/html,<script>alert(1)</script>">`,
  `{{constructor.constructor('alert(1)')()}}`,
  `<style>@import 'javascript:alert(1)';</style>`,
  `<meta http-equiv="refresh" content="0;url=javascript:alert(1)">`,
  `<video><source onerror="alert(1)"></video>`,
  `</title><script>alert(1)</script>`,
  `<x onclick=alert(1)>click</x>`,
  `\u003cimg src=x onerror=alert(1)\u003e`,
];

/** Fail the test on any dialog, script error or console error the payloads could cause. */
function watch(page: Page, problems: string[]) {
  page.on("dialog", async (dialog) => {
    problems.push(`dialog: ${dialog.message()}`);
    await dialog.dismiss();
  });
  page.on("pageerror", (error) => problems.push(`pageerror: ${error.message}`));
  page.on("console", (message) => {
    // The browser's own request for a favicon the app does not have is not the page's doing.
    if (message.type() === "error" && !message.location().url.endsWith("/favicon.ico")) problems.push(`console: ${message.text()}`);
  });
}

async function assertInert(page: Page, path: string, problems: string[]) {
  const response = await page.goto(path);
  expect(response?.status(), path).toBe(200);
  await page.waitForLoadState("networkidle");
  // Hover and focus what a payload might have hooked, then look for anything it could have made.
  await page.mouse.move(200, 400);
  await page.mouse.move(600, 600);
  expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned), path).toBeUndefined();
  await expect(page.locator('img[src="x"], iframe[src^="javascript"], object[data^="javascript"], embed, svg[onload], details[ontoggle], input[onfocus], x[onclick]')).toHaveCount(0);
  // No script element made from a payload. (Next's own inline scripts carry the page's data as escaped
  // JSON strings — the payloads are in there as text, which is what must happen.)
  const scripts = await page.locator("script").evaluateAll((els) =>
    els.filter((e) => {
      const code = (e.textContent ?? "").trim();
      return e.getAttribute("src")?.startsWith("javascript") || (code.includes("alert(1)") && !code.startsWith("(self.__next_f") && !code.startsWith("self.__next_f"));
    }).length,
  );
  expect(scripts, path).toBe(0);
  expect(problems, path).toEqual([]);
}

test("XSS payloads pasted into a draft never run on the version, compare, lineage, source, audit and editor pages", async ({ page, browser }, testInfo) => {
  test.setTimeout(300_000);
  expect(PAYLOADS.length).toBeGreaterThanOrEqual(20);
  const problems: string[] = [];
  watch(page, problems);
  await signInWithForm(page, editor, "/editor");
  const text = PAYLOADS.map((p, i) => `${i + 1}. Point ${i + 1} ${p}`).join("\n");
  const draftId = await createDraftWithForm(page, {
    text,
    title: `XSS <script>alert(1)</script> draft ${stamp}`,
    party: `<img src=x onerror=alert(1)>`,
    outlet: `<svg onload=alert(1)> Gazette`,
    urls: "https://example.org/?q=%3Cscript%3Ealert(1)%3C%2Fscript%3E",
  });
  const stored = await sql<{ text: string }>(`SELECT "text" FROM "Clause" WHERE "versionId" = $1 ORDER BY "position"`, [draftId]);
  expect(stored.map((c) => c.text)).toEqual(PAYLOADS.map((p, i) => `Point ${i + 1} ${p}`.trim()));
  await screenshot(page, testInfo, "20-xss-draft-clauses");
  await assertInert(page, `/editor/drafts/${draftId}/clauses`, problems);
  await assertInert(page, `/editor/drafts/${draftId}`, problems);

  await page.goto(`/editor/drafts/${draftId}/publish`);
  await page.getByTestId("action-publish").click();
  await expect(page).toHaveURL(/\/versions\/[a-z0-9-]+\?published=1$/, { timeout: 60_000 });
  const slug = /\/versions\/([a-z0-9-]+)/.exec(page.url())![1]!;
  const [lineage] = await sql<{ lineageId: string }>(`SELECT "lineageId" FROM "Clause" WHERE "versionId" = $1 AND "key" = '1'`, [draftId]);
  const [source] = await sql<{ id: number }>(`SELECT "id" FROM "Source" WHERE "versionId" = $1`, [draftId]);

  // As the editor, and as a reader (signed out): each page shows the payloads as text and runs none of them.
  const readerContext = await browser.newContext();
  const readerPage = await readerContext.newPage();
  const readerProblems: string[] = [];
  watch(readerPage, readerProblems);
  const pages = [`/versions/${slug}`, `/compare/plan-20/${slug}`, `/compare/${slug}/plan-20`, `/clauses/${encodeURIComponent(lineage!.lineageId)}`, `/sources/${source!.id}`, "/"];
  for (const path of pages) {
    await assertInert(page, path, problems);
    await assertInert(readerPage, path, readerProblems);
  }
  await assertInert(page, `/audit?targetType=Version&targetId=${draftId}`, problems);
  await expect(page.locator("body")).toContainText("<script>alert(1)</script>");
  await page.goto(`/versions/${slug}`);
  await expect(page.locator("#clause-1")).toContainText("<script>alert(1)</script>");
  await expect(page.getByRole("heading", { level: 1 })).toContainText("XSS <script>alert(1)</script> draft");
  await screenshot(page, testInfo, "21-xss-version-page");
  await readerContext.close();
});

test("a request body over the server-action limit is refused before it is parsed, and nothing is saved", async ({ page, baseURL }) => {
  const origin = originOf(baseURL);
  await signInWithApi(page.request, origin, editor);
  const before = await editorCounts();
  const huge = `1. ${"x".repeat(4_000_000)}`;
  const response = await callServerAction(page.request, origin, "/editor/new", serverActionId(ACTIONS_FILE, "createDraft"), [
    { version: { planId: 1, title: "Too big", party: "x", date: "2026-01-01", status: "leaked" }, source: { outlet: "x", kind: "verbatim", urls: [] }, text: huge },
  ]);
  expect(response.status).toBeGreaterThanOrEqual(400);
  expect(response.body).not.toContain('"data"');
  // Just under the wire limit but over the text limit: the schema's message.
  const over = await callServerAction(page.request, origin, "/editor/new", serverActionId(ACTIONS_FILE, "createDraft"), [
    { version: { planId: 1, title: "Too big", party: "x", date: "2026-01-01", status: "leaked" }, source: { outlet: "x", kind: "verbatim", urls: [] }, text: `1. ${"x".repeat(1_500_000)}` },
  ]);
  expect(over.body).toContain("the limit is 1 MB (1,000,000 bytes)");
  expect(await editorCounts()).toEqual(before);
});

test("a javascript: URL is refused with its reason and nothing is saved", async ({ page }) => {
  await signInWithForm(page, editor, "/editor");
  const before = await editorCounts();
  await page.goto("/editor/new");
  await page.getByRole("button", { name: "Clear the form" }).click();
  await page.getByLabel("Text of the draft").fill("1. One.\n2. Two.");
  await page.getByLabel("Title", { exact: true }).fill(`Bad URL ${stamp}`);
  await page.getByLabel("Party").fill("Test");
  await page.getByLabel("Date of the draft").fill("2026-02-01");
  await page.getByLabel("Outlet").fill("Test");
  await page.getByLabel("URLs").fill("javascript:alert(1)");
  await page.getByRole("button", { name: "Parse and save draft" }).click();
  await expect(page.getByText("Only http:// and https:// addresses are accepted; “javascript:alert(1)” uses “javascript:”.")).toBeVisible();
  expect(await editorCounts()).toEqual(before);
});

test("two editors edit the same clause: the second gets a conflict with the first's text, and one audit row is written", async ({ browser }, testInfo) => {
  const one = await browser.newContext();
  const two = await browser.newContext();
  const pageOne = await one.newPage();
  const pageTwo = await two.newPage();
  await signInWithForm(pageOne, editor, "/editor");
  await signInWithForm(pageTwo, editorTwo, "/editor");
  const path = `/editor/drafts/${target.draftId}/clauses`;
  await pageOne.goto(path);
  await pageTwo.goto(path);
  const rowOne = pageOne.locator(`[data-testid="clause-row"][data-clause-id="${target.clauseId}"]`);
  const rowTwo = pageTwo.locator(`[data-testid="clause-row"][data-clause-id="${target.clauseId}"]`);
  const audit = async () =>
    Number((await sql<{ n: string }>(`SELECT count(*) AS n FROM "AuditEvent" WHERE "targetType" = 'Clause' AND "targetId" = $1`, [String(target.clauseId)]))[0]!.n);
  const before = await audit();

  await rowOne.getByTestId("clause-text").fill("Ukraine's sovereignty will be confirmed by every signatory (editor one).");
  await rowOne.getByRole("button", { name: "Save" }).click();
  await expect(rowOne.getByTestId("clause-notice")).toContainText("Saved.");

  await rowTwo.getByTestId("clause-text").fill("Ukraine's sovereignty will be confirmed (editor two, on a stale page).");
  await rowTwo.getByRole("button", { name: "Save" }).click();
  await expect(rowTwo.getByTestId("clause-notice")).toContainText("Someone else changed this in the meantime");
  await expect(rowTwo.getByTestId("clause-notice-current")).toContainText("(editor one)");
  await screenshot(pageTwo, testInfo, "22-conflict-second-editor");

  expect(await audit()).toBe(before + 1);
  const [row] = await sql<{ text: string }>(`SELECT "text" FROM "Clause" WHERE "id" = $1`, [target.clauseId]);
  expect(row!.text).toContain("(editor one)");

  // "Load the current version" brings the second editor up to date; their next save goes through.
  await rowTwo.getByRole("button", { name: "Load the current version" }).click();
  await expect(rowTwo.getByTestId("clause-text")).toHaveValue(/\(editor one\)/);
  await one.close();
  await two.close();
});
