import { NextResponse } from "next/server";
import { loadCorpus } from "@/lib/db/blocks/load-corpus";
import { parseBlockFilter } from "@/lib/explore/block-filter";
import { filterBlocks } from "@/lib/explore/filter-blocks";
import { recommendationsQuery } from "@/lib/http/api-contract";
import { toApiBlock } from "@/lib/http/api-dto";
import { handleRoute, noParams } from "@/lib/http/handle-route";

export const dynamic = "force-dynamic";

// GET /api/v1/recommendations?agency=&theme=&gcm=&limit=&offset= — recommendation passages, filtered and paged.
export const GET = handleRoute(noParams, async (request) => {
  const params = new URL(request.url).searchParams;
  const filter = parseBlockFilter(params);
  const { limit, offset } = recommendationsQuery.pick({ limit: true, offset: true }).parse({ limit: params.get("limit") ?? undefined, offset: params.get("offset") ?? undefined });
  const corpus = await loadCorpus();
  const all = filterBlocks(corpus.blocks, { ...filter, part: ["recommendations"] });
  return NextResponse.json({ total: all.length, limit, offset, items: all.slice(offset, offset + limit).map(toApiBlock) });
});
