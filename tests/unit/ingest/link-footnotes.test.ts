import { describe, expect, it } from "vitest";
import { inferFootnoteNumbers, linkFootnotes } from "@/lib/ingest/link-footnotes";
import type { Chunk, RawFootnote } from "@/lib/ingest/types";

const fn = (number: number | null, line = 1): RawFootnote => ({ number, text: "n", line, marked: number !== null, lines: [line], found: "test" });
const cites = (...numbers: number[]) => numbers.map((number) => ({ number, line: 1 }));
const block = (text: string): Chunk => ({ type: "paragraph", line: 1, text, label: null, depth: 0, joinedLines: [] });

describe("inferFootnoteNumbers", () => {
  it("fills a gap that fits exactly", () => {
    const notes = [fn(2), fn(null), fn(null), fn(5)];
    expect(inferFootnoteNumbers(notes, [])).toBe(2);
    expect(notes.map((n) => n.number)).toEqual([2, 3, 4, 5]);
  });
  it("numbers a leading unmarked footnote 1", () => {
    const notes = [fn(null), fn(2)];
    inferFootnoteNumbers(notes, []);
    expect(notes[0]!.number).toBe(1);
  });
  it("uses body markers after the last numbered footnote", () => {
    const notes = [fn(3), fn(null)];
    inferFootnoteNumbers(notes, cites(3, 4));
    expect(notes[1]!.number).toBe(4);
  });
  it("takes the cited numbers when more are missing than were found", () => {
    const notes = [fn(11), fn(null), fn(null), fn(15)];
    inferFootnoteNumbers(notes, cites(11, 12, 14, 15));
    expect(notes.map((n) => n.number)).toEqual([11, 12, 14, 15]);
  });
  it("says how each number was inferred", () => {
    const notes = [fn(2), fn(null), fn(4)];
    inferFootnoteNumbers(notes, []);
    expect(notes[1]!.numberFrom).toBe("the one number left between notes 2 and 4");
    expect(notes[0]!.numberFrom).toBeUndefined();
  });
  it("leaves numbers null where the gap does not fit", () => {
    const notes = [fn(2), fn(null), fn(9)];
    expect(inferFootnoteNumbers(notes, [])).toBe(0);
    expect(notes[1]!.number).toBeNull();
  });
});

describe("linkFootnotes", () => {
  it("links superscript markers and strips them from the text", () => {
    const { blocks } = linkFootnotes([block("The Organization (FAO)¹ and journals,³ etc.")], [fn(1), fn(3)]);
    expect(blocks[0]).toMatchObject({ text: "The Organization (FAO) and journals, etc.", footnotes: [1, 3] });
  });
  it("links a plain-digit marker only to a footnote no superscript cites", () => {
    const { blocks, plainMarkers } = linkFootnotes([block('among Agricultural Households".8')], [fn(8)]);
    expect(blocks[0]).toMatchObject({ text: 'among Agricultural Households".', footnotes: [8] });
    expect(plainMarkers).toBe(1);
  });
  it("ignores markers for footnotes that do not exist, and lists them as unresolved", () => {
    const { blocks, unresolved } = linkFootnotes([block("A claim.⁹")], [fn(1)]);
    expect(blocks[0]!.footnotes).toEqual([]);
    expect(blocks[0]!.text).toBe("A claim.");
    expect(unresolved).toEqual([{ block: 0, number: 9 }]);
  });
});
