import { expect, test } from "@playwright/test";
import { expectNoAxeViolations } from "../support/axe";

test.describe("agency profile", () => {
  test("a reader goes from the agency list to FAO's recommendations and follows a footnote both ways", async ({ page }) => {
    await page.goto("/agencies");
    await expect(page.getByRole("heading", { level: 1, name: "Agencies and entities" })).toBeVisible();
    await page.getByRole("link", { name: "FAO", exact: true }).click();

    await expect(page).toHaveURL(/\/agencies\/fao$/);
    await expect(page.getByRole("heading", { level: 1, name: "Food and Agriculture Organization of the United Nations" })).toBeVisible();

    const parts = page.getByRole("navigation", { name: "Parts of this chapter" });
    await parts.getByRole("link", { name: "6. Recommendations" }).click();
    await expect(page).toHaveURL(/#fao-part-recommendations$/);
    const recommendation = page.locator("#fao-recommendations-c");
    await expect(recommendation).toContainText("(c)");
    await expect(recommendation).toContainText("Develop capacities at the national and international levels");

    await page.getByRole("link", { name: "Footnote 1" }).first().click();
    await expect(page).toHaveURL(/#fao-fn-1$/);
    const note = page.locator("#fao-fn-1");
    await expect(note).toContainText("FAO was established as a UN specialized agency on 16 October 1945");
    await note.getByRole("link", { name: "Back to reference 1 of note 1" }).click();
    await expect(page).toHaveURL(/#fao-intro-p1-ref-1$/);

    await expectNoAxeViolations(page);
  });

  test("a part the chapter lacks is shown as not reported", async ({ page }) => {
    await page.goto("/agencies/unicef");
    const parts = page.getByRole("navigation", { name: "Parts of this chapter" });
    await expect(parts).toContainText("Good practices (not reported)");
    const missing = page.getByRole("region", { name: "Good practices" });
    await expect(missing).toContainText("Not reported in this chapter.");
  });

  test("ILO's merged part is labelled as both challenges and gaps", async ({ page }) => {
    await page.goto("/agencies/ilo");
    await expect(page.getByRole("heading", { level: 2, name: "Challenges and Gaps" })).toBeVisible();
    await page.getByRole("navigation", { name: "Parts of this chapter" }).getByRole("link", { name: "5. Gaps" }).click();
    await expect(page).toHaveURL(/#ilo-part-gaps$/);
  });

  test("an unknown agency gets the designed not-found page", async ({ page }) => {
    const response = await page.goto("/agencies/no-such-agency");
    expect(response?.status()).toBe(404);
    await expect(page.getByRole("heading", { level: 1, name: "Page not found" })).toBeVisible();
  });

  test("the agency list passes axe", async ({ page }) => {
    await page.goto("/agencies");
    await expectNoAxeViolations(page);
  });

  test("the API serves a chapter in the export format", async ({ request }) => {
    const response = await request.get("/api/v1/agencies/fao");
    expect(response.ok()).toBe(true);
    const chapter = await response.json();
    expect(chapter).toMatchObject({ number: 2, slug: "fao", acronym: "FAO" });
    expect(chapter.sections.map((s: { kinds: string[] }) => s.kinds[0])).toEqual([
      "activities",
      "gfmd-support",
      "good-practices",
      "challenges",
      "gaps",
      "recommendations",
    ]);
  });
});
