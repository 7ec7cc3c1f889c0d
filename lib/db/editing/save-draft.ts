/**
 * Saves an editor's draft of a part (unpublished, visible only in the editor). Every save carries the
 * draft version it started from (null for a new draft) and the part revision it is based on; a stale
 * save is refused with CONFLICT and both texts, so nothing is overwritten.
 */
import "server-only";
import { inTransaction } from "../transaction";
import { z } from "zod";
import type { ConflictDetails } from "../../editing/conflict-details";
import { assertCan, type Actor } from "../../access/actor";
import { AppError } from "../../errors/app-error";
import { parseSnapshotJson, partSnapshotSchema, partTarget } from "../../editing/part-snapshot";
import { getDb, type Db } from "../client";
import { recordAuditEvent } from "../audit/record-audit-event";
import { assertFootnoteStructure } from "./apply-snapshot";
import { currentRevision } from "./current-revision";
import { locatePart } from "./locate-part";

export const saveDraftInputSchema = z.object({
  slug: z.string().max(64),
  part: z.string().max(32),
  /** The part revision the editor started from. */
  baseRevision: z.number().int().min(0),
  /** The draft version the editor started from; null when they started from the published part. */
  draftVersion: z.number().int().min(1).nullable(),
  content: partSnapshotSchema,
  note: z.string().trim().max(2000).default(""),
  submit: z.boolean().default(false),
});

export type SaveDraftInput = z.input<typeof saveDraftInputSchema>;

export type SavedDraft = { id: number; version: number; status: "draft" | "submitted" };

export async function saveDraft({ db = getDb(), actor, input }: { db?: Db; actor: Actor; input: SaveDraftInput }): Promise<SavedDraft> {
  assertCan(actor, "content:edit");
  if (actor.kind !== "user") throw new AppError("FORBIDDEN", "Only a signed-in editor can save drafts.");
  const data = saveDraftInputSchema.parse(input);
  const location = await locatePart(db, data.slug, data.part);
  const where = { chapterNumber_part: { chapterNumber: location.chapterNumber, part: location.part } };
  if (location.kind === "footnotes") await assertFootnoteStructure(db, location, data.content);

  return inTransaction(db, async (tx) => {
    const [draft, revision] = await Promise.all([tx.draft.findUnique({ where }), currentRevision(tx, location.chapterNumber, location.part)]);
    const theirs = draft ? { version: draft.version, content: parseSnapshotJson(draft.content) } : null;
    if (data.baseRevision !== revision) {
      throw new AppError("CONFLICT", `${partTarget(location.slug, location.part)} was published (revision ${revision}) after you started from revision ${data.baseRevision}. Your text is below; reload to see the new version, then re-apply your change.`, {
        details: { yours: data.content, theirs: theirs?.content ?? null, currentRevision: revision } satisfies ConflictDetails,
      });
    }
    if ((draft === null) !== (data.draftVersion === null) || (draft && draft.version !== data.draftVersion)) {
      throw new AppError("CONFLICT", `Someone saved ${partTarget(location.slug, location.part)} after you opened it (draft version ${draft?.version ?? "none"}; you started from ${data.draftVersion ?? "the published text"}). Nothing was overwritten: both texts are shown.`, {
        details: { yours: data.content, theirs: theirs?.content ?? null, theirVersion: theirs?.version ?? null } satisfies ConflictDetails,
      });
    }
    const status = data.submit ? "submitted" : "draft";
    const content = JSON.stringify(data.content);
    const saved = draft
      ? await tx.draft.update({ where: { id: draft.id, version: draft.version }, data: { content, status, note: data.note, version: { increment: 1 }, updatedById: actor.id } })
      : await tx.draft.create({ data: { chapterNumber: location.chapterNumber, part: location.part, baseRevision: revision, content, status, note: data.note, authorId: actor.id, updatedById: actor.id } });
    if (data.submit) await recordAuditEvent(tx, { action: "draft-submitted", actorId: actor.id, actorEmail: actor.email, target: partTarget(location.slug, location.part), detail: { draftVersion: saved.version } });
    return { id: saved.id, version: saved.version, status };
  });
}
