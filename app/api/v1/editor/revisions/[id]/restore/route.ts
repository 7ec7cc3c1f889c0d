import { NextResponse } from "next/server";
import { getDb } from "@/lib/db/client";
import { restoreInputSchema, restoreRevision } from "@/lib/db/editing/publish";
import { handleRoute, idParams } from "@/lib/http/handle-route";
import { readMutation } from "@/lib/http/read-mutation";

export const dynamic = "force-dynamic";

const bodySchema = restoreInputSchema.omit({ revisionId: true }).strict();

// POST /api/v1/editor/revisions/{id}/restore — restore a part as it was before or after a revision (admins).
export const POST = handleRoute(idParams, async (request, { id }) => {
  const { actor, body } = await readMutation(request, bodySchema);
  const result = await restoreRevision({ db: getDb(), actor, input: { ...body, revisionId: id } });
  return NextResponse.json(result);
});
