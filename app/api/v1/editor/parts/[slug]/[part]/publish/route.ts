import { NextResponse } from "next/server";
import { assertSignedIn } from "@/lib/auth/actor";
import { requestActor } from "@/lib/auth/request-actor";
import { getDb } from "@/lib/db/client";
import { publishDraft, publishInputSchema } from "@/lib/db/editing/publish";
import { env } from "@/lib/env";
import { handleRoute, partParams } from "@/lib/http/handle-route";
import { assertSameOrigin, readJsonBody } from "@/lib/http/mutation-guard";

export const dynamic = "force-dynamic";

const bodySchema = publishInputSchema.omit({ slug: true, part: true }).strict();

// POST /api/v1/editor/parts/{slug}/{part}/publish — make the reviewed draft public (admins).
export const POST = handleRoute(partParams, async (request, { slug, part }) => {
  assertSameOrigin(request, env.SITE_URL);
  const actor = await requestActor(request.headers);
  assertSignedIn(actor);
  const body = await readJsonBody(request, bodySchema, env.SITE_URL);
  const result = await publishDraft({ db: getDb(), actor, input: { ...body, slug, part } });
  return NextResponse.json(result);
});
