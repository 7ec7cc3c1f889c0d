import { describe, expect, it } from "vitest";
import { FUSION, fusedScore, meaningWeight } from "@/lib/search/fusion";

describe("meaningWeight", () => {
  it("gives meaning nothing when the top ten all match the query's own words", () => {
    expect(meaningWeight(1)).toBe(0);
  });
  it("gives meaning its most when none do, and clamps shares outside 0–1", () => {
    expect(meaningWeight(0)).toBe(FUSION.maxMeaning);
    expect(meaningWeight(-3)).toBe(FUSION.maxMeaning);
    expect(meaningWeight(7)).toBe(0);
    expect(meaningWeight(0.5)).toBeCloseTo(FUSION.maxMeaning / 2);
  });
  it("does not ask for meaning when it would weigh less than the minimum", () => {
    const share = 1 - FUSION.minMeaning / FUSION.maxMeaning;
    expect(meaningWeight(share + 0.05)).toBe(0);
    expect(meaningWeight(share - 0.05)).toBeGreaterThanOrEqual(FUSION.minMeaning);
  });
});

describe("fusedScore", () => {
  it("blends the words' share of the best score with the cosine", () => {
    expect(fusedScore(10, 10, 0.5, 0.4)).toBeCloseTo(0.6 + 0.2);
    expect(fusedScore(5, 10, 0, 0.4)).toBeCloseTo(0.3);
  });
  it("scores a passage found by meaning alone by its cosine, and never lets a negative cosine subtract", () => {
    expect(fusedScore(0, 10, 0.8, 0.5)).toBeCloseTo(0.4);
    expect(fusedScore(0, 0, 0.8, 0.5)).toBeCloseTo(0.4);
    expect(fusedScore(10, 10, -0.9, 0.5)).toBeCloseTo(0.5);
  });
});
