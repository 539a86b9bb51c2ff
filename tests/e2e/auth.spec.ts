/**
 * Accounts and the editorial foundation, end to end against the real server: security headers and
 * CSP, sign-in (and its rate limit), the server refusing what the UI would hide (server action and
 * route called directly by signed-out and reader users), role change with an audit row, stale
 * writes, and audit JSON shown as text, never as HTML.
 */
import { expect, test, type APIRequestContext, type Page } from "@playwright/test";
import {
  createAccount,
  resetSignInRateLimit,
  roleOf,
  serverActionId,
  sql,
  type Account,
} from "./support/server";

test.describe.configure({ mode: "serial" });

let admin: Account;
let editor: Account;
let reader: Account;
let target: Account;

test.beforeAll(async () => {
  // Through the real CLI (Better Auth hashing, audited as the system).
  admin = createAccount("admin");
  editor = createAccount("editor");
  reader = createAccount("reader");
  target = createAccount("reader", "target");
});

test.beforeEach(async () => {
  await resetSignInRateLimit();
});

function originOf(baseURL: string | undefined): string {
  if (!baseURL) throw new Error("baseURL is not configured");
  return new URL(baseURL).origin;
}

/** Sign in through the form, as a person would. */
async function signInWithForm(page: Page, account: Pick<Account, "email" | "password">, next?: string) {
  await page.goto(next ? `/sign-in?next=${encodeURIComponent(next)}` : "/sign-in");
  await page.getByLabel("Email").fill(account.email);
  await page.getByLabel("Password").fill(account.password);
  await page.getByRole("button", { name: "Sign in" }).click();
}

/** Sign in through the API (same endpoint, same cookie), for tests about what comes after. */
async function signInWithApi(request: APIRequestContext, origin: string, account: Account) {
  const response = await request.post("/api/auth/sign-in/email", {
    headers: { origin },
    data: { email: account.email, password: account.password },
  });
  expect(response.status(), await response.text()).toBe(200);
}

/** Call a server action the way the browser does (Next-Action header, JSON-encoded arguments). */
async function callServerAction(request: APIRequestContext, origin: string, page: string, id: string, args: unknown[]) {
  const response = await request.post(page, {
    headers: { "next-action": id, accept: "text/x-component", "content-type": "text/plain;charset=UTF-8", origin },
    data: JSON.stringify(args),
  });
  return { status: response.status(), body: await response.text() };
}

test("every page carries a nonce-based CSP and the other security headers, and renders under them", async ({ page }) => {
  const violations: string[] = [];
  await page.addInitScript(() =>
    document.addEventListener("securitypolicyviolation", (e) => console.error(`csp-violation ${e.violatedDirective} ${e.blockedURI}`)),
  );
  page.on("console", (m) => {
    if (m.text().startsWith("csp-violation") || /Content Security Policy/i.test(m.text())) violations.push(m.text());
  });

  for (const path of ["/", "/sign-in"]) {
    const response = await page.goto(path);
    expect(response?.status()).toBe(200);
    const headers = response!.headers();
    const csp = headers["content-security-policy"] ?? "";
    const scriptSrc = csp.split(";").map((d) => d.trim()).find((d) => d.startsWith("script-src")) ?? "";
    expect(scriptSrc).toMatch(/'nonce-[A-Za-z0-9+/=]{16,}'/);
    expect(scriptSrc).toContain("'strict-dynamic'");
    expect(scriptSrc).not.toContain("'unsafe-inline'");
    expect(scriptSrc).not.toContain("'unsafe-eval'");
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).toContain("object-src 'none'");
    expect(headers["x-content-type-options"]).toBe("nosniff");
    expect(headers["referrer-policy"]).toBe("same-origin");
    expect(headers["x-frame-options"]).toBe("DENY");
    expect(headers["x-request-id"]).toBeTruthy();
    // Next stamped this response's nonce on its scripts; none runs without it.
    const nonce = /'nonce-([^']+)'/.exec(scriptSrc)![1];
    const scripts = await page.locator("script").evaluateAll((els) => els.map((e) => (e as HTMLScriptElement).nonce));
    expect(scripts.length).toBeGreaterThan(0);
    expect(scripts.every((n) => n === nonce)).toBe(true);
  }
  // The page is interactive under the policy: client-side validation answers without a request.
  await page.getByLabel("Email").fill("not an email");
  await page.getByLabel("Password").fill("x");
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByTestId("sign-in-error")).toHaveText("Enter a valid email address.");
  expect(violations).toEqual([]);

  // A fresh nonce per response.
  const again = await page.request.get("/sign-in");
  expect(again.headers()["content-security-policy"]).not.toBe((await page.request.get("/sign-in")).headers()["content-security-policy"]);
});

