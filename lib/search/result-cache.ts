/**
 * The API's recent search results, per index: the same query with the same filters and page
 * (a reader paging back, a dashboard polling, a popular question) is answered without matching or
 * encoding it again. Kept per index, so a publish (a new index) starts afresh; bounded in entries;
 * a result that had to do without meaning (the encoder late or failing) is not kept.
 */
import type { SearchEngine, SearchFilters, SearchResult } from "./search-engine";
import { searchPassages } from "./search-passages";

const ENTRIES = 500;
const caches = new WeakMap<SearchEngine, Map<string, SearchResult>>();

export type SearchRequest = { input: string; filters: SearchFilters; page: { limit: number; offset: number } };

function keyOf({ input, filters, page }: SearchRequest): string {
  return JSON.stringify([input, filters.agency, filters.part, filters.theme, filters.gcm, page.limit, page.offset]);
}

export async function cachedSearch(engine: SearchEngine, request: SearchRequest, search: typeof searchPassages = searchPassages): Promise<SearchResult> {
  let cache = caches.get(engine);
  if (!cache) caches.set(engine, (cache = new Map()));
  const key = keyOf(request);
  const hit = cache.get(key);
  if (hit) {
    cache.delete(key); // most recently used last
    cache.set(key, hit);
    return hit;
  }
  const result = await search(engine, request.input, request.filters, request.page);
  if (!result.meaning || result.meaning.applied) {
    cache.set(key, result);
    if (cache.size > ENTRIES) cache.delete(cache.keys().next().value!);
  }
  return result;
}
