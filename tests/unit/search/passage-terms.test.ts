import { describe, expect, it } from "vitest";
import { PassageTerms } from "@/lib/search/passage-terms";

function build(passages: [string[], string[]][]) {
  const builder = PassageTerms.builder();
  for (const [text, extra] of passages) builder.add(text, extra);
  return builder.build();
}

describe("PassageTerms", () => {
  const terms = build([
    [["migrant", "worker", "migrant"], ["recommendation"]],
    [["migrat", "polici"], []],
    [[], ["migrant"]],
    [["zebra"], []],
  ]);

  it("sorts the dictionary, so a prefix is one contiguous range of ids", () => {
    expect(terms.terms).toEqual([...terms.terms].sort());
    const range = terms.range("migra");
    expect(terms.terms.slice(range.lo, range.hi)).toEqual(["migrant", "migrat"]);
    expect(terms.range("nothing")).toEqual({ lo: terms.range("nothing").lo, hi: terms.range("nothing").lo });
    expect(terms.range("").hi - terms.range("").lo).toBe(terms.terms.length);
  });

  it("finds whole terms, and nothing for unknown ones", () => {
    expect(terms.terms[terms.idOf("worker")]).toBe("worker");
    expect(terms.idOf("work")).toBe(-1);
    expect(terms.idOf("")).toBe(-1);
  });

  it("tells text from extra words (subheadings count for scoring, not for matching)", () => {
    const migrant = terms.range("migrant");
    expect(terms.hasInText(0, migrant)).toBe(true);
    expect(terms.hasInText(2, migrant)).toBe(false);
    expect(terms.count(2, migrant)).toBe(1);
    expect(terms.hasInText(3, migrant)).toBe(false);
  });

  it("counts occurrences over a range, and passages per range", () => {
    expect(terms.count(0, terms.range("migrant"))).toBe(2);
    expect(terms.count(0, terms.range("m"))).toBe(2);
    expect(terms.count(1, terms.range("migra"))).toBe(1);
    expect(terms.df(terms.range("migra"))).toBe(2); // passages 0 and 1; passage 2 has it only in extra words
    expect(terms.length(0)).toBe(4);
    expect(terms.length(2)).toBe(1);
    expect(terms.passages).toBe(4);
  });

  it("survives empty passages, odd characters and huge counts", () => {
    const odd = build([
      [[], []],
      [["ü", "日本", "a\uffffb", "\u0000"], []],
      [Array.from({ length: 70_000 }, () => "same"), []],
    ]);
    expect(odd.hasInText(0, odd.range(""))).toBe(false);
    expect(odd.hasInText(1, odd.range("日"))).toBe(true);
    expect(odd.count(2, odd.range("same"))).toBe(65535);
    expect(odd.length(2)).toBe(70_000);
  });
});
