import { NextResponse } from "next/server";
import { permalink } from "@/lib/explore/corpus";
import { handleRoute, noParams } from "@/lib/http/handle-route";
import { getSearchEngine } from "@/lib/search/get-search-engine";
import { cachedSearch } from "@/lib/search/result-cache";
import { readSearchParams } from "@/lib/search/search-params";
import { snippet, snippetText } from "@/lib/search/snippet";

export const dynamic = "force-dynamic";

// GET /api/v1/search?q=&agency=&part=&theme=&gcm=&limit=&offset= — full-text search over every passage.
export const GET = handleRoute(noParams, async (request) => {
  const started = performance.now();
  const parsed = readSearchParams(new URL(request.url).searchParams);
  if (!parsed.success) throw parsed.error;
  const { q, limit, offset, agency, part, theme, gcm } = parsed.data;
  const { engine } = await getSearchEngine();
  const result = await cachedSearch(engine, { input: q, filters: { agency: agency ?? [], part: part ?? [], theme: theme ?? [], gcm: gcm ?? [] }, page: { limit, offset } });
  return NextResponse.json({
    query: q,
    took_ms: Math.round((performance.now() - started) * 100) / 100,
    total: result.total,
    filled: result.filled,
    filled_by: result.filledBy,
    suggestion: result.suggestion,
    expansions: result.expansions,
    meaning: result.meaning?.applied ?? false,
    hits: result.hits.map((h) => ({
      id: h.block.id,
      agency: h.block.agency.slug,
      part: h.block.part,
      label: h.block.label,
      text: h.block.text,
      snippet: snippetText(snippet(h.block.text, h.matched)),
      url: permalink(h.block),
      score: h.score,
      via: h.via,
      why: h.why,
    })),
    facets: result.facets,
  });
});
