import { NextResponse } from "next/server";
import { restoreInputSchema, restoreRevision } from "@/lib/db/editing/publish";
import { handleMutation } from "@/lib/http/handle-mutation";
import { idParams } from "@/lib/http/handle-route";

export const dynamic = "force-dynamic";

const bodySchema = restoreInputSchema.omit({ revisionId: true }).strict();

// POST /api/v1/editor/revisions/{id}/restore — restore a part as it was before or after a revision (admins).
export const POST = handleMutation(idParams, bodySchema, async ({ actor, body, params: { id } }) => {
  const result = await restoreRevision({ actor, input: { ...body, revisionId: id } });
  return NextResponse.json(result);
});
