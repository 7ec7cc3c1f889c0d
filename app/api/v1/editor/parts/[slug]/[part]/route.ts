import { NextResponse } from "next/server";
import { requestActor } from "@/lib/auth/request-actor";
import { getEditablePart } from "@/lib/db/editing/get-editable-part";
import { handleRoute, partParams } from "@/lib/http/handle-route";

export const dynamic = "force-dynamic";

// GET /api/v1/editor/parts/{slug}/{part} — the published part, its revision and any draft (signed-in users).
export const GET = handleRoute(partParams, async (request, { slug, part }) => {
  const actor = await requestActor(request.headers);
  const editable = await getEditablePart({ actor, slug, part });
  return NextResponse.json(editable, { headers: { "cache-control": "no-store" } });
});
