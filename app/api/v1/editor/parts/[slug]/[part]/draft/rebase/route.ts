import { NextResponse } from "next/server";
import { z } from "zod";
import { getDb } from "@/lib/db/client";
import { rebaseDraft } from "@/lib/db/editing/drafts";
import { handleRoute, partParams } from "@/lib/http/handle-route";
import { readMutation } from "@/lib/http/read-mutation";

export const dynamic = "force-dynamic";

const bodySchema = z.object({ draftVersion: z.number().int().min(1) }).strict();

// POST /api/v1/editor/parts/{slug}/{part}/draft/rebase — keep the draft's text on top of the current revision.
export const POST = handleRoute(partParams, async (request, { slug, part }) => {
  const { actor, body } = await readMutation(request, bodySchema);
  return NextResponse.json(await rebaseDraft({ db: getDb(), actor, slug, part, draftVersion: body.draftVersion }));
});
