import { expect, test } from "@playwright/test";
import { Cite } from "@citation-js/core";
import "@citation-js/plugin-ris";
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

test("profile and passage pages carry citation metadata that reference managers read", async ({ page }) => {
  await page.goto("/agencies/fao");
  const meta = async (name: string) => page.locator(`meta[name="${name}"]`).getAttribute("content");
  expect(await meta("citation_title")).toMatch(/Food and Agriculture Organization/);
  expect(await meta("citation_book_title")).toMatch(/^International Migration and Development/);
  expect(await meta("citation_author")).toBe("United Nations System Chief Executives Board for Coordination");
  expect(await meta("citation_publication_date")).toBe("2013");
  expect(await meta("citation_firstpage")).toMatch(/^\d+$/);
  expect(await meta("DC.title")).toMatch(/Food and Agriculture Organization/);
  const ld = JSON.parse((await page.locator('script[type="application/ld+json"]').textContent())!) as { "@type": string; isPartOf: { "@type": string } };
  expect([ld["@type"], ld.isPartOf["@type"]]).toEqual(["Chapter", "Book"]);
  await page.goto("/cite/fao-recommendations-c");
  expect(await meta("citation_title")).toMatch(/Recommendations \(c\)$/);
  expect(await meta("citation_public_url")).toMatch(/\/agencies\/fao#fao-recommendations-c$/);
});

test("a passage, and any result set, can be taken to a reference manager as RIS or CSL-JSON", async ({ request }) => {
  const one = await request.get("/api/v1/cite/fao-recommendations-c?format=ris");
  expect(one.headers()["content-type"]).toContain("application/x-research-info-systems");
  const [item] = new Cite(await one.text()).data as { title: string; URL: string; issued: unknown }[];
  expect(item!.title).toMatch(/^Food and Agriculture Organization.*Recommendations, item \(c\)$/);
  expect(item!.URL).toMatch(/\/agencies\/fao#fao-recommendations-c$/);
  const csl = (await (await request.get("/api/v1/cite/fao-recommendations-c?format=csl-json")).json()) as { type: string }[];
  expect(csl[0]!.type).toBe("chapter");
  const results = await request.get("/api/v1/export?format=ris&q=remittances&part=recommendations");
  const items = new Cite(await results.text()).data as { URL: string }[];
  expect(items.length).toBeGreaterThan(3);
  expect(items.every((i) => /-recommendations-/.test(i.URL))).toBe(true);
  expect((await request.get("/api/v1/cite/no-such-passage?format=ris")).status()).toBe(404);
});
