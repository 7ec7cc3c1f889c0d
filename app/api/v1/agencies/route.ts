import { NextResponse } from "next/server";
import { listAgencies } from "@/lib/db/chapters/list-agencies";
import { handleRoute, noParams } from "@/lib/http/handle-route";

export const dynamic = "force-dynamic";

// GET /api/v1/agencies — every agency chapter, in book order.
export const GET = handleRoute(noParams, async () => {
  const agencies = await listAgencies();
  return NextResponse.json({
    agencies: agencies.map((a) => ({
      number: a.number,
      slug: a.slug,
      title: a.title,
      acronym: a.acronym,
      category: a.category,
      kinds: a.kinds,
      url: `/api/v1/agencies/${a.slug}`,
    })),
  });
});
