/** Restores a part as it was before or after a revision (admins): a new revision; none is ever changed or removed. */
import "server-only";
import { inTransaction } from "../transaction";
import { z } from "zod";
import { assertCan, type Actor } from "../../access/actor";
import { AppError } from "../../errors/app-error";
import { parseSnapshotJson } from "../../editing/part-snapshot";
import { getDb, type Db } from "../client";
import { currentRevision } from "./current-revision";
import { locatePart } from "./locate-part";
import { writeRevision } from "./write-revision";

export const restoreInputSchema = z.object({
  revisionId: z.number().int().min(1),
  /** Restore the part as it was after this revision, or as it was just before it. */
  state: z.enum(["after", "before"]),
  note: z.string().trim().min(1, "say why you restore").max(2000),
});

/** Restoring writes a new revision; no revision is ever changed or removed. */
export async function restoreRevision({ db = getDb(), actor, input }: { db?: Db; actor: Actor; input: z.input<typeof restoreInputSchema> }) {
  assertCan(actor, "content:publish");
  if (actor.kind !== "user") throw new AppError("FORBIDDEN", "Only a signed-in admin can restore.");
  const data = restoreInputSchema.parse(input);
  return inTransaction(
    db,
    async (tx) => {
      const source = await tx.revision.findUnique({ where: { id: data.revisionId } });
      if (!source) throw new AppError("NOT_FOUND", `No revision ${data.revisionId}.`);
      const chapter = await tx.chapter.findUnique({ where: { number: source.chapterNumber }, select: { slug: true } });
      const location = await locatePart(tx, chapter!.slug, source.part);
      const snapshot = parseSnapshotJson(data.state === "after" ? source.after : source.before);
      const current = await currentRevision(tx, location.chapterNumber, location.part);
      const created = await writeRevision(tx, { location, actor, kind: "restore", note: data.note, after: snapshot, expectedRevision: current }, {});
      return { revision: created.number };
    },
    { timeout: 30_000, maxWait: 10_000 },
  );
}
