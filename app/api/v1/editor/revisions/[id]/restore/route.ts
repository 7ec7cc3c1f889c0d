import { NextResponse } from "next/server";
import { assertSignedIn } from "@/lib/auth/actor";
import { requestActor } from "@/lib/auth/request-actor";
import { getDb } from "@/lib/db/client";
import { restoreInputSchema, restoreRevision } from "@/lib/db/editing/publish";
import { env } from "@/lib/env";
import { handleRoute, idParams } from "@/lib/http/handle-route";
import { assertSameOrigin, readJsonBody } from "@/lib/http/mutation-guard";

export const dynamic = "force-dynamic";

const bodySchema = restoreInputSchema.omit({ revisionId: true }).strict();

// POST /api/v1/editor/revisions/{id}/restore — restore a part as it was before or after a revision (admins).
export const POST = handleRoute(idParams, async (request, { id }) => {
  assertSameOrigin(request, env.SITE_URL);
  const actor = await requestActor(request.headers);
  assertSignedIn(actor);
  const body = await readJsonBody(request, bodySchema, env.SITE_URL);
  const result = await restoreRevision({ db: getDb(), actor, input: { ...body, revisionId: id } });
  return NextResponse.json(result);
});
