/**
 * Publishing and restoring (admins). Each writes the public blocks, a revision (who, when,
 * note, before and after) and an audit event in one transaction, then moves the content
 * version so every instance's search index and pages pick up the change.
 */
import "server-only";
import { inTransaction } from "../transaction";
import { z } from "zod";
import type { ConflictDetails } from "../../editing/conflict-details";
import { assertCan, type Actor } from "../../access/actor";
import { AppError } from "../../errors/app-error";
import { parseSnapshotJson, partTarget, type PartSnapshot } from "../../editing/part-snapshot";
import { getDb, type Db } from "../client";
import { recordAuditEvent } from "../audit/audit-events";
import { bumpContentVersion } from "../content/bump-content-version";
import { applySnapshot, currentRevision, locatePart, readPublishedSnapshot, type Tx } from "./parts";

export const publishInputSchema = z.object({
  slug: z.string().max(64),
  part: z.string().max(32),
  /** The draft version the admin reviewed: a later save must be reviewed again. */
  draftVersion: z.number().int().min(1),
  note: z.string().trim().min(1, "say what changed and why").max(2000),
});

type TestHooks = { failAfterWrite?: boolean };

async function writeRevision(
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
