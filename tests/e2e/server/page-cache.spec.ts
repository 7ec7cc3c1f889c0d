/**
 * The page cache on the real `npm start` server (two workers): a cached page hydrates under its
 * hash-based CSP, every response's CSP allows exactly its own inline scripts, a publish replaces
 * the cached page, and a signed-in editor neither gets nor creates a cached page.
 */
import { createHash } from "node:crypto";
import { spawnSync } from "node:child_process";
import { expect, test, type APIRequestContext } from "@playwright/test";

const PASSWORD = "e2e-cache-lantern-37";
const ADMIN = "cache-admin@e2e.test";

test.describe.configure({ mode: "serial" });

test.beforeAll(() => {
  const result = spawnSync("npm", ["run", "-s", "user:create", "--", "--email", ADMIN, "--role", "admin"], {
    env: { ...process.env, DATABASE_URL: process.env.E2E_DATABASE_URL ?? "file:./data/e2e.db", COMPENDIUM_PASSWORD: PASSWORD },
    encoding: "utf8",
  });
  if (result.status !== 0 && !/already exists/i.test(result.stderr)) throw new Error(`user:create failed: ${result.stderr}`);
});

/** Written here from the HTML, independently of the server's code: the sha256 of each inline script. */
function ownInlineScripts(html: string): string[] {
  const sources = [...html.matchAll(/<script([^>]*)>([\s\S]*?)<\/script>/g)].filter(([, attrs, body]) => !/\bsrc=/.test(attrs!) && !/application\/ld\+json/.test(attrs!) && body!.length > 0);
  return [...new Set(sources.map(([, , body]) => `'sha256-${createHash("sha256").update(body!).digest("base64")}'`))].sort();
}

function scriptSrc(csp: string): string[] {
  return csp.split(";").map((d) => d.trim()).find((d) => d.startsWith("script-src"))!.split(/\s+/).slice(1);
}

/** Until both workers have served it from their cache (a new connection each time: the cluster hands them out in turn). */
async function cached(request: APIRequestContext, path: string) {
  await expect(async () => {
    const states = [];
    for (let i = 0; i < 4; i++) states.push((await request.get(path, { headers: { connection: "close" } })).headers()["x-page-cache"]);
    expect(states).toEqual(["hit", "hit", "hit", "hit"]);
  }).toPass({ timeout: 10_000 });
}

test("a cached profile hydrates under its own CSP: the Cite dialog opens and no script is refused", async ({ page, request }) => {
  await cached(request, "/agencies/unfpa");
  const violations: string[] = [];
  page.on("console", (message) => {
    if (/Content Security Policy|Refused to/i.test(message.text())) violations.push(message.text());
  });
  const response = await page.goto("/agencies/unfpa");
  expect(response!.headers()["x-page-cache"]).toBe("hit");
  await page.getByRole("link", { name: /^Cite / }).first().click();
  const dialog = page.getByRole("dialog");
  await expect(dialog).toBeVisible();
  await expect(dialog.getByLabel("BibTeX")).toHaveValue(/@incollection/);
  expect(violations).toEqual([]);
});

test("each page's CSP allows exactly its own inline scripts, and never 'unsafe-inline' or a nonce", async ({ request }) => {
  for (const path of ["/", "/agencies/iom", "/themes/remittances", "/recommendations", "/search?q=domestic+workers", "/cite/fao-recommendations-c"]) {
    const response = await request.get(path);
    expect(response.status(), path).toBe(200);
    const csp = response.headers()["content-security-policy"]!;
    const sources = scriptSrc(csp);
    expect(sources.filter((s) => s.startsWith("'sha256-")).sort(), path).toEqual(ownInlineScripts(await response.text()));
    expect(sources.filter((s) => !s.startsWith("'sha256-")), path).toEqual(["'self'"]);
    expect(csp).toContain("object-src 'none'");
  }
});

test("a publish replaces the cached page on every worker within the poll interval", async ({ request, playwright, baseURL }) => {
  test.setTimeout(30_000);
  await cached(request, "/agencies/unaids");
  const admin = await playwright.request.newContext({ baseURL });
  const origin = baseURL!;
  expect((await admin.post("/api/auth/sign-in/email", { headers: { origin }, data: { email: ADMIN, password: PASSWORD } })).status()).toBe(200);
  const part = (await (await admin.get("/api/v1/editor/parts/unaids/recommendations")).json()) as { revision: number; published: { blocks: { id: string; text: string }[] } };
  const text = `Cached pages follow publishing ${Date.now()}.`;
  const content = { blocks: part.published.blocks.map((b, i) => (i === 0 ? { ...b, text } : b)) };
  const saved = await admin.put("/api/v1/editor/parts/unaids/recommendations/draft", { headers: { origin }, data: { baseRevision: part.revision, draftVersion: null, content, submit: true } });
  expect(saved.status()).toBe(200);
  const { version } = (await saved.json()) as { version: number };
  expect((await admin.post("/api/v1/editor/parts/unaids/recommendations/publish", { headers: { origin }, data: { draftVersion: version, note: "page cache check" } })).status()).toBe(200);
  await expect(async () => {
    for (let i = 0; i < 4; i++) expect(await (await request.get("/agencies/unaids", { headers: { connection: "close" } })).text()).toContain(text);
  }).toPass({ timeout: 10_000 });
  await admin.dispose();
});

test("a signed-in editor never gets a cached page, and never creates one", async ({ request, playwright, baseURL }) => {
  const editor = await playwright.request.newContext({ baseURL });
  expect((await editor.post("/api/auth/sign-in/email", { headers: { origin: baseURL! }, data: { email: ADMIN, password: PASSWORD } })).status()).toBe(200);
  await cached(request, "/agencies/unctad");
  const signedIn = await editor.get("/agencies/unctad");
  expect(signedIn.headers()["x-page-cache"]).toBeUndefined();
  expect(signedIn.headers()["cache-control"]).toMatch(/no-store/);
  expect(scriptSrc(signedIn.headers()["content-security-policy"]!).join(" ")).toMatch(/'nonce-[A-Za-z0-9+/=]+' 'strict-dynamic'/);
  // A page only the editor has asked for is still a miss for the next visitor.
  const fresh = `/agencies/unctad?from=editor-${Date.now()}`;
  for (let i = 0; i < 3; i++) expect((await editor.get(fresh)).headers()["x-page-cache"]).toBeUndefined();
  expect((await request.get(fresh)).headers()["x-page-cache"]).toBe("miss");
  expect((await editor.get("/editor")).headers()["x-page-cache"]).toBeUndefined();
  await editor.dispose();
});
