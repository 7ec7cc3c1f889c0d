import { expect, test } from "@playwright/test";

test("a researcher compares three agencies part by part", async ({ page }) => {
  await page.goto("/compare");
  for (const name of ["FAO", "ILO", "IOM"]) await page.getByRole("checkbox", { name, exact: true }).check();
  await page.getByRole("button", { name: "Compare" }).click();
  await expect(page).toHaveURL(/agencies=fao.*agencies=ilo.*agencies=iom/);
  const table = page.getByRole("table");
  await expect(table.getByRole("columnheader")).toHaveText(["Part", "FAO", "ILO", "IOM"]);
  await expect(table.getByRole("rowheader")).toHaveText(["Activities since 2006", "Support to the GFMD", "Good practices", "Challenges", "Gaps", "Recommendations"]);
  const recommendations = table.getByRole("row").filter({ has: page.getByRole("rowheader", { name: "Recommendations" }) });
  await expect(recommendations.getByRole("cell").nth(0)).toContainText("Improve knowledge on the linkages between migration, climate change");
});

test("compare explains a bad request", async ({ page }) => {
  await page.goto("/compare?agencies=fao,atlantis");
  await expect(page.getByRole("alert").filter({ hasText: "Unknown agency" })).toContainText("Unknown agency: atlantis");
  await expect(page.getByText("Select at least two agencies.")).toBeVisible();
});
