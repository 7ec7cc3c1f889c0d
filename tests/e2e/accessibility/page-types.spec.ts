import { expect, test } from "@playwright/test";
import { expectNoAxeViolations } from "../support/axe";

const PAGES = [
  ["home", "/"],
  ["agency list", "/agencies"],
  ["agency profile", "/agencies/unicef"],
  ["themes", "/themes"],
  ["theme", "/themes/remittances?part=recommendations"],
  ["GCM objective", "/themes/gcm-20"],
  ["recommendations explorer", "/recommendations?theme=gender"],
  ["compare", "/compare?agencies=fao,ilo,iom"],
  ["overview", "/overview"],
  ["glossary", "/glossary"],
  ["search", "/search?q=remittances"],
  ["citation", "/cite/fao-recommendations-c"],
  ["not found", "/no-such-page"],
] as const;

for (const [name, path] of PAGES) {
  test(`${name} page passes axe (WCAG 2.2 AA) in light and dark mode`, async ({ page }) => {
    await page.goto(path);
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
    await expectNoAxeViolations(page);
    await page.emulateMedia({ colorScheme: "dark" });
    await expectNoAxeViolations(page);
  });
}

test("every page type fits a 360 px wide screen without horizontal scrolling", async ({ page }) => {
  test.setTimeout(30_000);
  await page.setViewportSize({ width: 360, height: 740 });
  for (const [name, path] of [...PAGES, ["compare four, one part", "/compare?agencies=fao,ilo,iom,unhcr&part=activities"]] as const) {
    await page.goto(path);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow, `${name} ${path}`).toBeLessThanOrEqual(0);
  }
});

test("on a phone, search comes first on the home page and results before the filters", async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto("/");
  const box = await page.getByRole("searchbox", { name: "Search the compendium" }).boundingBox();
  expect(box!.y + box!.height).toBeLessThan(844);
  await page.goto("/search?q=remittances");
  const filters = page.getByText("Filters", { exact: true });
  await expect(filters).toBeVisible();
  await expect(page.getByRole("complementary", { name: "Refine results" })).toBeHidden();
  const firstHit = await page.getByRole("link", { name: /^Go to passage/ }).first().boundingBox();
  expect(firstHit!.y).toBeLessThan(844 * 1.5);
  await filters.click();
  await expect(page.getByRole("complementary", { name: "Refine results" })).toBeVisible();
  await expectNoAxeViolations(page);
});

test("table headers never break inside a word", async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  for (const path of ["/", "/themes/remittances"]) {
    await page.goto(path);
    // A header cell whose text wraps mid-word is taller than one line of its own words; each word must fit on its line.
    const broken = await page.evaluate(() =>
      [...document.querySelectorAll("th")].flatMap((th) => {
        const range = document.createRange();
        const words: string[] = [];
        const walker = document.createTreeWalker(th, NodeFilter.SHOW_TEXT);
        for (let node = walker.nextNode(); node; node = walker.nextNode()) {
          const text = node.textContent ?? "";
          for (const match of text.matchAll(/\S+/g)) {
            range.setStart(node, match.index!);
            range.setEnd(node, match.index! + match[0].length);
            // A word split over lines has more than one client rect.
            if (range.getClientRects().length > 1) words.push(match[0]);
          }
        }
        return words;
      }),
    );
    expect(broken, path).toEqual([]);
  }
});

test("on a laptop the home map shows all 28 agencies at once, with a legend", async ({ page }) => {
  await page.setViewportSize({ width: 1366, height: 900 });
  await page.goto("/");
  const map = page.getByRole("region", { name: /Passages per theme/ });
  await expect(map.getByRole("columnheader")).toHaveCount(29);
  expect(await map.evaluate((el) => el.scrollWidth - el.clientWidth)).toBeLessThanOrEqual(0);
  await expect(page.getByText("21 or more")).toBeVisible();
});

test("item labels show as the book prints them, never upper-cased", async ({ page }) => {
  await page.goto("/recommendations?agency=iom");
  const where = page.getByText(/^Recommendations · \(f\)$/).first();
  await expect(where).toBeVisible();
  expect(await where.evaluate((el) => getComputedStyle(el).textTransform)).toBe("none");
});

test("a profile prints as the text alone: no navigation, actions or chips", async ({ page }) => {
  await page.goto("/agencies/fao");
  await page.emulateMedia({ media: "print" });
  await expect(page.getByRole("navigation", { name: "Main" })).toBeHidden();
  await expect(page.getByRole("navigation", { name: "Parts of this chapter" })).toBeHidden();
  await expect(page.getByRole("link", { name: "Cite Recommendations item (c)" })).toBeHidden();
  await expect(page.getByRole("list", { name: "Themes" }).first()).toBeHidden();
  await expect(page.locator("#fao-recommendations-c")).toBeVisible();
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
});
