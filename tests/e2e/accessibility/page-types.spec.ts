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

test("pages fit a 360 px wide screen without horizontal scrolling", async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 740 });
  for (const path of ["/", "/agencies/fao", "/themes/remittances", "/recommendations"]) {
    await page.goto(path);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow, path).toBeLessThanOrEqual(0);
  }
});
