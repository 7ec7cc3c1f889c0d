/** Throws a draft away, if it is still the version the editor saw. */
import "server-only";
import { z } from "zod";
import { assertCan, type Actor } from "../../access/actor";
import { AppError } from "../../errors/app-error";
import { getDb, type Db } from "../client";
import { locatePart } from "./locate-part";

/**
 * Throws the draft away (any editor or admin, as any of them may save over it). The published part
 * is untouched. The version must be the one the editor saw, so a draft saved meanwhile is not lost.
 */
export async function discardDraft({ db = getDb(), actor, slug, part, draftVersion }: { db?: Db; actor: Actor; slug: string; part: string; draftVersion: number }): Promise<void> {
  assertCan(actor, "content:edit");
  if (actor.kind !== "user") throw new AppError("FORBIDDEN", "Only a signed-in editor can discard drafts.");
  const location = await locatePart(db, slug, part);
  const draft = await db.draft.findUnique({ where: { chapterNumber_part: { chapterNumber: location.chapterNumber, part: location.part } } });
  if (!draft) throw new AppError("NOT_FOUND", "There is no draft to discard.");
  const deleted = await db.draft.deleteMany({ where: { id: draft.id, version: z.number().int().parse(draftVersion) } });
  if (deleted.count === 0) throw new AppError("CONFLICT", "The draft was saved again since you opened it; reload before discarding.");
}
