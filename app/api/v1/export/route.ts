import { z } from "zod";
import { loadCorpus } from "@/lib/db/blocks/load-corpus";
import { getDb } from "@/lib/db/client";
import { env } from "@/lib/env";
import { parseBlockFilter } from "@/lib/explore/block-filter";
import { filterBlocks } from "@/lib/explore/filter-blocks";
import { toCsv, toExportRow, toJson } from "@/lib/export/export-blocks";
import { handleRoute, noParams } from "@/lib/http/handle-route";
import { MAX_QUERY_LENGTH } from "@/lib/search/parse-query";
import { getSearchEngine } from "@/lib/search/get-search-engine";

export const dynamic = "force-dynamic";

const formatSchema = z.enum(["csv", "json"], { message: "format must be csv or json" }).default("csv");
const querySchema = z.string().max(MAX_QUERY_LENGTH, `Queries are limited to ${MAX_QUERY_LENGTH} characters.`).optional();

// GET /api/v1/export?format=csv|json&q=&agency=&part=&theme=&gcm= — a filtered list (or search results) as a download.
export const GET = handleRoute(noParams, async (request) => {
  const url = new URL(request.url);
  const format = formatSchema.parse(url.searchParams.get("format") ?? undefined);
  const filter = parseBlockFilter(url.searchParams);
  const q = querySchema.parse(url.searchParams.get("q") ?? undefined);
  const blocks = q
    ? (await getSearchEngine({ db: getDb() })).engine
        .search(q, { agency: filter.agency ?? [], part: filter.part ?? [], theme: filter.theme ?? [], gcm: filter.gcm ?? [] }, { limit: 100_000, offset: 0 })
        .hits.map((h) => h.block)
    : filterBlocks((await loadCorpus({ db: getDb() })).blocks, filter);
  const rows = blocks.map((b) => toExportRow(b, env.SITE_URL));
  const stamp = `compendium-${[...(filter.theme ?? []), ...(filter.part ?? []), ...(filter.agency ?? []), ...(filter.gcm ?? [])].join("-") || "all"}`;
  if (format === "csv") {
    return new Response(toCsv(rows), {
      headers: { "content-type": "text/csv; charset=utf-8", "content-disposition": `attachment; filename="${stamp}.csv"` },
    });
  }
  return new Response(toJson(rows, { filter, source: "International Migration and Development (UN CEB, 2013)" }), {
    headers: { "content-type": "application/json; charset=utf-8", "content-disposition": `attachment; filename="${stamp}.json"` },
  });
});
