/**
 * The editorial workflow in Chromium: an editor signs in, edits FAO recommendation (c) and
 * submits; an admin reviews the diff and publishes; the public page and search show the new
 * text; the admin restores the old text. Also: security headers, and axe on the editor pages.
 */
import { spawnSync } from "node:child_process";
import { expect, test, type Page } from "@playwright/test";
import { expectNoAxeViolations } from "../support/axe";

const PASSWORD = "e2e-lantern-harbour-91";
const EDITOR = "editor@e2e.test";
const ADMIN = "admin@e2e.test";
const NEW_TEXT = "Strengthen zephyrine cooperation between ministries of agriculture and labour on rural migration.";

test.describe.configure({ mode: "serial" });

test.beforeAll(() => {
  for (const [email, role] of [[EDITOR, "editor"], [ADMIN, "admin"]] as const) {
    const result = spawnSync("npm", ["run", "-s", "user:create", "--", "--email", email, "--role", role], {
      env: { ...process.env, DATABASE_URL: process.env.E2E_DATABASE_URL ?? "file:./data/e2e.db", COMPENDIUM_PASSWORD: PASSWORD },
      encoding: "utf8",
    });
    if (result.status !== 0 && !/already exists/i.test(result.stderr)) throw new Error(`user:create failed: ${result.stderr}`);
  }
});

async function signIn(page: Page, email: string) {
  await page.goto("/editor/sign-in");
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill(PASSWORD);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Editor dashboard" })).toBeVisible();
}

async function signOut(page: Page) {
  await page.getByRole("button", { name: "Sign out" }).click();
  await expect(page.getByText("You are signed out.")).toBeVisible();
}

test("editor pages need a session, and wrong passwords get a clear message", async ({ page }) => {
  await page.goto("/editor/fao/recommendations");
  await expect(page).toHaveURL(/\/editor\/sign-in/);
  await page.getByLabel("Email").fill(EDITOR);
  await page.getByLabel("Password").fill("not-the-password");
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByText("Wrong email or password.")).toBeVisible();
  await expectNoAxeViolations(page);
});

test("every page response carries the security headers and a strict CSP", async ({ request }) => {
  const response = await request.get("/agencies/fao");
  const headers = response.headers();
  // Served from the page cache: each inline script by its hash (tests/e2e/server/page-cache.spec.ts checks the hashes).
  expect(headers["content-security-policy"]).toMatch(/script-src 'self'( 'sha256-[A-Za-z0-9+/=]+')+;/);
  expect(headers["content-security-policy"]).toContain("object-src 'none'");
  expect(headers["content-security-policy"]).toContain("frame-ancestors 'none'");
  expect(headers["x-content-type-options"]).toBe("nosniff");
  expect(headers["referrer-policy"]).toBe("strict-origin-when-cross-origin");
  expect(headers["x-powered-by"]).toBeUndefined();
  expect(headers["x-frame-options"]).toBe("DENY");
  // The end-to-end server is a production build on plain http: HSTS belongs only to an https SITE_URL.
  expect(headers["strict-transport-security"]).toBeUndefined();
  const html = await response.text();
  // The same bytes for every visitor: no script carries a nonce.
  for (const tag of html.match(/<script\b[^>]*>/g) ?? []) expect(tag).not.toContain("nonce=");
  // The API and files skip proxy.ts; next.config.ts gives them a policy that allows nothing.
  for (const path of ["/api/v1/agencies", "/api/v1/search?q=iom", "/robots.txt", "/sitemap.xml", "/icon.svg", "/api/v1/export?format=csv&agency=fao"]) {
    const other = await request.get(path);
    expect(other.status(), path).toBe(200);
    expect(other.headers()["content-security-policy"], path).toBe("default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'");
    expect(other.headers()["x-content-type-options"], path).toBe("nosniff");
  }
});

test("an editor edits FAO recommendation (c) and submits it for review", async ({ page }) => {
  await signIn(page, EDITOR);
  await expectNoAxeViolations(page);
  await page.getByRole("link", { name: "Edit FAO: Recommendations" }).click();
  await expect(page.getByRole("heading", { level: 1, name: /Recommendations/ })).toBeVisible();
  const text = page.getByLabel(/^Text of block \d+ \(c\)$/);
  await text.fill(NEW_TEXT);
  await expect(page.getByLabel(/^Preview of block \d+ \(c\)$/)).toContainText("zephyrine");
  await expectNoAxeViolations(page);
  await page.getByLabel("Note for the reviewer").fill("Clearer wording for (c).");
  await page.getByRole("button", { name: "Save and submit for review" }).click();
  await expect(page.getByRole("status")).toContainText("Saved and submitted for review");
  // Not public yet.
  const publicPage = await page.request.get("/agencies/fao");
  expect(await publicPage.text()).not.toContain("zephyrine");
  await signOut(page);
});

