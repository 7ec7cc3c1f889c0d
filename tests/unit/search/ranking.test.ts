import { describe, expect, it } from "vitest";
import { minimumShouldMatch, relaxedMinimum } from "@/lib/search/ranking";

const histogram = (counts: Record<number, number>) => {
  const h = new Int32Array(15);
  for (const [k, v] of Object.entries(counts)) h[Number(k)] = v;
  return h;
};

describe("minimumShouldMatch", () => {
  it("asks for all of one or two words, all but one of three or four, then about 60%", () => {
    expect([1, 2, 3, 4, 5, 10].map(minimumShouldMatch)).toEqual([1, 2, 2, 3, 3, 6]);
  });
});

describe("relaxedMinimum", () => {
  it("keeps the minimum when enough passages reach it", () => {
    expect(relaxedMinimum(histogram({ 3: 12, 2: 40 }), 3, 1, 4, 10)).toBe(3);
  });
  it("lowers it for three or more words until a page is filled", () => {
    expect(relaxedMinimum(histogram({ 3: 2, 2: 5, 1: 90 }), 3, 1, 4, 10)).toBe(1);
    expect(relaxedMinimum(histogram({ 3: 2, 2: 9 }), 3, 1, 4, 10)).toBe(2);
  });
  it("for one or two words, lowers it only rather than find nothing", () => {
    expect(relaxedMinimum(histogram({ 2: 1, 1: 50 }), 2, 1, 2, 10)).toBe(2);
    expect(relaxedMinimum(histogram({ 1: 50 }), 2, 1, 2, 10)).toBe(1);
  });
  it("never goes below the floor", () => {
    expect(relaxedMinimum(histogram({}), 3, 1, 5, 10)).toBe(1);
    expect(relaxedMinimum(histogram({}), 0, 0, 5, 10)).toBe(0);
  });
});
