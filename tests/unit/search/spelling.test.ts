import { describe, expect, it } from "vitest";
import { editDistance, MAX_CORRECTABLE, Speller } from "@/lib/search/spelling";

const words = ["remittances", "integration", "refugees", "diaspora", "statelessness", "migration"];
const speller = new Speller(words, () => 5);

describe("Speller", () => {
  it("corrects words the book does not have to the nearest word it has", () => {
    expect(speller.correct("remitances")).toBe("remittances");
    expect(speller.correct("integraton")).toBe("integration");
    expect(speller.correct("diaspra")).toBe("diaspora");
    expect(speller.correct("migartion")).toBe("migration"); // a swap counts one
  });
  it("leaves known words, short words, numbers and the hopeless alone", () => {
    expect(speller.correct("migration")).toBeNull();
    expect(speller.correct("mig")).toBeNull();
    expect(speller.correct("2013x")).toBeNull();
    expect(speller.correct("qqqqqqqqq")).toBeNull();
  });
  it("does no work for a word longer than any it corrects (a 495-letter word used to cost 0.65 s)", () => {
    // Counting the distance computations shows the work is bounded, without timing anything.
    let calls = 0;
    const counting = new Speller(words, () => {
      calls++;
      return 5;
    });
    const before = calls;
    expect(counting.correct("x".repeat(495))).toBeNull();
    expect(counting.correct("y".repeat(MAX_CORRECTABLE + 1))).toBeNull();
    expect(calls).toBe(before);
  });
});

describe("editDistance", () => {
  it("counts insertions, deletions, substitutions and adjacent swaps, and gives up past the limit", () => {
    expect(editDistance("abc", "abc", 2)).toBe(0);
    expect(editDistance("abc", "acb", 2)).toBe(1);
    expect(editDistance("abc", "abcd", 2)).toBe(1);
    expect(editDistance("kitten", "sitting", 5)).toBe(3);
    expect(editDistance("a", "abcdef", 2)).toBe(3);
  });
});
