import { describe, expect, it } from "vitest";
import { locateChapters, parseTocTitle } from "@/lib/ingest/locate-chapters";
import { normaliseText } from "@/lib/ingest/normalise";
import { agencyBody, miniBook, OVERVIEW } from "./fixtures";

const locate = (text: string) => locateChapters(normaliseText(text));

describe("parseTocTitle", () => {
  it("splits title, acronym and page", () => {
    expect(parseTocTitle("Food and Agriculture Organization of the United Nations (FAO)\t35")).toEqual({
      title: "Food and Agriculture Organization of the United Nations",
      acronym: "FAO",
      page: 35,
    });
  });
  it("drops leader dots and keeps titles without an acronym", () => {
    expect(parseTocTitle("NGO Committee on Migration \\dots\t125")).toEqual({ title: "NGO Committee on Migration", acronym: null, page: 125 });
  });
});

describe("locateChapters", () => {
  const book = miniBook([OVERVIEW, { number: 2, title: "The Example Organization", acronym: "EXO", body: agencyBody("EXO") }]);

  it("finds each chapter listed in the contents, with its CHAPTER marker", () => {
    const outline = locate(book);
    expect(outline.chapters.map((c) => [c.toc.number, c.title])).toEqual([
      [1, "The international system working as one"],
      [2, "The Example Organization"],
    ]);
    const lines = normaliseText(book);
    expect(lines[outline.chapters[1]!.start - 1]!.text).toBe("CHAPTER");
  });

  it("matches a body title printed without the leading 'The'", () => {
    const text = book.replace(/\nThe Example Organization\n/g, "\nExample Organization\n");
    expect(locate(text).chapters[1]!.title).toBe("Example Organization");
  });

  it("ends the last chapter before the back cover", () => {
    const outline = locate(book);
    expect(outline.chapters[1]!.end).toBeLessThan(outline.backCoverLine);
  });

  it("fails without a table of contents", () => {
    expect(() => locate(miniBook([OVERVIEW], { toc: false }))).toThrow(/No table of contents/);
  });

  it("names the contents line of a chapter the body lacks", () => {
    const text = miniBook([OVERVIEW, { number: 2, title: "Example", body: ["x"] }]).replace(/\nExample\n/g, "\nSomething else\n");
    expect(() => locate(text)).toThrow(/Chapter 2 "Example" is listed in the table of contents \(line \d+\) but its title line was not found/);
  });

  it("fails on a chapter listed twice in the contents", () => {
    const text = book.replace("Chapter 2.\t", "Chapter 1.\tAgain\t9\nChapter 2.\t");
    expect(() => locate(text)).toThrow(/lists chapter 1 twice/);
  });

  it("fails on a chapter whose body appears twice", () => {
    const body = agencyBody("EXO");
    const text = miniBook([OVERVIEW, { number: 2, title: "The Example Organization", body: [...body, "CHAPTER", "The Example Organization", ...body] }]);
    expect(() => locate(text)).toThrow(/appears again/);
  });

  it("reports a file cut off before the back cover as truncated", () => {
    expect(() => locate(miniBook([OVERVIEW], { backCover: false }))).toThrow(/looks truncated/);
  });
});
