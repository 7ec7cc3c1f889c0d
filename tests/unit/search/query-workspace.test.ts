import { describe, expect, it } from "vitest";
import { QueryWorkspace } from "@/lib/search/query-workspace";

describe("QueryWorkspace", () => {
  it("puts few candidates in id order by sorting them", () => {
    const s = new QueryWorkspace(1000);
    const candidates = [7, 3, 999, 0];
    for (const id of candidates) s.seen[id] = 1;
    expect(Array.from(s.inIdOrder(candidates))).toEqual([0, 3, 7, 999]);
  });
  it("puts most of the passages in id order by reading their marks, with the same result", () => {
    const s = new QueryWorkspace(20);
    const candidates = [19, 4, 5, 0, 12, 11, 2, 3, 18, 9];
    for (const id of candidates) s.seen[id] = 1;
    expect(Array.from(s.inIdOrder(candidates))).toEqual([...candidates].sort((a, b) => a - b));
    expect(s.inIdOrder([])).toHaveLength(0);
  });
  it("reads scores in the order asked and resets only the slots given", () => {
    const s = new QueryWorkspace(5);
    s.score.set([0.5, 1, 2, 3, 4]);
    s.matched.set([1, 1, 1, 1, 1]);
    expect(Array.from(s.scoresOf([4, 0, 2]))).toEqual([4, 0.5, 2]);
    s.reset([0, 2]);
    expect(Array.from(s.score)).toEqual([0, 1, 0, 3, 4]);
    expect(Array.from(s.matched)).toEqual([0, 1, 0, 1, 1]);
  });
});
