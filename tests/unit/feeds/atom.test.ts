import { XMLParser, XMLValidator } from "fast-xml-parser";
import { describe, expect, it } from "vitest";
import type { CorpusBlock } from "@/lib/explore/corpus";
import { changesFeed, passagesFeed } from "@/lib/feeds/atom";

const site = "https://compendium.example.org";
const parse = (xml: string) => {
  expect(XMLValidator.validate(xml)).toBe(true);
  return new XMLParser({ ignoreAttributes: false, isArray: (name) => name === "entry" || name === "link" }).parse(xml) as { feed: Record<string, unknown> & { entry?: Record<string, unknown>[] } };
};
/** An element's text, whether it came with attributes (type="html") or not. */
const text = (node: unknown) => String(typeof node === "object" && node !== null ? (node as Record<string, unknown>)["#text"] : node);
const block = (id: string, text: string): CorpusBlock => ({ id, agency: { number: 2, slug: "fao", title: "Food and Agriculture Organization", acronym: "FAO", category: null }, part: "recommendations", kinds: ["recommendations"], type: "paragraph", label: "(c)", depth: 0, text, position: 1, themes: [], gcm: [], provenance: [] });

describe("Atom feeds", () => {
  it("lists published changes as valid Atom, with the agency, the note, the passages and a link to the part", () => {
    const xml = changesFeed(site, [{ id: 7, number: 2, kind: "publish", slug: "fao", title: "Food and Agriculture Organization", acronym: "FAO", part: "recommendations", note: "Clearer (c) <& \"quotes\">", at: new Date("2026-11-30T10:00:00Z"), passages: [{ id: "fao-recommendations-c", kind: "changed", text: "Support *rural* youth." }] }], { slug: "fao", title: "FAO" });
    const { feed } = parse(xml);
    expect(feed["@_xmlns"]).toBe("http://www.w3.org/2005/Atom");
    expect(text(feed.title)).toMatch(/^FAO: changes/);
    expect(feed.updated).toBe("2026-11-30T10:00:00.000Z");
    const [entry] = feed.entry!;
    expect(text(entry!.title)).toBe("FAO, Recommendations: updated (revision 2, 1 passage)");
    expect((entry!.link as Record<string, string>[])[0]!["@_href"]).toBe(`${site}/agencies/fao#fao-part-recommendations`);
    expect(JSON.stringify(entry)).toContain("Clearer (c) <& \\\"quotes\\\">");
    expect(JSON.stringify(entry)).toContain("Now reads: Support rural youth.");
    expect(JSON.stringify(entry)).not.toContain("@example.org"); // editors are never named by email
  });
  it("is valid with no changes at all", () => {
    const { feed } = parse(changesFeed(site, [], null));
    expect(feed.entry ?? []).toEqual([]);
    expect(text(feed.id)).toBe(`${site}/feed.xml`);
  });
  it("turns a search's passages into entries with permalinks", () => {
    const { feed } = parse(passagesFeed(site, [block("fao-recommendations-c", "Support rural youth."), block("fao-recommendations-d", "Another.")], { title: "Search: “rural”", self: "/search/feed.xml?q=rural", alternate: "/search?q=rural", updatedAt: () => null }));
    expect(feed.entry!.map((e) => e.id)).toEqual([`${site}/agencies/fao#fao-recommendations-c`, `${site}/agencies/fao#fao-recommendations-d`]);
    expect(text(feed.entry![0]!.title)).toBe("FAO, Recommendations (c)");
  });
});