test("an admin reviews the diff and publishes; the public page and search show the new text", async ({ page }) => {
  await signIn(page, ADMIN);
  await expect(page.getByText("waiting for review")).toBeVisible();
  await page.getByRole("link", { name: /Food and Agriculture Organization.*Recommendations|FAO.*Recommendations/ }).first().click();
  const review = page.getByRole("region", { name: /Review draft version/ });
  await expect(review.locator("ins").filter({ hasText: "zephyrine" })).toBeVisible();
  await review.getByLabel("Publication note").fill("Clearer wording for (c).");
  await review.getByRole("button", { name: "Publish" }).click();
  await expect(page.getByRole("status")).toContainText("Published as revision 1");

  await page.goto("/agencies/fao#fao-recommendations-c");
  await expect(page.locator("#fao-recommendations-c")).toContainText("zephyrine");
  await expect(page.getByText(/Last updated by the portal editors/)).toBeVisible();
  await page.getByText(/Show the original 2013 text/).click();
  await expect(page.getByText(/Last updated by the portal editors/).locator("..")).toBeVisible();

  await expect(async () => {
    await page.goto("/search?q=zephyrine");
    await expect(page.getByRole("link", { name: /FAO/ }).first()).toBeVisible();
    await expect(page.locator("main")).toContainText("zephyrine");
  }).toPass({ timeout: 15_000 });
});

test("the admin restores the 2013 text from the history, as a new revision", async ({ page }) => {
  await signIn(page, ADMIN);
  await page.goto("/editor/history?slug=fao&part=recommendations");
  await expect(page.getByRole("heading", { level: 2, name: /revision 1/ })).toBeVisible();
  await expect(page.locator("del").first()).toBeVisible();
  await expectNoAxeViolations(page);
  await page.getByRole("button", { name: "Restore the text before revision 1" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Restored as revision 2" })).toBeVisible();
  await page.goto("/agencies/fao");
  await expect(page.locator("#fao-recommendations-c")).not.toContainText("zephyrine");
  await page.goto("/editor/audit");
  await expect(page.getByRole("cell", { name: "published" }).first()).toBeVisible();
  await expect(page.getByRole("cell", { name: "restored" }).first()).toBeVisible();
  await expect(page.getByRole("cell", { name: "sign-in-failed" }).first()).toBeVisible();
  await expectNoAxeViolations(page);
});

test("an editor cannot see the audit log or manage users", async ({ page }) => {
  await signIn(page, EDITOR);
  await expect(page.getByRole("link", { name: "Audit log" })).toHaveCount(0);
  await page.goto("/editor/audit");
  await expect(page.getByText("Only admins can see the audit log.")).toBeVisible();
  await page.goto("/editor/users");
  await expect(page.getByText("Only admins can manage users.")).toBeVisible();
});

test("two editors saving the same part: the second sees both texts, and nothing is overwritten", async ({ browser }) => {
  const options = { baseURL: test.info().project.use.baseURL };
  const [firstContext, secondContext] = [await browser.newContext(options), await browser.newContext(options)];
  const [first, second] = [await firstContext.newPage(), await secondContext.newPage()];
  for (const page of [first, second]) {
    await signIn(page, EDITOR);
    await page.goto("/editor/unhcr/gaps");
  }
  const textOf = (page: Page) => page.getByLabel(/^Text of block 1\b/);
  await textOf(first).fill("First editor's wording of the first gap.");
  await textOf(second).fill("Second editor's wording of the first gap.");
  await first.getByRole("button", { name: "Save draft" }).click();
  await expect(first.getByRole("status")).toContainText("Draft saved (version 1)");
  await second.getByRole("button", { name: "Save draft" }).click();
  const conflict = second.getByRole("alert").filter({ hasText: "Not saved: someone else saved first" });
  await expect(conflict).toContainText("Second editor's wording of the first gap.");
  await expect(conflict).toContainText("First editor's wording of the first gap.");
  await expectNoAxeViolations(second);
  // The first editor's draft is intact.
  await first.reload();
  await expect(textOf(first)).toHaveValue("First editor's wording of the first gap.");
  await firstContext.close();
  await secondContext.close();
});

test("script, javascript: links, onerror and SVG saved by an editor render as harmless text on the public page", async ({ page }) => {
  const payload = `<script>window.__pwned = 1</script> <img src=x onerror="window.__pwned = 2"> <svg onload="window.__pwned = 3"></svg> [click me](javascript:window.__pwned=4)`;
  await signIn(page, EDITOR);
  const part = (await (await page.request.get("/api/v1/editor/parts/who/recommendations")).json()) as { revision: number; published: { blocks: { id: string; text: string }[] } };
  const target = part.published.blocks[0]!;
  const content = { blocks: part.published.blocks.map((b) => (b.id === target.id ? { ...b, text: payload } : b)) };
  // A browser sends Origin on every write; the API refuses a cookie-authenticated write without it.
  const origin = new URL(page.url()).origin;
  expect((await page.request.put("/api/v1/editor/parts/who/recommendations/draft", { data: { baseRevision: part.revision, draftVersion: null, content, submit: true } })).status()).toBe(403);
  const saved = await page.request.put("/api/v1/editor/parts/who/recommendations/draft", { headers: { origin }, data: { baseRevision: part.revision, draftVersion: null, content, submit: true } });
  expect(saved.status()).toBe(200);
  await signOut(page);
  await signIn(page, ADMIN);
  const published = await page.request.post("/api/v1/editor/parts/who/recommendations/publish", { headers: { origin }, data: { draftVersion: 1, note: "XSS check" } });
  expect(published.status()).toBe(200);

  const dialogs: string[] = [];
  page.on("dialog", (d) => (dialogs.push(d.message()), void d.dismiss()));
  await page.goto(`/agencies/who#${target.id}`);
  const block = page.locator(`#${target.id}`);
  await expect(block).toContainText("<script>window.__pwned = 1</script>");
  await expect(block.locator("script, img, svg")).toHaveCount(0);
  await expect(block.getByRole("link", { name: "click me" })).toHaveCount(0);
  expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
  expect(dialogs).toEqual([]);
});
