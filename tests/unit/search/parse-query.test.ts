import { describe, expect, it } from "vitest";
import { parseQuery, withoutPhraseQuotes } from "@/lib/search/parse-query";
import { fold, stem, stems } from "@/lib/search/text";

describe("parseQuery", () => {
  it("reads words, phrases, exclusions and filters", () => {
    expect(parseQuery('remittances "financial inclusion" -mobile agency:ifad,upu part:recommendations theme:remittances')).toEqual({
      words: ["remittances"],
      required: [],
      phrases: ["financial inclusion"],
      excluded: ["mobile"],
      filters: { agency: ["ifad", "upu"], part: ["recommendations"], theme: ["remittances"], gcm: [] },
    });
  });
  it("treats an excluded phrase and an unknown part sensibly", () => {
    const q = parseQuery('migrants -"irregular migration" part:lunch');
    expect(q.excluded).toEqual(["irregular migration"]);
    expect(q.filters.part).toEqual([]);
  });
  it("reads a part filter as people write it, and drops one it cannot place", () => {
    expect(parseQuery("data part:recommendation,gap part:good-practice part:lunch").filters.part).toEqual(["recommendations", "gaps", "good-practices"]);
  });
  it.each(["", "   ", '"', '""', "-", "agency:", "🙂", "(.*)+$", "'; DROP TABLE block; --", "x".repeat(10_000)])("never throws on %j", (input) => {
    expect(() => parseQuery(input)).not.toThrow();
  });
  it("unquotes phrases for a looser search, but keeps an excluded phrase excluded", () => {
    const loose = withoutPhraseQuotes('"feminization of migration" women -"labour market" agency:ilo');
    expect(parseQuery(loose)).toMatchObject({ words: ["feminization", "of", "migration", "women"], phrases: [], excluded: ["labour market"], filters: { agency: ["ilo"] } });
    expect(withoutPhraseQuotes('an "unclosed phrase')).toBe('an "unclosed phrase');
    expect(withoutPhraseQuotes('""')).toBe("  ");
  });
  it("cuts queries at 500 characters", () => {
    expect(parseQuery("a ".repeat(1000)).words.length).toBe(250);
  });
});

describe("text normalisation", () => {
  it("folds case, accents and punctuation", () => {
    expect(fold("Côte d’Ivoire: Migrants' RIGHTS!")).toBe("cote divoire migrants rights");
  });
  it("drops a possessive ending, so an acronym's possessive is the acronym and a plural's is the plural", () => {
    expect(fold("UN's")).toBe("un");
    expect(fold("the EU’s policy")).toBe("the eu policy");
    expect(stems("women's rights")).toEqual(stems("women rights"));
    expect(fold("'s-Hertogenbosch it's")).toBe("hertogenbosch it");
  });
  it("folds plain ASCII (its fast path) exactly as the Unicode path does", () => {
    // The same words with one accented letter take the Unicode path; the results must agree.
    const cases = ["UN's", "Don't STOP--now!", "a\tb\nc", "  (IOM) ", "", "   ", "x_y", "R&D: 50%", "~`^|\\{}", "remittances"];
    for (const ascii of cases) expect(fold(`${ascii} é`)).toBe(`${fold(ascii)} e`.trim());
    expect(fold("Don't STOP--now!")).toBe("dont stop now");
    expect(fold("x_y")).toBe("x y");
  });
  it("stems the same word the same way every time (stems are cached)", () => {
    const first = Array.from({ length: 60_000 }, (_, i) => stem(`word${i}s`));
    expect(stem("remittances")).toBe("remitt");
    expect(stem("remittances")).toBe("remitt");
    expect(Array.from({ length: 60_000 }, (_, i) => stem(`word${i}s`))).toEqual(first);
  });
  it("brings plural and close forms together", () => {
    expect(stem("remittances")).toBe(stem("remittance"));
    expect(stem("migrants")).toBe(stem("migrant"));
    expect(stem("countries")).toBe(stem("country"));
    expect(stems("Refugees and refugee")).toEqual([stem("refugee"), "and", stem("refugee")]);
  });
  it("leaves acronyms, two-letter words and numbers alone", () => {
    expect(stem("ilo")).toBe("ilo");
    expect(stem("un")).toBe("un");
    expect(stem("2013")).toBe("2013");
  });
  it("brings a three-letter word ending in y together with its inflections", () => {
    expect(stem("day")).toBe(stem("days"));
    expect(stem("way")).toBe(stem("ways"));
    expect(stem("pay")).toBe(stem("paying"));
  });
  it("leaves other three-letter words alone: acronyms stay apart, and no word becomes a stop word", () => {
    for (const word of ["gas", "cis", "res", "sms", "ece", "age"]) expect(stem(word)).toBe(word);
    expect(stem("ece")).not.toBe(stem("ec"));
    expect(stem("one")).toBe("one"); // Porter would make it "on"
    expect(stem("use")).toBe("use"); // …and this "us"
  });
});