test("an editor signs in with the form and lands where they were going", async ({ page }) => {
  await signInWithForm(page, editor, "/audit");
  await expect(page).toHaveURL(/\/audit$/);
  await expect(page.getByRole("heading", { level: 1, name: "Audit log" })).toBeVisible();
  await expect(page.getByTestId("user-menu-role")).toHaveText("editor");
  // Editors do not get the admin page.
  await expect(page.getByRole("link", { name: "Users" })).toHaveCount(0);

  // The session cookie is out of reach of scripts and only sent first-party.
  const cookie = (await page.context().cookies()).find((c) => c.name.endsWith("session_token"));
  expect(cookie?.httpOnly).toBe(true);
  expect(cookie?.sameSite).toBe("Lax");

  await page.getByRole("button", { name: "Sign out" }).click();
  await expect(page.getByRole("link", { name: "Sign in" })).toBeVisible();
  await page.goto("/audit");
  await expect(page).toHaveURL(/\/sign-in\?next=%2Faudit/);
});

test("a wrong password gives a clear error and no session", async ({ page }) => {
  await signInWithForm(page, { email: editor.email, password: "not the password at all" });
  await expect(page.getByTestId("sign-in-error")).toHaveText("Wrong email or password.");
  await expect(page.getByLabel("Password")).toBeFocused();
  await expect(page).toHaveURL(/\/sign-in/);
  // An unknown email reads the same: the form does not reveal who has an account.
  await signInWithForm(page, { email: "nobody-here@example.test", password: "not the password at all" });
  await expect(page.getByTestId("sign-in-error")).toHaveText("Wrong email or password.");
  expect((await page.context().cookies()).some((c) => c.name.endsWith("session_token"))).toBe(false);
});

test("sign-in is rate-limited per client after repeated failures (429), and the form says so", async ({ page }) => {
  // From the browser itself, so every attempt comes from the same client address as the form's.
  await page.goto("/sign-in");
  const attempt = (password: string, headers: Record<string, string> = {}) =>
    page.evaluate(
      async ({ email, password, headers }) => {
        const response = await fetch("/api/auth/sign-in/email", {
          method: "POST",
          headers: { "content-type": "application/json", ...headers },
          body: JSON.stringify({ email, password }),
        });
        return { status: response.status, retryAfter: response.headers.get("x-retry-after") };
      },
      { email: editor.email, password, headers },
    );

  const statuses: number[] = [];
  for (let i = 0; i < 5; i++) statuses.push((await attempt(`wrong password number ${i}`)).status);
  expect(statuses).toEqual([401, 401, 401, 401, 401]);

  const limited = await attempt(editor.password);
  expect(limited.status).toBe(429);
  expect(Number(limited.retryAfter)).toBeGreaterThan(0);

  // A forged X-Forwarded-For does not buy a fresh bucket: the server counts the real address.
  expect((await attempt(editor.password, { "x-forwarded-for": "203.0.113.99" })).status).toBe(429);

  // Even the right password waits now; the form explains why.
  await signInWithForm(page, editor);
  await expect(page.getByTestId("sign-in-error")).toContainText("Too many sign-in attempts");
  await expect(page).toHaveURL(/\/sign-in/);
  await resetSignInRateLimit();
});

test("a signed-out visitor cannot change a role: server action and route refuse, nothing changes", async ({ page, baseURL }) => {
  const origin = originOf(baseURL);
  const before = await sql<{ n: string }>(`SELECT count(*) AS n FROM "AuditEvent"`);

  const actionId = serverActionId("app/admin/users/actions.ts", "setUserRole");
  const action = await callServerAction(page.request, origin, "/admin/users", actionId, [
    { userId: target.id, role: "admin", lockVersion: 0 },
  ]);
  expect(action.body).toContain('"code":"Unauthenticated"');

  const route = await page.request.patch(`/api/admin/users/${target.id}/role`, {
    headers: { origin },
    data: { role: "admin", lockVersion: 0 },
  });
  expect(route.status()).toBe(401);
  expect((await route.json()).error.code).toBe("Unauthenticated");

  // The pages themselves send visitors to sign in.
  await page.goto("/admin/users");
  await expect(page).toHaveURL(/\/sign-in\?next=%2Fadmin%2Fusers/);

  expect(await roleOf(target.id)).toBe("reader");
  expect(await sql<{ n: string }>(`SELECT count(*) AS n FROM "AuditEvent"`)).toEqual(before);
});

