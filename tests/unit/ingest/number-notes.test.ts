import { describe, expect, it } from "vitest";
import { numberNotes, type Citation, type NoteSlot } from "@/lib/ingest/number-notes";

const note = (line: number, number: number | null = null): NoteSlot => ({ line, number });
const cite = (number: number, line: number): Citation => ({ number, line });

describe("numberNotes", () => {
  it("gives a gap that fits exactly its numbers, saying so", () => {
    const { numbers, evidence } = numberNotes([note(10, 2), note(12), note(14), note(16, 5)], []);
    expect(numbers).toEqual([2, 3, 4, 5]);
    expect(evidence[1]).toBe("the 2 numbers left between notes 2 and 5");
  });

  it("goes on after the last printed number when nothing is cited beyond it", () => {
    const { numbers, evidence } = numberNotes([note(10, 5), note(20)], [cite(5, 5)]);
    expect(numbers).toEqual([5, 6]);
    expect(evidence[1]).toBe("the numbering goes on after note 5");
  });

  it("gives a note the number cited before it, and leaves one that could take either of two numbers", () => {
    // Note 4 printed; the body cites 7 at line 90; markers 5 and 6 were lost.
    const { numbers, evidence } = numberNotes([note(10, 4), note(30), note(95)], [cite(4, 5), cite(7, 90)]);
    expect(numbers).toEqual([4, null, 7]);
    expect(evidence[2]).toBe("cited at line 90, the one fit between note 4 and the end");
  });

  it("does not give a note a number the body cites only after it", () => {
    const { numbers } = numberNotes([note(10), note(40, 3)], [cite(1, 5), cite(2, 30)]);
    expect(numbers).toEqual([1, 3]);
  });

  it("prefers the numbers the body cites when more are missing than found", () => {
    const { numbers } = numberNotes([note(10, 11), note(20), note(30), note(40, 15)], [cite(12, 15), cite(14, 25)]);
    expect(numbers).toEqual([11, 12, 14, 15]);
  });

  it("leaves numbers open where no fit is better than another", () => {
    const { numbers, evidence } = numberNotes([note(10, 2), note(20), note(30, 9)], []);
    expect(numbers).toEqual([2, null, 9]);
    expect(evidence[1]).toBeNull();
  });

  it("lists cited numbers no note has", () => {
    const { citedWithoutNote } = numberNotes([note(10, 1), note(20, 3)], [cite(1, 1), cite(2, 5), cite(3, 15)]);
    expect(citedWithoutNote).toEqual([2]);
  });

  it("flags a run with more notes than numbers left for it, and counts it in the cost", () => {
    const fits = numberNotes([note(10, 17), note(20), note(30, 19)], []);
    const over = numberNotes([note(10, 17), note(20), note(25), note(30, 19)], []);
    expect(over.overfull).toEqual([[1, 2]]);
    expect(over.numbers).toEqual([17, null, null, 19]);
    expect(over.cost).toBeGreaterThan(fits.cost);
  });
});
