import { loadCorpus } from "@/lib/db/blocks/load-corpus";
import { env } from "@/lib/env";
import { parseBlockFilter } from "@/lib/explore/block-filter";
import { filterBlocks } from "@/lib/explore/filter-blocks";
import { cslItem, toCslJson, toRis } from "@/lib/cite/reference-formats";
import { listChapterPages } from "@/lib/db/chapters/list-chapter-pages";
import { blockPartLabel, permalink } from "@/lib/explore/corpus";
import { toCsv, toExportRow, toJson } from "@/lib/export/export-blocks";
import { exportQuery } from "@/lib/http/api-contract";
import { handleRoute, noParams } from "@/lib/http/handle-route";
import { getSearchEngine } from "@/lib/search/get-search-engine";
import { searchPassages } from "@/lib/search/search-passages";

export const dynamic = "force-dynamic";


// GET /api/v1/export?format=csv|json|ris|csl-json&q=&agency=&part=&theme=&gcm= — a filtered list (or search results) as a download.
export const GET = handleRoute(noParams, async (request) => {
  const url = new URL(request.url);
  const { format, q } = exportQuery.pick({ format: true, q: true }).parse({ format: url.searchParams.get("format") ?? undefined, q: url.searchParams.get("q") ?? undefined });
  const filter = parseBlockFilter(url.searchParams);
  const blocks = q
    ? (await searchPassages((await getSearchEngine()).engine, q, { agency: filter.agency ?? [], part: filter.part ?? [], theme: filter.theme ?? [], gcm: filter.gcm ?? [] }, { limit: 100_000, offset: 0 })).hits.map((h) => h.block)
    : filterBlocks((await loadCorpus()).blocks, filter);
  const stamp = `compendium-${[...(filter.theme ?? []), ...(filter.part ?? []), ...(filter.agency ?? []), ...(filter.gcm ?? [])].join("-") || "all"}`;
  if (format === "ris" || format === "csl-json") {
    // Citations of every passage in the list, for a reference manager.
    const pages = await listChapterPages();
    const now = new Date();
    const items = blocks.map((b) =>
      cslItem({ chapterNumber: b.agency.number, chapterTitle: b.agency.title, acronym: b.agency.acronym, partLabel: blockPartLabel(b), itemLabel: b.label, firstPage: pages.get(b.agency.slug)?.firstPage ?? null, lastPage: pages.get(b.agency.slug)?.lastPage ?? null, url: new URL(permalink(b), env.SITE_URL).toString(), blockId: b.id }, now),
    );
    return format === "ris"
      ? new Response(toRis(items), { headers: { "content-type": "application/x-research-info-systems; charset=utf-8", "content-disposition": `attachment; filename="${stamp}.ris"` } })
      : new Response(toCslJson(items), { headers: { "content-type": "application/vnd.citationstyles.csl+json; charset=utf-8", "content-disposition": `attachment; filename="${stamp}.csl.json"` } });
  }
  const rows = blocks.map((b) => toExportRow(b, env.SITE_URL));
  if (format === "csv") {
    return new Response(toCsv(rows), {
      headers: { "content-type": "text/csv; charset=utf-8", "content-disposition": `attachment; filename="${stamp}.csv"` },
    });
  }
  return new Response(toJson(rows, { filter, source: "International Migration and Development (UN CEB, 2013)" }), {
    headers: { "content-type": "application/json; charset=utf-8", "content-disposition": `attachment; filename="${stamp}.json"` },
  });
});
