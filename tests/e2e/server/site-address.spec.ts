/**
 * One truth for the site's address: a portal started on a port that is not the default, with no
 * SITE_URL, cites itself at that port everywhere — the Cite dialog, /cite/<id>, CSV permalinks,
 * the sitemap, robots.txt and the canonical link all agree.
 */
import { parse } from "csv-parse/sync";
import { expect, test } from "@playwright/test";
import { startPortal, type Portal } from "../support/portal";

const PORT = 3294;
const BASE = `http://127.0.0.1:${PORT}`;
const SITE = `http://localhost:${PORT}`;
const PASSAGE = `${SITE}/agencies/fao#fao-recommendations-c`;

let portal: Portal | undefined;

test.describe.configure({ mode: "serial" });

test.beforeAll(async () => {
  test.setTimeout(120_000);
  const { SITE_URL: _unset, ...inherited } = process.env;
  portal = await startPortal({ env: { ...inherited, PORT: String(PORT), DATABASE_URL: process.env.E2E_DATABASE_URL ?? "file:./data/e2e.db" }, workers: 1, timeout: 110_000 });
});

test.afterAll(async () => {
  await portal?.stop();
});

test("without SITE_URL, every absolute link names the port the portal runs on", async ({ page, context, request }) => {
  await context.grantPermissions(["clipboard-read", "clipboard-write"]);
  await page.goto(`${BASE}/agencies/fao`);
  await expect(page.locator('link[rel="canonical"]')).toHaveAttribute("href", `${SITE}/agencies/fao`);
  await page.getByRole("link", { name: "Cite Recommendations item (c)" }).click();
  await expect(page.getByRole("dialog").getByLabel("Link")).toHaveValue(PASSAGE);
  await expect(page.getByRole("dialog").getByLabel("Plain text")).toHaveValue(new RegExp(PASSAGE.replace(/[.#/:]/g, "\\$&")));

  const cite = await (await request.get(`${BASE}/cite/fao-recommendations-c`)).text();
  expect(cite).toContain(PASSAGE);
  expect(cite).not.toMatch(/localhost:3000|127\.0\.0\.1:3210/);

  const csv = parse(await (await request.get(`${BASE}/api/v1/export?format=csv&agency=fao&part=recommendations`)).text(), { columns: true }) as Record<string, string>[];
  expect(csv.find((row) => Object.values(row).includes(PASSAGE))).toBeDefined();

  expect(await (await request.get(`${BASE}/sitemap.xml`)).text()).toContain(`<loc>${SITE}/agencies/fao</loc>`);
  expect(await (await request.get(`${BASE}/robots.txt`)).text()).toContain(`Sitemap: ${SITE}/sitemap.xml`);
});
