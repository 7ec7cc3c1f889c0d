import { z } from "zod";
import { loadCorpus } from "@/lib/db/blocks/load-corpus";
import { getDb } from "@/lib/db/client";
import { env } from "@/lib/env";
import { parseBlockFilter } from "@/lib/explore/block-filter";
import { filterBlocks } from "@/lib/explore/filter-blocks";
import { toCsv, toExportRow, toJson } from "@/lib/export/export-blocks";
import { handleRoute, noParams } from "@/lib/http/handle-route";

export const dynamic = "force-dynamic";

const formatSchema = z.enum(["csv", "json"], { message: "format must be csv or json" }).default("csv");

// GET /api/v1/export?format=csv|json&agency=&part=&theme=&gcm= — a filtered list of passages as a download.
export const GET = handleRoute(noParams, async (request) => {
  const url = new URL(request.url);
  const format = formatSchema.parse(url.searchParams.get("format") ?? undefined);
  const filter = parseBlockFilter(url.searchParams);
  const corpus = await loadCorpus({ db: getDb() });
  const rows = filterBlocks(corpus.blocks, filter).map((b) => toExportRow(b, env.SITE_URL));
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
