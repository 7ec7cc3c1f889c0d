import { describe, expect, it } from "vitest";
import { chapterJsonLd, citationTags } from "@/lib/cite/citation-meta";

const fao = { number: 2, title: "Food and Agriculture Organization of the United Nations", acronym: "FAO", firstPage: 35, lastPage: 50, url: "https://compendium.example.org/agencies/fao" };

describe("citation metadata", () => {
  it("gives reference managers the chapter, the book, the institution, the date and the pages", () => {
    const tags = citationTags(fao);
    expect(tags).toMatchObject({
      citation_title: "Food and Agriculture Organization of the United Nations (FAO)",
      citation_inbook_title: expect.stringMatching(/^International Migration and Development/),
      citation_author: "United Nations System Chief Executives Board for Coordination",
      citation_publication_date: "2013",
      citation_firstpage: "35",
      citation_lastpage: "50",
      citation_public_url: fao.url,
      "DC.title": "Food and Agriculture Organization of the United Nations (FAO)",
      "DC.date": "2013",
    });
    expect(citationTags({ ...fao, firstPage: null, lastPage: null })).not.toHaveProperty("citation_firstpage");
    expect(citationTags({ ...fao, passage: { part: "Recommendations", label: "(c)" } }).citation_title).toBe("Food and Agriculture Organization of the United Nations (FAO): Recommendations (c)");
  });
  it("describes the chapter as part of the book in schema.org terms", () => {
    const ld = chapterJsonLd(fao);
    expect(ld).toMatchObject({ "@type": "Chapter", pageStart: 35, pageEnd: 50, isPartOf: { "@type": "Book", datePublished: "2013" } });
    expect(JSON.parse(JSON.stringify(ld))).toEqual(ld);
  });
});
