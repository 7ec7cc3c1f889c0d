import { readFileSync } from "node:fs";
import { expect, test } from "@playwright/test";
import { parse } from "csv-parse/sync";

test("a researcher opens remittances, keeps only recommendations, and exports a CSV matching the page", async ({ page }) => {
  await page.goto("/themes");
  await page.getByRole("link", { name: "Remittances and financial inclusion" }).first().click();
  await expect(page.getByRole("heading", { level: 1, name: "Remittances and financial inclusion" })).toBeVisible();

  await page.getByRole("navigation", { name: "Filter by part" }).getByRole("link", { name: "Only recommendations" }).click();
  await expect(page).toHaveURL(/\/themes\/remittances\?part=recommendations$/);
  const onPage = await page.getByRole("link", { name: /^Read in context/ }).evaluateAll((links) => links.map((a) => (a as HTMLAnchorElement).href));
  expect(onPage.length).toBeGreaterThan(10);

  const downloadPromise = page.waitForEvent("download");
  await page.getByRole("link", { name: "CSV" }).click();
  const download = await downloadPromise;
  const csv = readFileSync((await download.path())!, "utf8");
  expect(csv.charCodeAt(0)).toBe(0xfeff);
  const rows = parse(csv.slice(1), { columns: true }) as { agency: string; part: string; permalink: string; themes: string }[];
  expect(rows.map((r) => new URL(r.permalink).pathname + new URL(r.permalink).hash)).toEqual(onPage.map((href) => new URL(href).pathname + new URL(href).hash));
  expect(rows.every((r) => r.part.includes("Recommendations") && r.themes.includes("remittances"))).toBe(true);
});

test("a researcher filters the recommendations explorer and shares the URL", async ({ page }) => {
  await page.goto("/recommendations");
  await page.getByLabel("Agency").selectOption({ label: "IFAD" });
  await page.getByLabel("Theme").selectOption({ label: "Remittances and financial inclusion" });
  await page.getByRole("button", { name: "Apply filters" }).click();
  await expect(page).toHaveURL(/agency=ifad/);
  await expect(page).toHaveURL(/theme=remittances/);
  await expect(page.getByText(/^\d+ of \d+ recommendation passages$/)).toBeVisible();
  const shared = page.url();
  await page.goto(shared);
  await expect(page.getByLabel("Agency")).toHaveValue("ifad");
  await expect(page.getByRole("heading", { level: 2, name: /IFAD/ })).toBeVisible();
});
