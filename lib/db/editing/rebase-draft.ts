/** Moves a draft started from an older revision onto the current one, keeping its text. */
import "server-only";
import { inTransaction } from "../transaction";
import { z } from "zod";
import { assertCan, type Actor } from "../../access/actor";
import { AppError } from "../../errors/app-error";
import { getDb, type Db } from "../client";
import { currentRevision } from "./current-revision";
import { locatePart } from "./locate-part";

/**
 * Moves a draft started from an older revision (the part was published or restored since) onto the
 * current one, keeping the draft's text: the editor has seen both texts and chose to keep theirs.
 * Without this, such a draft could be neither saved nor published again.
 */
export async function rebaseDraft({ db = getDb(), actor, slug, part, draftVersion }: { db?: Db; actor: Actor; slug: string; part: string; draftVersion: number }): Promise<{ version: number; baseRevision: number }> {
  assertCan(actor, "content:edit");
  if (actor.kind !== "user") throw new AppError("FORBIDDEN", "Only a signed-in editor can rebase drafts.");
  const location = await locatePart(db, slug, part);
  return inTransaction(db, async (tx) => {
    const [draft, revision] = await Promise.all([
      tx.draft.findUnique({ where: { chapterNumber_part: { chapterNumber: location.chapterNumber, part: location.part } } }),
      currentRevision(tx, location.chapterNumber, location.part),
    ]);
    if (!draft) throw new AppError("NOT_FOUND", "There is no draft to rebase.");
    if (draft.version !== z.number().int().parse(draftVersion)) throw new AppError("CONFLICT", "The draft was saved again since you opened it; reload before rebasing.");
    const saved = await tx.draft.update({ where: { id: draft.id, version: draft.version }, data: { baseRevision: revision, version: { increment: 1 }, updatedById: actor.id } });
    return { version: saved.version, baseRevision: revision };
  });
}
