import { describe, expect, it } from "vitest";
import type { CorpusBlock } from "@/lib/explore/corpus";
import { searchWords, simpleSearch } from "@/lib/explore/simple-search";

const b = (id: string, text: string, part: CorpusBlock["part"] = "activities"): CorpusBlock => ({
  id,
  agency: { number: 2, slug: "fao", title: "FAO", acronym: "FAO", category: null },
  part,
  kinds: part === "intro" ? [] : [part],
  type: "paragraph",
  label: null,
  depth: 0,
  text,
  position: Number(id.replace(/\D/g, "")) || 0,
  themes: [],
  gcm: [],
  provenance: [],
});

describe("simpleSearch", () => {
  const blocks = [b("b1", "Remittances to rural areas."), b("b2", "Remittances, remittances and more remittances in Côte d'Ivoire.", "recommendations"), b("b3", "Nothing here.")];
  it("requires every word and ranks by frequency", () => {
    expect(simpleSearch(blocks, "remittances").hits.map((h) => h.id)).toEqual(["b2", "b1"]);
    expect(simpleSearch(blocks, "remittances rural").hits.map((h) => h.id)).toEqual(["b1"]);
  });
  it("matches word starts and ignores accents", () => {
    expect(simpleSearch(blocks, "remit").total).toBe(2);
    expect(simpleSearch(blocks, "cote").hits.map((h) => h.id)).toEqual(["b2"]);
  });
  it("returns nothing, without error, for empty, punctuation-only or hostile queries", () => {
    for (const q of ["", "   ", "!!!", "🙂", "(.*)+$", "'; DROP TABLE block; --", "x".repeat(10_000)]) {
      expect(() => simpleSearch(blocks, q)).not.toThrow();
    }
    expect(simpleSearch(blocks, "(.*)+$").total).toBe(0);
    expect(searchWords("a b")).toEqual([]);
  });
});
