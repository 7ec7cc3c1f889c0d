/**
 * A search with meaning, as pages and the API run it: the engine's first answer says whether
 * meaning would help (a question whose words match weakly, or words that fill less than a page);
 * only then is the query encoded (meaning/encoder-service.ts) and the search finished with its
 * vector, its words matched once. +Required queries, and phrase and keyword queries whose words fill a
 * page, never wait for the encoder, and an encoder that is off, failing or slow leaves the first answer.
 */
import { encodeQuery } from "./meaning/encoder-service";
import type { SearchEngine, SearchFilters, SearchResult } from "./search-engine";

export async function searchPassages(
  engine: SearchEngine,
  input: string,
  filters: Partial<SearchFilters>,
  page: { limit: number; offset: number },
  encode: (text: string) => Promise<Float32Array | null> = encodeQuery,
): Promise<SearchResult> {
  const prepared = engine.prepare(input, filters);
  // The index may be replaced while the query is encoded; this one stays valid and finishes it.
  const vector = prepared.meaning ? await encode(prepared.meaning.text) : null;
  return engine.finish(prepared, page, vector);
}
