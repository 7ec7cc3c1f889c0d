import { NextResponse } from "next/server";
import { getDb } from "@/lib/db/client";
import { publishDraft, publishInputSchema } from "@/lib/db/editing/publish";
import { handleRoute, partParams } from "@/lib/http/handle-route";
import { readMutation } from "@/lib/http/read-mutation";

export const dynamic = "force-dynamic";

const bodySchema = publishInputSchema.omit({ slug: true, part: true }).strict();

// POST /api/v1/editor/parts/{slug}/{part}/publish — make the reviewed draft public (admins).
export const POST = handleRoute(partParams, async (request, { slug, part }) => {
  const { actor, body } = await readMutation(request, bodySchema);
  const result = await publishDraft({ db: getDb(), actor, input: { ...body, slug, part } });
  return NextResponse.json(result);
});
