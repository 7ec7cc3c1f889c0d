import { describe, expect, it } from "vitest";
import { bookNames, demonymSynonyms, loadCountries, withPlaceNames, type Country } from "@/lib/search/place-names";
import { SearchEngine } from "@/lib/search/search-engine";
import { passageFactory } from "./passage-factory";

const country = (common: string, demonym: string | null, over: Partial<Country> = {}): Country => ({
  name: { common, official: `Republic of ${common}` },
  independent: true,
  languages: {},
  ...(demonym ? { demonyms: { eng: { m: demonym, f: demonym } } } : {}),
  ...over,
});

describe("demonyms as thesaurus entries", () => {
  const book = bookNames(["Migrants from Somalia and Freedonia cross in Sylvania, so in it we see the Isle of Atlantis; Côte d'Ivoire too."]);

  it("maps a demonym to the names of its country that the book uses", () => {
    expect(demonymSynonyms([country("Somalia", "Somali")], book)).toEqual({ somali: ["Somalia"] });
  });

  it("drops a demonym whose country the book never names, and one without a demonym", () => {
    expect(demonymSynonyms([country("Narnia", "Narnian"), country("Freedonia", null)], book)).toEqual({});
  });

  it("never uses two-letter codes or native spellings, which fold to common words (IN, SO, Ísland)", () => {
    const coded = country("Elbonia", "Elbonian", { altSpellings: ["SO", "IN", "It", "Ísland", "Côte d'Ivoire", "Freedonia"] });
    expect(demonymSynonyms([coded], book)).toEqual({ elbonian: ["Freedonia"] });
  });

  it("leaves out a demonym that names the language of many countries (French is the language before the people)", () => {
    const speakers = Array.from({ length: 6 }, (_, i) => country(`Land${i}`, null, { languages: { fra: "French" } }));
    expect(demonymSynonyms([...speakers, country("Sylvania", "French")], book)).toEqual({});
    expect(demonymSynonyms([...speakers.slice(0, 5), country("Sylvania", "French")], book)).toEqual({ french: ["Sylvania"] });
  });

  it("prefers the independent country where a territory shares its demonym, and splits a listed pair", () => {
    const territory = country("Isle of Atlantis", "Atlantean", { independent: false });
    const both = demonymSynonyms([territory, country("Sylvania", "Atlantean, Sylvanian")], book);
    expect(both).toEqual({ atlantean: ["Sylvania"], sylvanian: ["Sylvania"] });
    expect(demonymSynonyms([territory], book)).toEqual({ atlantean: ["Isle of Atlantis"] });
  });

  it("gives way to an editor's entry for the same key", () => {
    expect(withPlaceNames({ somali: ["Horn of Africa"] }, ["Somalia and the Horn of Africa"], [country("Somalia", "Somali")])).toEqual({ somali: ["Horn of Africa"] });
  });

  it("reads the world-countries data: Filipino is the Philippines, American the United States, and Spanish is a language", () => {
    const real = demonymSynonyms(loadCountries(), bookNames(["the Philippines, the United States of America, Spain, Mexico and Somalia"]));
    expect(real.filipino).toEqual(["Philippines"]);
    expect(real.american).toEqual(["United States", "United States of America"]);
    expect(real.mexican).toEqual(["Mexico"]);
    expect(real.spanish).toBeUndefined();
  });

  it("lets a search for Filipinos find the Philippines, below the passage that says Filipino", () => {
    const make = passageFactory();
    const blocks = [make("ilo", "Nurses from the Philippines work abroad."), make("ilo", "Filipino nurses work abroad."), make("ilo", "Nurses from Peru work abroad.")];
    const engine = new SearchEngine(blocks, [], withPlaceNames({}, blocks.map((b) => b.text), [country("Philippines", "Filipino")]));
    const result = engine.search("Filipinos nurses", {}, { limit: 10, offset: 0 });
    expect(result.hits.map((h) => h.block.id)).toEqual(["ilo-p2", "ilo-p1"]);
    expect(result.expansions).toContain("filipinos → Philippines");
    const without = new SearchEngine(blocks, [], {}).search("Filipinos nurses", {}, { limit: 10, offset: 0 });
    expect(without.hits.map((h) => h.block.id)).not.toContain("ilo-p1");
  });
});
