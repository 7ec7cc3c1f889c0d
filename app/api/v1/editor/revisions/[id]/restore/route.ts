import { NextResponse } from "next/server";
import { restoreRevision } from "@/lib/db/editing/restore-revision";
import { restoreBody } from "@/lib/http/api-contract";
import { handleMutation } from "@/lib/http/handle-mutation";
import { idParams } from "@/lib/http/handle-route";

export const dynamic = "force-dynamic";

// POST /api/v1/editor/revisions/{id}/restore — restore a part as it was before or after a revision (admins).
export const POST = handleMutation(idParams, restoreBody, async ({ actor, body, params: { id } }) => {
  const result = await restoreRevision({ actor, input: { ...body, revisionId: id } });
  return NextResponse.json(result);
});
