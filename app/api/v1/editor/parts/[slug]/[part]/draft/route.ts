import { NextResponse } from "next/server";
import { discardDraft } from "@/lib/db/editing/discard-draft";
import { saveDraft } from "@/lib/db/editing/save-draft";
import { draftVersionBody, saveDraftBody } from "@/lib/http/api-contract";
import { handleMutation } from "@/lib/http/handle-mutation";
import { partParams } from "@/lib/http/handle-route";

export const dynamic = "force-dynamic";

// PUT /api/v1/editor/parts/{slug}/{part}/draft — save (and optionally submit) a draft. 409 on a stale version.
export const PUT = handleMutation(partParams, saveDraftBody, async ({ actor, body, params: { slug, part } }) => {
  const saved = await saveDraft({ actor, input: { ...body, slug, part } });
  return NextResponse.json(saved);
});

// DELETE /api/v1/editor/parts/{slug}/{part}/draft — discard the draft { draftVersion }. 409 if it was saved again meanwhile.
export const DELETE = handleMutation(partParams, draftVersionBody, async ({ actor, body, params: { slug, part } }) => {
  await discardDraft({ actor, slug, part, draftVersion: body.draftVersion });
  return NextResponse.json({ discarded: true });
});
