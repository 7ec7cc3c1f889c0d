import { NextResponse } from "next/server";
import { AppError } from "@/lib/errors/app-error";
import { permalink } from "@/lib/explore/corpus";
import { passageIdParams, similarQuery } from "@/lib/http/api-contract";
import { handleRoute } from "@/lib/http/handle-route";
import { getSearchEngine } from "@/lib/search/get-search-engine";

export const dynamic = "force-dynamic";


// GET /api/v1/passages/:id/similar?limit= — the closest recommendations, practices, challenges and gaps of other agencies.
export const GET = handleRoute(passageIdParams, async (request, { id }) => {
  const { limit } = similarQuery.parse({ limit: new URL(request.url).searchParams.get("limit") ?? undefined });
  const { engine } = await getSearchEngine();
  const similar = engine.similar(id, limit);
  if (!similar) throw new AppError("NOT_FOUND", `No passage with id "${id}".`);
  return NextResponse.json({
    id,
    similar: similar.map((s) => ({ id: s.block.id, agency: s.block.agency.slug, part: s.block.part, label: s.block.label, text: s.block.text, url: permalink(s.block), score: s.score, shared: s.shared })),
  });
});
