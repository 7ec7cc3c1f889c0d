import { expect, test } from "@playwright/test";

test("a keyboard-only reader walks through a profile", async ({ page }) => {
  await page.goto("/agencies/ilo");
  await page.keyboard.press("Tab");
  const skip = page.getByRole("link", { name: "Skip to content" });
  await expect(skip).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/#main$/);

  // Focus is visible wherever it lands.
  const nav = page.getByRole("navigation", { name: "Parts of this chapter" });
  const recommendations = nav.getByRole("link", { name: "6. Recommendations" });
  await recommendations.focus();
  const outline = await recommendations.evaluate((el) => getComputedStyle(el).outlineStyle);
  expect(outline).not.toBe("none");
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/#ilo-part-recommendations$/);

  // Tab onwards from the part to its first citation link and open it with the keyboard.
  const cite = page.getByRole("link", { name: "Cite Recommendations item (a)" }).first();
  await cite.focus();
  await page.keyboard.press("Enter");
  const dialog = page.getByRole("dialog");
  await expect(dialog).toBeVisible();
  await page.keyboard.press("Escape");
  await expect(dialog).toBeHidden();

  // Footnotes work from the keyboard too.
  await page.getByRole("link", { name: "Footnote 36" }).focus();
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/#ilo-fn-36$/);
  await page.keyboard.press("Tab");
  await page.keyboard.press("Tab");
  await expect(page.locator(":focus")).toBeVisible();
});
