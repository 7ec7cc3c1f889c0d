import { describe, expect, it } from "vitest";
import { parseQuery } from "@/lib/search/parse-query";
import { fold, stem, stems } from "@/lib/search/text";

describe("parseQuery", () => {
  it("reads words, phrases, exclusions and filters", () => {
    expect(parseQuery('remittances "financial inclusion" -mobile agency:ifad,upu part:recommendations theme:remittances')).toEqual({
      words: ["remittances"],
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
  it.each(["", "   ", '"', '""', "-", "agency:", "🙂", "(.*)+$", "'; DROP TABLE block; --", "x".repeat(10_000)])("never throws on %j", (input) => {
    expect(() => parseQuery(input)).not.toThrow();
  });
  it("cuts queries at 500 characters", () => {
    expect(parseQuery("a ".repeat(1000)).words.length).toBe(250);
  });
});

describe("text normalisation", () => {
  it("folds case, accents and punctuation", () => {
    expect(fold("Côte d’Ivoire: Migrants' RIGHTS!")).toBe("cote divoire migrants rights");
  });
  it("brings plural and close forms together", () => {
    expect(stem("remittances")).toBe(stem("remittance"));
    expect(stem("migrants")).toBe(stem("migrant"));
    expect(stem("countries")).toBe(stem("country"));
    expect(stems("Refugees and refugee")).toEqual([stem("refugee"), "and", stem("refugee")]);
  });
  it("leaves short words and numbers alone", () => {
    expect(stem("ilo")).toBe("ilo");
    expect(stem("2013")).toBe("2013");
  });
});
