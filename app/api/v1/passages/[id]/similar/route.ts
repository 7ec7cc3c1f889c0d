import { NextResponse } from "next/server";
import { z } from "zod";
import { AppError } from "@/lib/errors/app-error";
import { permalink } from "@/lib/explore/corpus";
import { handleRoute } from "@/lib/http/handle-route";
import { getSearchEngine } from "@/lib/search/get-search-engine";

export const dynamic = "force-dynamic";

const params = z.object({ id: z.string().regex(/^[a-z0-9-]{1,120}$/, "a passage id such as fao-recommendations-c") });
const query = z.object({ limit: z.coerce.number().int().min(1).max(20).default(5) });

// GET /api/v1/passages/:id/similar?limit= — the closest recommendations, practices, challenges and gaps of other agencies.
export const GET = handleRoute(params, async (request, { id }) => {
  const { limit } = query.parse(Object.fromEntries(new URL(request.url).searchParams));
  const { engine } = await getSearchEngine();
  const similar = engine.similar(id, limit);
  if (!similar) throw new AppError("NOT_FOUND", `No passage with id "${id}".`);
  return NextResponse.json({
    id,
    similar: similar.map((s) => ({ id: s.block.id, agency: s.block.agency.slug, part: s.block.part, label: s.block.label, text: s.block.text, url: permalink(s.block), score: s.score, shared: s.shared })),
  });
});
