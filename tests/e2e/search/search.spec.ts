import { expect, test } from "@playwright/test";
import { expectNoAxeViolations } from "../support/axe";

test.describe("search", () => {
  test("typing a misspelt word shows remittance recommendations from IFAD, UPU and the World Bank", async ({ page }) => {
    await page.goto("/search");
    await page.getByRole("searchbox", { name: "Search the compendium" }).pressSequentially("remitances", { delay: 30 });
    await expect(page).toHaveURL(/\?q=remitances/);
    await expect(page.getByText("Showing results for")).toContainText("remittances");
    await page.getByRole("complementary", { name: "Refine results" }).getByRole("link", { name: /^Recommendations/ }).click();
    await expect(page).toHaveURL(/part=recommendations/);
    const hits = page.getByRole("listitem").filter({ has: page.getByRole("link", { name: /^Go to passage/ }) });
    const text = await hits.allInnerTexts();
    for (const agency of ["IFAD", "UPU", "WORLD BANK"]) expect(text.some((t) => t.toUpperCase().startsWith(agency))).toBe(true);
    await expect(page.locator("mark").first()).toHaveText(/remittance/i);
  });

  test("clicking a hit lands on the highlighted passage in the profile", async ({ page }) => {
    await page.goto("/search?q=%22decent+work%22+agency:fao");
    await page.getByRole("link", { name: /^Go to passage/ }).first().click();
    await expect(page).toHaveURL(/\/agencies\/fao#fao-/);
    const id = new URL(page.url()).hash.slice(1);
    const target = page.locator(`[id="${id}"]`);
    await expect(target).toContainText(/decent work/i);
    expect(await target.evaluate((el) => el.matches(":target"))).toBe(true);
    expect(await target.evaluate((el) => getComputedStyle(el).backgroundColor)).not.toBe("rgba(0, 0, 0, 0)");
  });

  test("filtering by part updates the facets and the URL", async ({ page }) => {
    await page.goto("/search?q=climate");
    const refine = page.getByRole("complementary", { name: "Refine results" });
    const agencyFacet = refine.locator("section").filter({ has: page.getByRole("heading", { name: "agency", exact: true }) });
    const before = await agencyFacet.innerText();
    await refine.getByRole("link", { name: /^Gaps/ }).click();
    await expect(page).toHaveURL(/q=climate&part=gaps|part=gaps.*q=climate/);
    await expect(refine.getByRole("link", { name: /^✓ Gaps/ })).toBeVisible();
    const after = await agencyFacet.innerText();
    expect(after).not.toBe(before);
    await expect(page.getByText(/^\d+ passages?/)).toBeVisible();
  });

  test("a keyboard-only search", async ({ page }) => {
    await page.goto("/search");
    const box = page.getByRole("searchbox", { name: "Search the compendium" });
    // The shortcut is live once the page has hydrated.
    await expect(async () => {
      await page.keyboard.press("/");
      await expect(box).toBeFocused({ timeout: 500 });
    }).toPass();
    await page.keyboard.type("GFMD");
    await page.keyboard.press("Enter");
    await expect(page).toHaveURL(/q=GFMD/);
    await expect(page.getByText(/Also searched: GFMD → Global Forum on Migration and Development/)).toBeVisible();
    const first = page.getByRole("link", { name: /^Go to passage/ }).first();
    await first.focus();
    await page.keyboard.press("Enter");
    await expect(page).toHaveURL(/\/agencies\//);
  });

  test("works without JavaScript as a plain form", async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto("/search");
    await page.getByRole("searchbox", { name: "Search the compendium" }).fill("kids");
    await page.getByRole("button", { name: "Search" }).click();
    await expect(page).toHaveURL(/q=kids/);
    await expect(page.getByText(/kids → children/)).toBeVisible();
    await context.close();
  });

  test("the search page passes axe with results", async ({ page }) => {
    await page.goto("/search?q=refugees&group=agency");
    await expectNoAxeViolations(page);
  });

  test("Copy API URL gives the API call that returns the same passages, on search and on a list", async ({ page, context, request }) => {
    await context.grantPermissions(["clipboard-read", "clipboard-write"]);
    await page.goto("/search?q=domestic+workers&part=recommendations");
    await page.getByRole("button", { name: "Copy API URL" }).click();
    await expect(page.getByRole("button", { name: "Copied" })).toBeVisible();
    const url = await page.evaluate(() => navigator.clipboard.readText());
    expect(url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/api\/v1\/search\?q=domestic\+workers&part=recommendations/);
    const api = (await (await request.get(url)).json()) as { total: number; hits: { url: string }[] };
    const shown = await page.getByRole("link", { name: /^Go to passage/ }).evaluateAll((links) => links.map((a) => a.getAttribute("href")));
    expect(api.hits.map((h) => h.url)).toEqual(shown);
    await expect(page.getByText(new RegExp(`^${api.total} passages`)).first()).toBeVisible();

    await page.goto("/recommendations?page=2");
    await page.getByRole("button", { name: "Copy API URL" }).click();
    const listUrl = await page.evaluate(() => navigator.clipboard.readText());
    expect(listUrl).toContain("/api/v1/recommendations?limit=50&offset=50");
    const list = (await (await request.get(listUrl)).json()) as { items: { id: string }[] };
    const first = await page.getByRole("link", { name: /^Read in context/ }).first().getAttribute("href");
    expect(first).toContain(`#${list.items[0]!.id}`);
  });
});
