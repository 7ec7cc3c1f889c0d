import { Cite } from "@citation-js/core";
import "@citation-js/plugin-ris";
import { describe, expect, it } from "vitest";
import { cslItem, toCslJson, toRis } from "@/lib/cite/reference-formats";

const target = { chapterNumber: 2, chapterTitle: "Food and Agriculture Organization of the United Nations", acronym: "FAO", partLabel: "Recommendations", itemLabel: "(c)", firstPage: 35, lastPage: 50, url: "https://compendium.example.org/agencies/fao#fao-recommendations-c", blockId: "fao-recommendations-c" };
const accessed = new Date("2026-12-01T12:00:00Z");

describe("RIS and CSL-JSON", () => {
  it("reads back from RIS, through a parser, as the same chapter, book, institution, year, pages and link", () => {
    const ris = toRis([cslItem(target, accessed), cslItem({ ...target, blockId: "fao-recommendations-d", itemLabel: "(d)", url: target.url.replace("-c", "-d") }, accessed)]);
    const parsed = new Cite(ris).data as Record<string, unknown>[];
    expect(parsed).toHaveLength(2);
    expect(parsed[0]).toMatchObject({
      type: "chapter",
      title: "Food and Agriculture Organization of the United Nations (FAO): Recommendations, item (c)",
      "container-title": expect.stringMatching(/^International Migration and Development/),
      author: [{ literal: "United Nations System Chief Executives Board for Coordination" }],
      publisher: "United Nations",
      issued: { "date-parts": [[2013]] },
      URL: target.url,
    });
    expect(String(parsed[0]!.page)).toMatch(/^35.50$/);
    expect(parsed[1]!.URL).toMatch(/fao-recommendations-d$/);
  });
  it("writes CSL-JSON that citation-js accepts as data", () => {
    const json = toCslJson([cslItem(target, accessed)]);
    const data = new Cite(JSON.parse(json)).data as Record<string, unknown>[];
    expect(data[0]).toMatchObject({ id: "unceb2013-fao-recommendations-c", type: "chapter", accessed: { "date-parts": [[2026, 12, 1]] } });
    expect(toRis([])).toBe("");
  });
});
