/**
 * What publishing and restoring share, inside their transaction: check the part has not moved on,
 * rewrite its blocks, write the numbered Revision (before and after), audit it and bump the content version.
 */
import "server-only";
import type { ConflictDetails } from "../../editing/conflict-details";
import { type Actor } from "../../access/actor";
import { AppError } from "../../errors/app-error";
import { partTarget, type PartSnapshot } from "../../editing/part-snapshot";
import { recordAuditEvent } from "../audit/record-audit-event";
import { bumpContentVersion } from "../content/bump-content-version";
import { applySnapshot } from "./apply-snapshot";
import { currentRevision } from "./current-revision";
import { locatePart } from "./locate-part";
import { readPublishedSnapshot } from "./read-published-snapshot";
import { type Tx } from "../transaction";

export type TestHooks = { failAfterWrite?: boolean };

export async function writeRevision(
  tx: Tx,
  input: { location: Awaited<ReturnType<typeof locatePart>>; actor: Extract<Actor, { kind: "user" }>; kind: "publish" | "restore"; note: string; after: PartSnapshot; expectedRevision: number },
  hooks: TestHooks,
) {
  const { location, actor } = input;
  const revision = await currentRevision(tx, location.chapterNumber, location.part);
  if (revision !== input.expectedRevision) {
    throw new AppError("CONFLICT", `${partTarget(location.slug, location.part)} changed (now revision ${revision}) since this was prepared from revision ${input.expectedRevision}.`, { details: { currentRevision: revision } satisfies ConflictDetails });
  }
  const before = await readPublishedSnapshot(tx, location);
  const after = await applySnapshot(tx, location, input.after, { recreate: input.kind === "restore" });
  const created = await tx.revision.create({
    data: {
      chapterNumber: location.chapterNumber,
      part: location.part,
      number: revision + 1,
      kind: input.kind,
      authorId: actor.id,
      authorEmail: actor.email,
      note: input.note,
      before: JSON.stringify({ blocks: before.blocks }),
      after: JSON.stringify(after),
    },
  });
  await recordAuditEvent(tx, { action: input.kind === "publish" ? "published" : "restored", actorId: actor.id, actorEmail: actor.email, target: partTarget(location.slug, location.part), detail: { revision: created.number, note: input.note } });
  await bumpContentVersion(tx);
  if (hooks.failAfterWrite) throw new Error("Injected failure after writing (test hook).");
  return created;
}
