import { expect, test } from "@playwright/test";
import { XMLParser, XMLValidator } from "fast-xml-parser";

const parser = new XMLParser({ ignoreAttributes: false, isArray: (name) => name === "entry" || name === "link" });

test("a saved search is an Atom feed any reader can follow, announced by the page", async ({ page, request }) => {
  await page.goto("/search?q=remittances&part=recommendations");
  const href = await page.locator('link[rel="alternate"][type="application/atom+xml"]').last().getAttribute("href");
  expect(href).toMatch(/\/search\/feed\.xml\?q=remittances&part=recommendations$/);
  const response = await request.get(href!);
  expect(response.headers()["content-type"]).toContain("application/atom+xml");
  const xml = await response.text();
  expect(XMLValidator.validate(xml)).toBe(true);
  const { feed } = parser.parse(xml) as { feed: { entry: { id: string }[] } };
  expect(feed.entry.length).toBeGreaterThan(3);
  expect(feed.entry.every((e) => /\/agencies\/[a-z-]+#[a-z0-9-]+-recommendations-/.test(String(e.id)))).toBe(true);
});

test("published changes have a feed for the book and one per agency", async ({ page, request }) => {
  await page.goto("/agencies/fao");
  await expect(page.locator('link[rel="alternate"][type="application/atom+xml"][href$="/agencies/fao/feed.xml"]')).toHaveCount(1);
  for (const path of ["/feed.xml", "/agencies/fao/feed.xml"]) {
    const response = await request.get(path);
    expect(response.status()).toBe(200);
    const xml = await response.text();
    expect(XMLValidator.validate(xml), path).toBe(true);
    expect((parser.parse(xml) as { feed: { "@_xmlns": string } }).feed["@_xmlns"]).toBe("http://www.w3.org/2005/Atom");
  }
  expect((await request.get("/agencies/no-such-agency/feed.xml")).status()).toBe(404);
});
