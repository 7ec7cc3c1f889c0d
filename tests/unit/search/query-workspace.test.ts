import { describe, expect, it } from "vitest";
import { ConceptTags, type ConceptMatch } from "@/lib/search/concepts";
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

describe("ConceptTags.lifter", () => {
  const concept = (slug: string, vocabulary: "theme" | "gcm" = "theme") => ({ vocabulary, slug, label: slug, text: slug });
  const tags = new ConceptTags([
    { themes: ["health"], gcm: [] },
    { themes: ["health", "children"], gcm: ["gcm-1"] },
    { themes: [], gcm: [] },
  ]);
  const named: ConceptMatch[] = [
    { concept: concept("health"), strength: 0.5 },
    { concept: concept("gcm-1", "gcm"), strength: 1 },
  ];
  it("lifts a passage by its strongest named concept, and others not at all", () => {
    const lift = tags.lifter(named);
    expect(lift(0)).toBeGreaterThan(0);
    expect(lift(1)).toBeGreaterThan(lift(0)); // gcm-1 is the stronger concept
    expect(lift(2)).toBe(0);
    expect(tags.lifter([])(1)).toBe(0);
  });
  it("agrees with has, vocabulary by vocabulary (a theme slug is not a GCM objective)", () => {
    expect(tags.has(1, named[1]!)).toBe(true);
    expect(tags.has(1, { concept: concept("gcm-1"), strength: 1 })).toBe(false);
  });
});
