import { expect, test } from "@playwright/test";

test("a researcher compares three agencies part by part", async ({ page }) => {
  await page.goto("/compare");
  for (const name of ["FAO", "ILO", "IOM"]) await page.getByRole("checkbox", { name, exact: true }).check();
  await page.getByRole("button", { name: "Compare" }).click();
  await expect(page).toHaveURL(/agencies=fao.*agencies=ilo.*agencies=iom/);
  // One part at a time, recommendations first, each agency in its own column.
  const parts = page.getByRole("navigation", { name: "Part to compare" });
  await expect(parts.getByRole("link", { name: "Recommendations", exact: true })).toHaveAttribute("aria-current", "page");
  await expect(page.getByRole("heading", { level: 3 })).toHaveText([/^FAO/, /^ILO/, /^IOM/]);
  await expect(page.getByRole("region", { name: /^FAO/ })).toContainText("Improve knowledge on the linkages between migration, climate change");
  await parts.getByRole("link", { name: "Good practices" }).click();
  await expect(page).toHaveURL(/agencies=fao,ilo,iom&part=good-practices/);
  await expect(page.getByRole("heading", { level: 2, name: "Good practices" })).toBeVisible();
  await expect(page.getByRole("region", { name: /^ILO/ })).toBeVisible();
});

test("compare explains a bad request", async ({ page }) => {
  await page.goto("/compare?agencies=fao,atlantis");
  await expect(page.getByRole("alert").filter({ hasText: "Unknown agency" })).toContainText("Unknown agency: atlantis");
  await expect(page.getByText("Select at least two agencies.")).toBeVisible();
});
