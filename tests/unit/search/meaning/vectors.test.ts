import { describe, expect, it } from "vitest";
import { DIMENSIONS, PassageVectors, unit } from "@/lib/search/meaning/vectors";

// mulberry32: a generator whose period is long enough that 25,000 random rows are all different.
let seed = 7;
const random = () => {
  seed = (seed + 0x6d2b79f5) | 0;
  let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
  t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296 - 0.5;
};
const randomVector = () => unit(Float32Array.from({ length: DIMENSIONS }, random));
const cosine = (a: Float32Array, b: Float32Array) => a.reduce((s, v, i) => s + v * b[i]!, 0);
const near = (v: Float32Array, noise: number) => unit(v.map((x) => x + noise * random()));

describe("PassageVectors", () => {
  it("keeps a vector to within the quantisation step", () => {
    const v = randomVector();
    const vectors = PassageVectors.from([v]);
    vectors.row(0)!.forEach((x, i) => expect(Math.abs(x - v[i]!)).toBeLessThan(0.005));
  });

  it("scores a query as the cosine does", () => {
    const rows = Array.from({ length: 20 }, randomVector);
    const vectors = PassageVectors.from(rows);
    const query = randomVector();
    rows.forEach((row, id) => expect(vectors.similarity(query, id)).toBeCloseTo(cosine(query, row), 2));
  });

  it("finds the nearest rows, closest first, among those accepted", () => {
    const rows = Array.from({ length: 300 }, randomVector);
    const vectors = PassageVectors.from(rows);
    const query = randomVector();
    const accept = (id: number) => id % 3 !== 0;
    const expected = rows.map((r, id) => ({ id, s: cosine(query, r) })).filter((x) => accept(x.id)).sort((a, b) => b.s - a.s).slice(0, 5).map((x) => x.id);
    expect(vectors.nearest(query, 5, accept).map((x) => x.id)).toEqual(expected);
  });

  it("never returns a passage without a vector, and scores it 0", () => {
    const v = randomVector();
    const vectors = PassageVectors.from([null, v, null]);
    expect(vectors.filled).toBe(1);
    expect(vectors.similarity(v, 0)).toBe(0);
    expect(vectors.nearest(v, 3, () => true).map((x) => x.id)).toEqual([1]);
  });

  it("fills a row in later", () => {
    const vectors = new PassageVectors(2);
    const v = randomVector();
    expect(vectors.nearest(v, 1, () => true)).toEqual([]);
    vectors.set(1, v);
    expect(vectors.nearest(v, 1, () => true)[0]!.id).toBe(1);
  });

  it("past the scan limit, still finds a near duplicate of the query through the signatures", () => {
    const size = 25_000;
    const vectors = new PassageVectors(size);
    for (let id = 0; id < size; id++) vectors.set(id, randomVector());
    const target = vectors.row(12_345)!;
    const query = near(target, 0.02);
    const found = vectors.nearest(query, 3, () => true);
    expect(found[0]!.id).toBe(12_345);
    expect(found.every((x) => x.id !== 100)).toBe(true);
    expect(vectors.nearest(query, 3, (id) => id !== 12_345).map((x) => x.id)).not.toContain(12_345);
  });

  it("past the scan limit, asks the filter only of the near rows, and fills k from the accepted ones however few they are", () => {
    const size = 20_000;
    const vectors = new PassageVectors(size);
    for (let id = 0; id < size; id++) vectors.set(id, randomVector());
    const query = randomVector();
    let asked = 0;
    const found = vectors.nearest(query, 5, () => (asked++, true));
    expect(found).toHaveLength(5);
    expect(asked).toBeLessThan(size / 10);
    const rare = vectors.nearest(query, 5, (id) => id % 1000 === 7);
    expect(rare.map((x) => x.id % 1000)).toEqual([7, 7, 7, 7, 7]);
    // The best of the accepted rows by the exact cosine is among them.
    const exact = Array.from({ length: size / 1000 }, (_, i) => i * 1000 + 7).sort((a, b) => vectors.similarity(query, b) - vectors.similarity(query, a));
    expect(rare.map((x) => x.id)).toContain(exact[0]);
  });

  it("refuses a vector of another size", () => {
    expect(() => new PassageVectors(1).set(0, new Float32Array(10))).toThrow(/512 dimensions, not 10/);
  });
});
