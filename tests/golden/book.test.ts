/** The whole book against the structure rules and the fixed names (slugs, part kinds, ids) the README promises. */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { structureProblems } from "@/lib/ingest/format-report";
import { looksBibliographic } from "@/lib/ingest/separate-footnotes";
import { PART_KINDS } from "@/lib/book/schema";
import { ROOT, realBook } from "../support/real-book";

const SLUGS = [
  "fao", "icao", "ifad", "ilo", "imo", "iom", "ngo-committee", "ohchr", "regional-commissions", "special-rapporteur",
  "un-women", "un-habitat", "unaids", "unctad", "un-desa", "undp", "unep", "unesco", "unfpa", "unhcr", "unicef",
  "unitar", "unodc", "upu", "who", "wipo", "wmo", "world-bank",
];
const MISSING: Record<string, string> = { ifad: "challenges", imo: "gaps", unaids: "gfmd-support", unicef: "good-practices" };

describe("the whole book", () => {
  const { book, report } = realBook();

  it("has the overview, all 28 agency chapters in order, and the glossary", () => {
    expect(book.chapters.map((c) => c.slug)).toEqual(SLUGS);
    expect(book.chapters.map((c) => c.number)).toEqual(SLUGS.map((_, i) => i + 2));
    expect(book.overview.title).toBe("The international system working as one");
    expect(book.overview.blocks.length).toBeGreaterThan(50);
    expect(book.glossary.length).toBeGreaterThan(120);
    expect(book.glossary).toContainEqual({ term: "GFMD", expansion: "Global Forum on Migration and Development" });
  });

  it("uses the fixed acronyms and printed titles", () => {
    const acronym = Object.fromEntries(book.chapters.map((c) => [c.slug, c.acronym]));
    expect(acronym).toMatchObject({
      "ngo-committee": null,
      "regional-commissions": null,
      "special-rapporteur": null,
      "un-women": "UN Women",
      "world-bank": "World Bank",
      "un-habitat": "UN-Habitat",
      "un-desa": "UN DESA",
      fao: "FAO",
    });
    const title = Object.fromEntries(book.chapters.map((c) => [c.slug, c.title]));
    expect(title.ilo).toBe("The International Labour Organization");
    expect(title["un-desa"]).toBe("United Nations Department of Economic and Social Affairs Population Division");
  });

  it("breaks no structure rule and loses no source line", () => {
    expect(structureProblems(report)).toEqual([]);
    expect(report.linesLost).toEqual([]);
  });

  it.each(SLUGS)("%s has its parts, in order, each with content", (slug) => {
    const chapter = book.chapters.find((c) => c.slug === slug)!;
    const kinds = chapter.sections.flatMap((s) => s.kinds);
    const expected = PART_KINDS.filter((k) => k !== MISSING[slug]);
    expect(kinds).toEqual(expected);
    for (const section of chapter.sections) expect(section.blocks.length).toBeGreaterThan(0);
    expect(chapter.intro.length).toBeGreaterThan(0);
  });

  it("gives every block a unique id", () => {
    const ids = [...book.overview.blocks, ...book.chapters.flatMap((c) => [...c.intro, ...c.sections.flatMap((s) => s.blocks)])].map((b) => b.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it("keeps footnote text and markers out of the body", () => {
    const blocks = [...book.overview.blocks, ...book.chapters.flatMap((c) => [...c.intro, ...c.sections.flatMap((s) => s.blocks)])];
    const offenders = blocks.filter(
      (b) =>
        /[⁰¹²³⁴⁵⁶⁷⁸⁹]/.test(b.text) ||
        /^(?:See[,:]? |See also|For more information|More information|A copy of|www\.|https?:)/.test(b.text) ||
        /(?:is|are) available (?:at|from) (?:www\.|https?:)/.test(b.text),
    );
    expect(offenders.map((b) => `${b.id}: ${b.text.slice(0, 60)}`)).toEqual([]);
  });

  it("keeps every footnote printed with a number", () => {
    const lines = readFileSync(join(ROOT, "content/source/compendium.txt"), "utf8").split("\n");
    const marked = lines.filter((l) => /^\s*[⁰¹²³⁴⁵⁶⁷⁸⁹]+\s*\S/.test(l)).length;
    expect(marked).toBeGreaterThan(250);
    const kept = report.chapters.reduce((n, c) => n + c.footnotesMarked, 0);
    expect(kept).toBe(marked);
  });

  it("numbers footnotes at most once per chapter and links every marker it can", () => {
    for (const chapter of book.chapters) {
      const numbers = chapter.footnotes.map((f) => f.number).filter((n) => n !== null);
      expect(new Set(numbers).size, chapter.slug).toBe(numbers.length);
      const cited = [...chapter.intro, ...chapter.sections.flatMap((s) => s.blocks)].flatMap((b) => b.footnotes);
      for (const n of cited) expect(numbers, `${chapter.slug} cites ${n}`).toContain(n);
    }
  });

  it("gives every cited number a note, and every note a number", () => {
    for (const chapter of report.chapters) {
      expect(chapter.citedWithoutNote, chapter.slug).toEqual([]);
      expect(chapter.footnotesWithoutNumber, chapter.slug).toBe(0);
    }
  });

  it("numbers each chapter's notes 1 to n, with no number twice and none missing", () => {
    for (const chapter of report.chapters) {
      const numbers = chapter.notes.map((n) => n.number);
      expect(numbers, chapter.slug).toEqual(numbers.map((_, i) => i + 1));
    }
  });

  it("keeps references (authors, title, publisher and year) out of the body's paragraphs", () => {
    // List items may be references: FAO lists its publications as items (a)(i) and (a)(ii).
    const blocks = [...book.overview.blocks, ...book.chapters.flatMap((c) => [...c.intro, ...c.sections.flatMap((s) => s.blocks)])];
    expect(blocks.filter((b) => b.type === "paragraph" && looksBibliographic(b.text)).map((b) => b.id)).toEqual([]);
  });
});
