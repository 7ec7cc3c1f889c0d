import { NextResponse } from "next/server";
import { publishDraft } from "@/lib/db/editing/publish-draft";
import { publishBody } from "@/lib/http/api-contract";
import { handleMutation } from "@/lib/http/handle-mutation";
import { partParams } from "@/lib/http/handle-route";

export const dynamic = "force-dynamic";

// POST /api/v1/editor/parts/{slug}/{part}/publish — make the reviewed draft public (admins).
export const POST = handleMutation(partParams, publishBody, async ({ actor, body, params: { slug, part } }) => {
  const result = await publishDraft({ actor, input: { ...body, slug, part } });
  return NextResponse.json(result);
});
