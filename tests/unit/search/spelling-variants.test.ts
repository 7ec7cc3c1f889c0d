import { describe, expect, it } from "vitest";
import { analyzeQuery, type Lexicon } from "@/lib/search/analyze-query";
import { parseQuery } from "@/lib/search/parse-query";
import { spellingVariants } from "@/lib/search/spelling-variants";
import { stem } from "@/lib/search/text";

describe("spellingVariants", () => {
  it("proposes the other spelling, both ways", () => {
    const pairs = [
      ["labour", "labor"], ["behavioural", "behavioral"], ["programme", "program"], ["programmes", "programs"], ["centre", "center"],
      ["organisation", "organization"], ["recognised", "recognized"], ["analyse", "analyze"], ["travelling", "traveling"], ["defence", "defense"],
      ["dialogue", "dialog"], ["judgement", "judgment"], ["enrolment", "enrollment"],
    ];
    for (const [british, american] of pairs) {
      expect(spellingVariants(british!)).toContain(american);
      expect(spellingVariants(american!)).toContain(british);
    }
  });
  it("leaves short words, numbers and other scripts alone, and never returns the word itself", () => {
    for (const word of ["for", "four", "our", "c189", "2013", "", "ñandú", "tour"]) expect(spellingVariants(word)).toEqual([]);
    for (const word of ["migration", "labour", "raise", "crises"]) expect(spellingVariants(word)).not.toContain(word);
  });
  it("does not turn a word whose -ise is not a suffix into -ize", () => {
    for (const word of ["raise", "crises", "rise"]) expect(spellingVariants(word).some((v) => v.includes("iz"))).toBe(false);
  });
  it("leaves a word longer than any the engine stems alone (no regular expression runs over a hostile one)", () => {
    expect(spellingVariants("organisation")).toEqual(["organization"]);
    expect(spellingVariants("b".repeat(500) + "organisation")).toEqual([]);
  });
});

describe("query analysis with spelling variants", () => {
  const df = new Map([[stem("labour"), 300], [stem("labor"), 3], [stem("programme"), 260], [stem("organization"), 300]]);
  const words = new Set(["labour", "labor", "programme", "organization"]);
  const lexicon: Lexicon = { acronym: () => null, instrument: () => null, expansions: new Map(), synonyms: [], df: (s) => df.get(s) ?? 0, hasWord: (w) => words.has(w), correct: () => null };
  const analyze = (q: string) => analyzeQuery(parseQuery(q), lexicon, q);
  it("offers the book's spelling as the word itself, and says so", () => {
    const program = analyze("migration program ");
    expect(program.groups[1]!.alternatives.map((a) => [a.stems[0], a.weight, a.via])).toEqual([[stem("program"), 1, "exact"], [stem("programme"), 1, "exact"]]);
    expect(program.expansions).toEqual(["program → programme"]);
    expect(analyze("organisation ").groups[0]!.alternatives.map((a) => a.highlight)).toEqual([["organisation"], ["organization"]]);
  });
  it("offers the other spelling only where the book uses it more, and only as a word the book has", () => {
    expect(analyze("labor ").groups[0]!.alternatives.map((a) => a.highlight[0])).toEqual(["labor", "labour"]);
    expect(analyze("labour ").groups[0]!.alternatives.map((a) => a.highlight[0])).toEqual(["labour"]);
    expect(analyze("labour ").expansions).toEqual([]);
    // "expertize" would stem to "expert", which the book has, but the book never writes the word.
    expect(analyzeQuery(parseQuery("expertise "), { ...lexicon, df: (s) => (s === "expert" ? 50 : 1) }, "expertise ").groups[0]!.alternatives).toHaveLength(1);
  });
  it("respells and corrects a quoted phrase's words, so the phrase is also looked for as the book writes it", () => {
    const q = analyzeQuery(parseQuery('"labor market" '), { ...lexicon, hasWord: (w) => words.has(w) || w === "market" }, '"labor market" ');
    expect(q.phrases).toEqual([["labor market", "labour market"]]);
    expect(analyze('"labour market"').phrases).toEqual([["labour market"]]);
  });
  it("offers no spelling the book lacks", () => {
    expect(analyze("centre ").groups[0]!.alternatives).toHaveLength(1);
    expect(analyze("centre ").expansions).toEqual([]);
  });
});
