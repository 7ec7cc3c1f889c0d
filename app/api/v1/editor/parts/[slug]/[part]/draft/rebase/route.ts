import { NextResponse } from "next/server";
import { z } from "zod";
import { rebaseDraft } from "@/lib/db/editing/drafts";
import { handleMutation } from "@/lib/http/handle-mutation";
import { partParams } from "@/lib/http/handle-route";

export const dynamic = "force-dynamic";

const bodySchema = z.object({ draftVersion: z.number().int().min(1) }).strict();

// POST /api/v1/editor/parts/{slug}/{part}/draft/rebase — keep the draft's text on top of the current revision.
export const POST = handleMutation(partParams, bodySchema, async ({ actor, body, params: { slug, part } }) => {
  return NextResponse.json(await rebaseDraft({ actor, slug, part, draftVersion: body.draftVersion }));
});
