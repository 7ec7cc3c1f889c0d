import { expect, test } from "@playwright/test";

test("a policymaker opens FAO, jumps to recommendations, follows footnote 3 and back, and copies a citation", async ({ page, context }) => {
  await context.grantPermissions(["clipboard-read", "clipboard-write"]);
  await page.goto("/agencies/fao");
  await page.getByRole("navigation", { name: "Parts of this chapter" }).getByRole("link", { name: "6. Recommendations" }).click();
  await expect(page).toHaveURL(/#fao-part-recommendations$/);
  await expect(page.getByRole("heading", { level: 2, name: "Recommendations" })).toBeInViewport();

  await page.getByRole("link", { name: "Footnote 3", exact: true }).click();
  await expect(page).toHaveURL(/#fao-fn-3$/);
  await expect(page.locator("#fao-fn-3")).toContainText("IFAD, ILO and IOM");
  await page.getByRole("link", { name: "Back to reference 1 of note 3" }).click();
  await expect(page).toHaveURL(/#fao-activities-a-ref-3$/);

  await page.getByRole("link", { name: "Cite Recommendations item (c)" }).click();
  const dialog = page.getByRole("dialog", { name: "Cite Recommendations item (c)" });
  await expect(dialog).toBeVisible();
  const plain = dialog.getByLabel("Plain text");
  await expect(plain).toHaveValue(/"Food and Agriculture Organization of the United Nations \(FAO\)", chapter 2, Recommendations, item \(c\), pp\. 35–50\./);
  await expect(dialog.getByLabel("BibTeX")).toHaveValue(/@incollection\{unceb2013-fao-recommendations-c,/);
  await dialog.getByRole("button", { name: "Copy plain text" }).click();
  await expect(dialog.getByRole("button", { name: "Copied" })).toBeVisible();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toContain("/agencies/fao#fao-recommendations-c (accessed ");
  await dialog.getByRole("button", { name: "Close" }).click();
  await expect(dialog).toBeHidden();
});

test("the citation page works without JavaScript", async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto("/agencies/fao");
  await page.getByRole("link", { name: "Cite Recommendations item (c)" }).click();
  await expect(page).toHaveURL(/\/cite\/fao-recommendations-c$/);
  await expect(page.getByRole("heading", { level: 1, name: "Cite this passage" })).toBeVisible();
  await expect(page.locator("pre").first()).toContainText("item (c), pp. 35–50");
  await context.close();
});
