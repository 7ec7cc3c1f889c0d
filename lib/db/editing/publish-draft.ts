/** Publishes the reviewed draft of a part (admins): a new revision, in one transaction. */
import "server-only";
import { inTransaction } from "../transaction";
import { z } from "zod";
import type { ConflictDetails } from "../../editing/conflict-details";
import { assertCan, type Actor } from "../../access/actor";
import { AppError } from "../../errors/app-error";
import { parseSnapshotJson, partTarget } from "../../editing/part-snapshot";
import { getDb, type Db } from "../client";
import { locatePart } from "./locate-part";
import { writeRevision, type TestHooks } from "./write-revision";

export const publishInputSchema = z.object({
  slug: z.string().max(64),
  part: z.string().max(32),
  /** The draft version the admin reviewed: a later save must be reviewed again. */
  draftVersion: z.number().int().min(1),
  note: z.string().trim().min(1, "say what changed and why").max(2000),
});

export async function publishDraft({ db = getDb(), actor, input, hooks = {} }: { db?: Db; actor: Actor; input: z.input<typeof publishInputSchema>; hooks?: TestHooks }) {
  assertCan(actor, "content:publish");
  if (actor.kind !== "user") throw new AppError("FORBIDDEN", "Only a signed-in admin can publish.");
  const data = publishInputSchema.parse(input);
  const location = await locatePart(db, data.slug, data.part);
  return inTransaction(
    db,
    async (tx) => {
      const draft = await tx.draft.findUnique({ where: { chapterNumber_part: { chapterNumber: location.chapterNumber, part: location.part } } });
      if (!draft) throw new AppError("NOT_FOUND", `There is no draft of ${partTarget(location.slug, location.part)} to publish.`);
      if (draft.version !== data.draftVersion) throw new AppError("CONFLICT", `The draft was saved again (version ${draft.version}) after you reviewed version ${data.draftVersion}; review it again.`, { details: { theirVersion: draft.version } satisfies ConflictDetails });
      const created = await writeRevision(tx, { location, actor, kind: "publish", note: data.note, after: parseSnapshotJson(draft.content), expectedRevision: draft.baseRevision }, hooks);
      await tx.draft.delete({ where: { id: draft.id } });
      return { revision: created.number };
    },
    { timeout: 30_000, maxWait: 10_000 },
  );
}
