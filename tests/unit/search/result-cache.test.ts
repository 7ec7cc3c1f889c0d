import { describe, expect, it, vi } from "vitest";
import { cachedSearch } from "@/lib/search/result-cache";
import { SearchEngine, type SearchResult } from "@/lib/search/search-engine";
import { passageFactory } from "./passage-factory";

const block = passageFactory();
const blocks = [block("ifad", "Reduce the cost of remittances sent to rural areas."), block("upu", "Postal networks offer remittance services.")];
const noFilters = { agency: [], part: [], theme: [], gcm: [] };
const page = { limit: 10, offset: 0 };
const request = (input: string, over = {}) => ({ input, filters: noFilters, page, ...over });
const result = (meaning: SearchResult["meaning"] = null): SearchResult => ({ total: 0, filled: 0, filledBy: { apart: 0, meaning: 0 }, phrase: false, hits: [], facets: { agency: {}, part: {}, theme: {} } as SearchResult["facets"], suggestion: null, expansions: [], meaning });

describe("cachedSearch", () => {
  it("answers the same query, filters and page from the cache", async () => {
    const engine = new SearchEngine(blocks, [], {});
    const search = vi.fn(async () => result());
    const first = await cachedSearch(engine, request("remittances"), search);
    expect(await cachedSearch(engine, request("remittances"), search)).toBe(first);
    expect(search).toHaveBeenCalledTimes(1);
  });

  it("keeps different filters, pages and indexes apart", async () => {
    const engine = new SearchEngine(blocks, [], {});
    const search = vi.fn(async () => result());
    await cachedSearch(engine, request("remittances"), search);
    await cachedSearch(engine, request("remittances", { filters: { ...noFilters, agency: ["upu"] } }), search);
    await cachedSearch(engine, request("remittances", { page: { limit: 10, offset: 10 } }), search);
    await cachedSearch(new SearchEngine(blocks, [], {}), request("remittances"), search);
    expect(search).toHaveBeenCalledTimes(4);
  });

  it("does not keep a result that had to do without meaning", async () => {
    const engine = new SearchEngine(blocks, [], {});
    const search = vi.fn(async () => result({ text: "remittances rural", weight: 0.7, applied: false }));
    await cachedSearch(engine, request("remittances rural"), search);
    await cachedSearch(engine, request("remittances rural"), search);
    expect(search).toHaveBeenCalledTimes(2);
  });

  it("is bounded: past 500 queries the least recently used is forgotten", async () => {
    const engine = new SearchEngine(blocks, [], {});
    const search = vi.fn(async () => result());
    for (let i = 0; i <= 500; i++) await cachedSearch(engine, request(`query ${i}`), search);
    await cachedSearch(engine, request("query 500"), search);
    expect(search).toHaveBeenCalledTimes(501);
    await cachedSearch(engine, request("query 0"), search);
    expect(search).toHaveBeenCalledTimes(502);
  });

  it("gives the real search's answer", async () => {
    const engine = new SearchEngine(blocks, [], {});
    expect((await cachedSearch(engine, request("remittances"))).hits.map((h) => h.block.agency.slug).sort()).toEqual(["ifad", "upu"]);
  });
});
