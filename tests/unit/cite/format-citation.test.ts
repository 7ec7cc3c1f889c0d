import { describe, expect, it } from "vitest";
import { bibtexCitation, plainCitation, type CitationTarget } from "@/lib/cite/format-citation";

const target: CitationTarget = {
  chapterNumber: 2,
  chapterTitle: "Food and Agriculture Organization of the United Nations",
  acronym: "FAO",
  partLabel: "Recommendations",
  itemLabel: "(c)",
  firstPage: 35,
  lastPage: 50,
  url: "https://portal.example/agencies/fao#fao-recommendations-c",
  blockId: "fao-recommendations-c",
};
const accessed = new Date("2026-11-28T10:00:00Z");

describe("plainCitation", () => {
  it("names book, chapter, agency, part, item, pages, URL and access date", () => {
    expect(plainCitation(target, accessed)).toBe(
      'United Nations System Chief Executives Board for Coordination (2013). "Food and Agriculture Organization of the United Nations (FAO)", chapter 2, Recommendations, item (c), pp. 35–50. In International Migration and Development: Contributions and Recommendations of the International System. Coordinated by UNFPA and IOM. Available at https://portal.example/agencies/fao#fao-recommendations-c (accessed 28 November 2026).',
    );
  });
  it("leaves out what a block does not have", () => {
    const text = plainCitation({ ...target, itemLabel: null, firstPage: null, acronym: null }, accessed);
    expect(text).toContain('"Food and Agriculture Organization of the United Nations", chapter 2, Recommendations. In');
  });
});

describe("bibtexCitation", () => {
  it("produces an @incollection entry with escaped fields", () => {
    const entry = bibtexCitation({ ...target, chapterTitle: "R&D_100% {test}" }, accessed);
    expect(entry).toMatch(/^@incollection\{unceb2013-fao-recommendations-c,\n/);
    expect(entry).toContain("  title = {R\\&D\\_100\\% \\{test\\} (FAO)}");
    expect(entry).toContain("  pages = {35--50}");
    expect(entry).toContain("  note = {Recommendations, item (c)}");
    expect(entry).toContain("  urldate = {2026-11-28}");
    expect(entry.endsWith("\n}")).toBe(true);
  });
});
