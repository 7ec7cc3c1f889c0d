import { describe, expect, it } from "vitest";
import { topK } from "@/lib/search/top-k";

const desc = (a: number, b: number) => a > b;

describe("topK", () => {
  it("returns the best k, best first, like sorting everything", () => {
    let seed = 7;
    const random = () => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648);
    for (const size of [0, 1, 2, 5, 50, 1000]) {
      const items = Array.from({ length: size }, () => random());
      for (const k of [1, 3, 10, 2000]) expect(topK(items, k, desc)).toEqual([...items].sort((a, b) => b - a).slice(0, k));
    }
  });
  it("keeps ties in the order the comparator gives", () => {
    const items = [{ s: 1, id: 3 }, { s: 2, id: 2 }, { s: 1, id: 1 }, { s: 2, id: 1 }];
    const better = (a: (typeof items)[0], b: (typeof items)[0]) => a.s > b.s || (a.s === b.s && a.id < b.id);
    expect(topK(items, 3, better)).toEqual([{ s: 2, id: 1 }, { s: 2, id: 2 }, { s: 1, id: 1 }]);
  });
  it("returns nothing for k ≤ 0, and handles sorted and reversed input", () => {
    expect(topK([3, 2, 1], 0, desc)).toEqual([]);
    expect(topK([1, 2, 3, 4, 5], 2, desc)).toEqual([5, 4]);
    expect(topK([5, 4, 3, 2, 1], 2, desc)).toEqual([5, 4]);
  });
});
