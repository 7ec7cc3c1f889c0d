/** A part for the editor: what is published, its revision, and the draft if there is one (signed-in users). */
import "server-only";
import { z } from "zod";
import { assertCan, type Actor } from "../../access/actor";
import { parseSnapshotJson, type PartSlug, type PartSnapshot } from "../../editing/part-snapshot";
import { getDb, type Db } from "../client";
import { locatePart } from "./locate-part";
import { readPublishedSnapshot } from "./read-published-snapshot";
import { currentRevision } from "./current-revision";

export type EditablePart = {
  slug: string;
  title: string;
  part: PartSlug;
  heading: string;
  revision: number;
  published: PartSnapshot;
  /** The 2013 text of each block that came from the book. */
  sources: Record<string, string>;
  draft: { id: number; version: number; baseRevision: number; status: "draft" | "submitted"; content: PartSnapshot; note: string; updatedAt: string; updatedBy: string } | null;
};

export async function getEditablePart({ db = getDb(), actor, slug, part }: { db?: Db; actor: Actor; slug: string; part: string }): Promise<EditablePart> {
  assertCan(actor, "content:read-drafts");
  const location = await locatePart(db, slug, part);
  const [published, revision, draft] = await Promise.all([
    readPublishedSnapshot(db, location),
    currentRevision(db, location.chapterNumber, location.part),
    db.draft.findUnique({ where: { chapterNumber_part: { chapterNumber: location.chapterNumber, part: location.part } } }),
  ]);
  const updatedBy = draft ? ((await db.user.findUnique({ where: { id: draft.updatedById }, select: { email: true } }))?.email ?? "a deleted user") : "";
  return {
    slug: location.slug,
    title: location.title,
    part: location.part,
    heading: location.heading,
    revision,
    published: { blocks: published.blocks },
    sources: published.sources,
    draft: draft
      ? {
          id: draft.id,
          version: draft.version,
          baseRevision: draft.baseRevision,
          status: z.enum(["draft", "submitted"]).parse(draft.status),
          content: parseSnapshotJson(draft.content),
          note: draft.note,
          updatedAt: draft.updatedAt.toISOString(),
          updatedBy,
        }
      : null,
  };
}