test("a signed-in reader cannot change a role either, and gets 403 pages", async ({ page, baseURL }) => {
  const origin = originOf(baseURL);
  await signInWithApi(page.request, origin, reader);

  const actionId = serverActionId("app/admin/users/actions.ts", "setUserRole");
  const action = await callServerAction(page.request, origin, "/admin/users", actionId, [
    { userId: reader.id, role: "admin", lockVersion: 0 },
  ]);
  expect(action.body).toContain('"code":"Forbidden"');

  const route = await page.request.patch(`/api/admin/users/${reader.id}/role`, {
    headers: { origin },
    data: { role: "admin", lockVersion: 0 },
  });
  expect(route.status()).toBe(403);
  expect((await route.json()).error.code).toBe("Forbidden");

  // With a foreign Origin the request does not even reach the handler.
  const crossSite = await page.request.patch(`/api/admin/users/${reader.id}/role`, {
    headers: { origin: "https://evil.example" },
    data: { role: "admin", lockVersion: 0 },
  });
  expect(crossSite.status()).toBe(403);
  expect((await crossSite.json()).error.message).toMatch(/cross-site/i);

  for (const path of ["/admin/users", "/audit"]) {
    await page.goto(path);
    await expect(page.getByTestId("forbidden")).toBeVisible();
    await expect(page.getByTestId("audit-event")).toHaveCount(0);
  }
  expect(await roleOf(reader.id)).toBe("reader");
});

test("an admin changes a role; the audit log shows it; a stale form gets a conflict, not an overwrite", async ({ page, baseURL }) => {
  const origin = originOf(baseURL);
  await signInWithForm(page, admin, "/admin/users");
  await expect(page).toHaveURL(/\/admin\/users$/);

  const row = page.getByTestId(`user-row-${target.email}`);
  await row.getByRole("combobox").selectOption("editor");
  await row.getByRole("button", { name: "Save" }).click();
  await expect(row.getByRole("status")).toHaveText(`Saved: ${target.email} is now editor.`);
  expect(await roleOf(target.id)).toBe("editor");

  // Another admin (here: the same one through the API) changes the role meanwhile…
  const [current] = await sql<{ lockVersion: number }>(`SELECT "lockVersion" FROM "user" WHERE "id" = $1`, [target.id]);
  const lockVersion = current?.lockVersion;
  const stalePage = await page.context().newPage();
  await stalePage.goto("/admin/users");
  const staleRow = stalePage.getByTestId(`user-row-${target.email}`);
  const meanwhile = await page.request.patch(`/api/admin/users/${target.id}/role`, { headers: { origin }, data: { role: "reader", lockVersion } });
  expect(meanwhile.status()).toBe(200);
  // …so the form rendered before that change is refused, with what the role is now.
  await staleRow.getByRole("combobox").selectOption("admin");
  await staleRow.getByRole("button", { name: "Save" }).click();
  await expect(staleRow.getByRole("status")).toContainText("Another admin changed this account meanwhile: it is now reader");
  expect(await roleOf(target.id)).toBe("reader");
  await stalePage.close();

  await page.goto(`/audit?action=user.set-role&targetType=User&targetId=${target.id}`);
  const events = page.getByTestId("audit-event");
  // Newest first: the API change (editor → reader), then the form's (reader → editor). The refused
  // stale save left no trace.
  await expect(events).toHaveCount(2);
  await expect(events.first()).toContainText(admin.email);
  await expect(events.nth(0).locator("pre").nth(0)).toContainText('"role": "editor"');
  await expect(events.nth(0).locator("pre").nth(1)).toContainText('"role": "reader"');
  await expect(events.nth(1).locator("pre").nth(0)).toContainText('"role": "reader"');
  await expect(events.nth(1).locator("pre").nth(1)).toContainText('"role": "editor"');
});

test("audit JSON is shown as text: markup in a name never becomes HTML", async ({ page }) => {
  let dialog = false;
  page.on("dialog", async (d) => {
    dialog = true;
    await d.dismiss();
  });
  await signInWithForm(page, admin, "/admin/users");
  await expect(page).toHaveURL(/\/admin\/users$/);
  const payload = "<img src=x onerror=alert(1)><script>alert(2)</script>";
  const email = `e2e-xss-${Date.now().toString(36)}@example.test`;
  const form = page.getByRole("form", { name: "New account" });
  await form.getByLabel("Email").fill(email);
  await form.getByLabel("Name").fill(payload);
  await form.getByLabel("Initial password").fill("an initial pass phrase for xss");
  await form.getByRole("button", { name: "Create account" }).click();
  await expect(form.getByRole("status")).toHaveText(`Created ${email} (reader).`);
  const row = page.getByTestId(`user-row-${email}`);
  await expect(row).toContainText(payload);
  expect(await row.locator("img, script").count()).toBe(0);

  await page.goto("/audit?action=user.create");
  const event = page.getByTestId("audit-event").filter({ hasText: email });
  await expect(event).toHaveCount(1);
  await expect(event.locator("pre")).toContainText(payload);
  expect(await event.locator("img, script").count()).toBe(0);
  expect(dialog).toBe(false);
});
