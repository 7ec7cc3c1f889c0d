import { describe, expect, it, vi } from "vitest";
import { passageFactory } from "../passage-factory";
import { DIMENSIONS, PassageVectors, unit } from "@/lib/search/meaning/vectors";
import { SearchEngine } from "@/lib/search/search-engine";
import { searchPassages } from "@/lib/search/search-passages";

const block = passageFactory();

/** A direction in meaning space: passage i and a query about the same thing share it. */
const axis = (i: number) => unit(Float32Array.from({ length: DIMENSIONS }, (_, d) => (d === i ? 1 : 0.01)));
const blocks = [
  block("ohchr", "States should combat xenophobia and discrimination against migrants."),
  block("ilo", "Promote decent work for migrant workers and fair recruitment."),
  block("ifad", "Reduce the cost of remittances sent to rural areas."),
  block("unhcr", "Protect refugees and asylum-seekers at borders.", { part: "gaps", kinds: ["gaps"] }),
  block("unodc", "Fight the smuggling of migrants by organized criminal groups."),
];
const vectors = PassageVectors.from(blocks.map((_, i) => axis(i)));
const engine = new SearchEngine(blocks, [], {}, { vectors });
const page = { limit: 10, offset: 0 };

describe("SearchEngine with meaning vectors", () => {
  it("asks for meaning when a question's words find little, and finds by meaning a passage that has none of them", () => {
    const prepared = engine.prepare("how do we stop hatred of foreigners and workers");
    expect(prepared.meaning).not.toBeNull();
    expect(prepared.meaning!.weight).toBeGreaterThan(0);
    const result = engine.finish(prepared, page, axis(0));
    const hit = result.hits.find((h) => h.block.id === blocks[0]!.id);
    expect(hit?.via).toBe("meaning");
    expect(hit?.why).toEqual(["close in meaning to the query"]);
    expect(result.hits[0]!.block.id).toBe(blocks[0]!.id);
    expect(result.total).toBe(result.hits.length);
    expect(result.meaning?.applied).toBe(true);
  });

  it("without a vector answers by the words alone", () => {
    const result = engine.search("how do we stop hatred of foreigners and workers", {}, page);
    expect(result.hits.map((h) => h.block.id)).toEqual([blocks[1]!.id]);
    expect(result.meaning?.applied).toBe(false);
  });

  it("never re-ranks a quoted phrase or a +required word by meaning, and asks nothing for words the book has none of", () => {
    // A phrase the book has once only fills its page by meaning, below its match (weight 0).
    expect(engine.prepare('"decent work" hatred foreigners').meaning).toMatchObject({ weight: 0 });
    expect(engine.prepare('"decent work" hatred foreigners').fill).toBe(true);
    expect(engine.prepare("+remittances hatred foreigners").meaning).toBeNull();
    expect(engine.prepare('+remittances "rural areas"').meaning).toBeNull();
    expect(engine.prepare("qwxz vbnm plkj").meaning).toBeNull();
  });

  it("fills a quoted phrase's short page below its matches, and a +required word's never", () => {
    const result = engine.finish(engine.prepare('"decent work"'), page, axis(0));
    expect(result.hits[0]).toMatchObject({ block: { id: blocks[1]!.id }, via: "exact" });
    expect(result.hits.slice(1).every((h) => h.via === "meaning" && h.score < result.hits[0]!.score)).toBe(true);
    expect(result.hits[1]!.block.id).toBe(blocks[0]!.id);
    expect(result).toMatchObject({ filled: result.hits.length - 1, filledBy: { apart: 0, meaning: result.hits.length - 1 }, phrase: true });
    const required = engine.finish(engine.prepare("+remittances"), page, axis(0));
    expect(required.hits.map((h) => h.block.id)).toEqual([blocks[2]!.id]);
    expect(required).toMatchObject({ filled: 0, filledBy: { apart: 0, meaning: 0 }, phrase: false });
  });

  it("does not ask for meaning for one word, or when every top result matches the query's own words, once the words fill a page", () => {
    const many = Array.from({ length: 12 }, (_, i) => block("ifad", `Remittances sent to rural areas, case ${i}.`));
    const full = new SearchEngine([...blocks, ...many], [], {}, { vectors: PassageVectors.from([...blocks, ...many].map((_, i) => axis(i % 5))) });
    expect(full.prepare("remittances").meaning).toBeNull();
    expect(full.prepare("remittances rural").meaning).toBeNull();
    expect(full.prepare("remittances").fill).toBe(false);
  });

  it("fills a page the words cannot fill with passages close in meaning, below every match of the words, in their order", () => {
    const prepared = engine.prepare("remittances");
    expect(prepared.fill).toBe(true);
    expect(prepared.meaning).toEqual({ text: "remittances", weight: 0 });
    const result = engine.finish(prepared, page, axis(4));
    expect(result.hits[0]!.block.id).toBe(blocks[2]!.id);
    expect(result.hits[0]!.via).toBe("exact");
    const rest = result.hits.slice(1);
    expect(rest.length).toBeGreaterThan(0);
    expect(rest.every((h) => h.via === "meaning" && h.score < result.hits[0]!.score)).toBe(true);
    // The closest in meaning comes first of them.
    expect(rest[0]!.block.id).toBe(blocks[4]!.id);
    expect(result.total).toBe(result.hits.length);
    expect(result.filled).toBe(rest.length);
  });

  it("gives the encoder an acronym's expansion, not the letters: UNECA is not UNESCO", () => {
    const glossary = [{ term: "UNHCR", expansion: "Office of the United Nations High Commissioner for Refugees" }];
    const withGlossary = new SearchEngine(blocks, glossary, {}, { vectors });
    expect(withGlossary.prepare("UNHCR").meaning?.text).toBe("Office of the United Nations High Commissioner for Refugees");
    expect(withGlossary.prepare("UNHCR borders").meaning?.text).toBe("Office of the United Nations High Commissioner for Refugees borders");
  });

  it("fills a short page only through the query's filters", () => {
    const result = engine.finish(engine.prepare("refugees", { part: ["gaps"] }), page, axis(0));
    expect(result.hits.map((h) => h.block.id)).toEqual([blocks[3]!.id]);
  });

  it("keeps filters for the passages meaning adds", () => {
    const prepared = engine.prepare("hatred of foreigners and workers", { part: ["gaps"] });
    const result = engine.finish(prepared, page, axis(0));
    expect(result.hits.every((h) => h.block.kinds.includes("gaps"))).toBe(true);
  });

  it("does not add a passage of a few words by meaning alone: a short text's vector is close to everything", () => {
    const withTitle = [...blocks, block("undp", "Enabling conditions")];
    const titled = new SearchEngine(withTitle, [], {}, { vectors: PassageVectors.from(withTitle.map((_, i) => axis(i))) });
    const result = titled.finish(titled.prepare("how do we stop hatred of foreigners and workers"), page, axis(5));
    expect(result.hits.map((h) => h.block.id)).not.toContain(withTitle[5]!.id);
    expect(result.meaning?.applied).toBe(true);
    // Its words still find it.
    expect(titled.search("enabling conditions", {}, page).hits.map((h) => h.block.id)).toEqual([withTitle[5]!.id]);
  });

  it("counts only a passage's own words, not the subheading it sits under, as its length", () => {
    const subheading = block("undp", "Challenges faced by the programme in many partner countries and regions", { type: "subheading" });
    const title = block("undp", "Enabling conditions");
    const underHeading = [...blocks, subheading, title];
    const passages = underHeading.filter((b) => b.type !== "subheading");
    const engineWithHeading = new SearchEngine(underHeading, [], {}, { vectors: PassageVectors.from(passages.map((_, i) => axis(i))) });
    const result = engineWithHeading.finish(engineWithHeading.prepare("how do we stop hatred of foreigners and workers"), page, axis(5));
    expect(result.hits.map((h) => h.block.id)).not.toContain(title.id);
  });

  it("leaves the engine clean for the next query", () => {
    engine.finish(engine.prepare("hatred of foreigners and workers"), page, axis(0));
    expect(engine.search("remittances", {}, page).hits.map((h) => h.block.id)).toEqual([blocks[2]!.id]);
  });

  it("refuses a prepared search from another index", () => {
    const other = new SearchEngine(blocks, [], {}, { vectors });
    expect(() => other.finish(engine.prepare("hatred of foreigners and workers"), page, null)).toThrow(/index that prepared it/);
  });

  it("refuses vectors that do not match the passages", () => {
    expect(() => new SearchEngine(blocks, [], {}, { vectors: new PassageVectors(2) })).toThrow(/2 meaning vectors for 5 passages/);
  });
});

describe("searchPassages", () => {
  it("encodes only queries that ask for meaning", async () => {
    const encode = vi.fn(async () => axis(0));
    await searchPassages(engine, "+remittances rural", {}, page, encode);
    expect(encode).not.toHaveBeenCalled();
    const result = await searchPassages(engine, "how do we stop hatred of foreigners and workers", {}, page, encode);
    expect(encode).toHaveBeenCalledTimes(1);
    expect(result.hits[0]!.block.id).toBe(blocks[0]!.id);
  });

  it("answers by the words when the encoder gives nothing (off, failing or late)", async () => {
    const result = await searchPassages(engine, "how do we stop hatred of foreigners and workers", {}, page, async () => null);
    expect(result.hits.map((h) => h.block.id)).toEqual([blocks[1]!.id]);
  });
});
