import { NextResponse } from "next/server";
import { getDb } from "@/lib/db/client";
import { z } from "zod";
import { discardDraft, saveDraft, saveDraftInputSchema } from "@/lib/db/editing/drafts";
import { handleRoute, partParams } from "@/lib/http/handle-route";
import { readMutation } from "@/lib/http/read-mutation";

export const dynamic = "force-dynamic";

const bodySchema = saveDraftInputSchema.omit({ slug: true, part: true }).strict();

// PUT /api/v1/editor/parts/{slug}/{part}/draft — save (and optionally submit) a draft. 409 on a stale version.
export const PUT = handleRoute(partParams, async (request, { slug, part }) => {
  const { actor, body } = await readMutation(request, bodySchema);
  const saved = await saveDraft({ db: getDb(), actor, input: { ...body, slug, part } });
  return NextResponse.json(saved);
});

const versionSchema = z.object({ draftVersion: z.number().int().min(1) }).strict();

// DELETE /api/v1/editor/parts/{slug}/{part}/draft — discard the draft { draftVersion }. 409 if it was saved again meanwhile.
export const DELETE = handleRoute(partParams, async (request, { slug, part }) => {
  const { actor, body } = await readMutation(request, versionSchema);
  await discardDraft({ db: getDb(), actor, slug, part, draftVersion: body.draftVersion });
  return NextResponse.json({ discarded: true });
});
