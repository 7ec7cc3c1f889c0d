import { describe, expect, it } from "vitest";
import { filterQuery, parseBlockFilter } from "@/lib/explore/block-filter";
import type { CorpusBlock } from "@/lib/explore/corpus";
import { countByAgencyAndPart, filterBlocks } from "@/lib/explore/filter-blocks";
import { relatedAgencies } from "@/lib/explore/related-agencies";

const agency = (slug: string, number: number, acronym: string) => ({ number, slug, title: acronym, acronym, category: null });
const block = (over: Partial<CorpusBlock>): CorpusBlock => ({
  id: "x",
  agency: agency("fao", 2, "FAO"),
  part: "recommendations",
  kinds: ["recommendations"],
  type: "item",
  label: "(a)",
  depth: 0,
  text: "t",
  position: 0,
  themes: [],
  gcm: [],
  provenance: [],
  ...over,
});

describe("parseBlockFilter", () => {
  it("reads comma lists and repeated parameters", () => {
    const filter = parseBlockFilter(new URLSearchParams("agency=fao,ilo&part=recommendations&theme=remittances&theme=gender"));
    expect(filter).toEqual({ agency: ["fao", "ilo"], part: ["recommendations"], theme: ["remittances", "gender"], gcm: undefined });
  });
  it("rejects unknown parts and hostile values with a message", () => {
    expect(() => parseBlockFilter({ part: "lunch" })).toThrow();
    expect(() => parseBlockFilter({ agency: "fao'; DROP TABLE" })).toThrow(/values are slugs/);
    expect(() => parseBlockFilter({ theme: "a,".repeat(400) })).toThrow();
  });
  it("reads a part as people write it, and slugs in any case", () => {
    expect(parseBlockFilter({ part: "recommendation,Gaps,good practices,gfmd", agency: "FAO,Ilo" })).toEqual({ agency: ["fao", "ilo"], part: ["recommendations", "gaps", "good-practices", "gfmd-support"], theme: undefined, gcm: undefined });
  });
  it("round-trips through filterQuery", () => {
    const filter = parseBlockFilter({ agency: "fao,ilo", part: "gaps" });
    expect(filterQuery(filter)).toBe("?agency=fao,ilo&part=gaps");
    expect(filterQuery({})).toBe("");
  });
});

describe("filterBlocks", () => {
  const blocks = [
    block({ id: "a", themes: ["remittances"] }),
    block({ id: "b", agency: agency("ilo", 5, "ILO"), part: "challenges", kinds: ["challenges", "gaps"], themes: ["gender"] }),
    block({ id: "c", type: "subheading", themes: ["remittances"] }),
  ];
  it("ORs values within a facet and ANDs facets", () => {
    expect(filterBlocks(blocks, { theme: ["remittances", "gender"] }).map((b) => b.id)).toEqual(["a", "b"]);
    expect(filterBlocks(blocks, { theme: ["remittances"], agency: ["ilo"] })).toEqual([]);
  });
  it("finds ILO's merged part under either kind, and skips subheadings", () => {
    expect(filterBlocks(blocks, { part: ["gaps"] }).map((b) => b.id)).toEqual(["b"]);
    expect(filterBlocks(blocks, {}).map((b) => b.id)).toEqual(["a", "b"]);
  });
  it("counts a merged part in both columns", () => {
    expect(Object.fromEntries(countByAgencyAndPart(filterBlocks(blocks, {})).get("ilo")!)).toEqual({ challenges: 1, gaps: 1 });
  });
});

describe("relatedAgencies", () => {
  const agencies = [
    { ...agency("fao", 2, "FAO"), aliases: ["FAO"] },
    { ...agency("ilo", 5, "ILO"), aliases: ["ILO", "International Labour Organization"] },
    { ...agency("who", 26, "WHO"), aliases: ["WHO"] },
  ];
  it("ranks agencies by how many blocks name them and quotes the sentence", () => {
    const blocks = [
      block({ id: "fao-1", text: "First point. FAO works with the ILO on decent work. Last point." }),
      block({ id: "fao-2", text: "The International Labour Organization agrees." }),
      block({ id: "fao-3", text: "People who migrate, and those who stay." }),
    ];
    const related = relatedAgencies("fao", blocks, agencies);
    expect(related).toEqual([{ agency: agencies[1], blocks: 2, example: { blockId: "fao-1", sentence: "FAO works with the ILO on decent work." } }]);
  });
});
