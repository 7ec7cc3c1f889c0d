import { NextResponse } from "next/server";
import { rebaseDraft } from "@/lib/db/editing/rebase-draft";
import { draftVersionBody } from "@/lib/http/api-contract";
import { handleMutation } from "@/lib/http/handle-mutation";
import { partParams } from "@/lib/http/handle-route";

export const dynamic = "force-dynamic";

// POST /api/v1/editor/parts/{slug}/{part}/draft/rebase — keep the draft's text on top of the current revision.
export const POST = handleMutation(partParams, draftVersionBody, async ({ actor, body, params: { slug, part } }) => {
  return NextResponse.json(await rebaseDraft({ actor, slug, part, draftVersion: body.draftVersion }));
});
