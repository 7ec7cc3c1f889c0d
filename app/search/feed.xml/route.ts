// GET /search/feed.xml?q=&agency=&part=&theme=&gcm= — Atom feed of the passages a search (or, with no q, a filtered list) returns.
import { loadCorpus } from "@/lib/db/blocks/load-corpus";
import { env } from "@/lib/env";
import { filterBlocks } from "@/lib/explore/filter-blocks";
import { passagesFeed } from "@/lib/feeds/atom";
import { atomResponse } from "@/lib/feeds/atom-response";
import { handleRoute, noParams } from "@/lib/http/handle-route";
import { getSearchEngine } from "@/lib/search/get-search-engine";
import { searchPassages } from "@/lib/search/search-passages";
import { readSearchParams } from "@/lib/search/search-params";

export const dynamic = "force-dynamic";

const ENTRIES = 50;

export const GET = handleRoute(noParams, async (request) => {
  const url = new URL(request.url);
  const parsed = readSearchParams(url.searchParams);
  if (!parsed.success) throw parsed.error;
  const { q, agency, part, theme, gcm } = parsed.data;
  const filters = { agency: agency ?? [], part: part ?? [], theme: theme ?? [], gcm: gcm ?? [] };
  const blocks = q.trim()
    ? (await searchPassages((await getSearchEngine()).engine, q, filters, { limit: ENTRIES, offset: 0 })).hits.map((h) => h.block)
    : filterBlocks((await loadCorpus()).blocks, filters).slice(0, ENTRIES);
  const query = url.searchParams.toString();
  const described = [q.trim() ? `“${q.trim()}”` : "All passages", ...Object.entries(filters).flatMap(([k, v]) => (v.length ? [`${k}: ${v.join(", ")}`] : []))].join(" · ");
  return atomResponse(passagesFeed(env.SITE_URL, blocks, { title: `Search: ${described}`, self: `/search/feed.xml?${query}`, alternate: `/search?${query}`, updatedAt: () => null }));
});
