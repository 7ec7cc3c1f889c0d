import { NextResponse } from "next/server";
import { gcmList, themeList } from "@/lib/book/content/labels";
import { loadCorpus } from "@/lib/db/blocks/load-corpus";
import { AppError } from "@/lib/errors/app-error";
import { parseBlockFilter } from "@/lib/explore/block-filter";
import { countByAgencyAndPart, filterBlocks } from "@/lib/explore/filter-blocks";
import { toApiBlock } from "@/lib/http/api-dto";
import { handleRoute, slugParams } from "@/lib/http/handle-route";

export const dynamic = "force-dynamic";

// GET /api/v1/themes/:slug?agency=&part= — a theme's passages and its agency × part counts.
export const GET = handleRoute(slugParams, async (request, { slug }) => {
  const vocabulary = themeList().some((t) => t.slug === slug) ? "theme" : gcmList().some((g) => g.slug === slug) ? "gcm" : null;
  if (!vocabulary) throw new AppError("NOT_FOUND", `No theme or GCM objective "${slug}".`);
  const narrow = parseBlockFilter(new URL(request.url).searchParams);
  const corpus = await loadCorpus();
  const all = filterBlocks(corpus.blocks, vocabulary === "theme" ? { theme: [slug] } : { gcm: [slug] });
  const matrix = countByAgencyAndPart(all);
  const blocks = filterBlocks(all, { agency: narrow.agency, part: narrow.part });
  return NextResponse.json({
    slug,
    vocabulary,
    total: all.length,
    matrix: Object.fromEntries([...matrix].map(([agency, parts]) => [agency, Object.fromEntries(parts)])),
    count: blocks.length,
    blocks: blocks.map(toApiBlock),
  });
});
