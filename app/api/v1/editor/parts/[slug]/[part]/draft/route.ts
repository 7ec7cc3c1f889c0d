import { NextResponse } from "next/server";
import { assertSignedIn } from "@/lib/auth/actor";
import { requestActor } from "@/lib/auth/request-actor";
import { getDb } from "@/lib/db/client";
import { saveDraft, saveDraftInputSchema } from "@/lib/db/editing/drafts";
import { env } from "@/lib/env";
import { handleRoute, partParams } from "@/lib/http/handle-route";
import { assertSameOrigin, readJsonBody } from "@/lib/http/mutation-guard";

export const dynamic = "force-dynamic";

const bodySchema = saveDraftInputSchema.omit({ slug: true, part: true }).strict();

// PUT /api/v1/editor/parts/{slug}/{part}/draft — save (and optionally submit) a draft. 409 on a stale version.
export const PUT = handleRoute(partParams, async (request, { slug, part }) => {
  assertSameOrigin(request, env.SITE_URL);
  const actor = await requestActor(request.headers);
  assertSignedIn(actor);
  const body = await readJsonBody(request, bodySchema, env.SITE_URL);
  const saved = await saveDraft({ db: getDb(), actor, input: { ...body, slug, part } });
  return NextResponse.json(saved);
});
