/** A part as published now, as a snapshot (blocks or notes, with their tags), and each block's 2013 text. */
import "server-only";
import { type PartSnapshot } from "../../editing/part-snapshot";
import { type Db } from "../client";
import { blockTypeSchema } from "../../book/schema";
import { effectiveTags } from "../../themes/effective-tags";
import type { Tx } from "../transaction";
import type { PartLocation } from "./locate-part";

export async function readPublishedSnapshot(db: Db | Tx, location: PartLocation): Promise<PartSnapshot & { sources: Record<string, string> }> {
  if (location.kind === "footnotes") return readFootnotes(db, location);
  const rows = await db.block.findMany({
    where: { chapterNumber: location.chapterNumber, sectionId: location.sectionId },
    orderBy: { position: "asc" },
    select: { id: true, type: true, label: true, depth: true, text: true, sourceText: true, tags: { select: { vocabulary: true, tag: true, source: true, applied: true } } },
  });
  return {
    blocks: rows.map((r) => {
      const effective = effectiveTags(r.tags);
      const of = (v: string) => [...new Set(effective.filter((t) => t.vocabulary === v).map((t) => t.tag))].sort();
      return { id: r.id, type: blockTypeSchema.parse(r.type), label: r.label, depth: r.depth, text: r.text, themes: of("theme"), gcm: of("gcm") };
    }),
    sources: Object.fromEntries(rows.filter((r) => r.sourceText !== "").map((r) => [r.id, r.sourceText])),
  };
}

/** A chapter's notes in reading order, as snapshot blocks: the label is the printed number. */
const noteId = (slug: string, position: number) => `${slug}-note-${position + 1}`;

export async function readFootnotes(db: Db | Tx, location: PartLocation): Promise<PartSnapshot & { sources: Record<string, string> }> {
  const rows = await db.footnote.findMany({ where: { chapterNumber: location.chapterNumber }, orderBy: { position: "asc" } });
  return {
    blocks: rows.map((r) => ({ id: noteId(location.slug, r.position), type: "paragraph" as const, label: r.number === null ? null : String(r.number), depth: 0, text: r.text, themes: [], gcm: [] })),
    sources: Object.fromEntries(rows.map((r) => [noteId(location.slug, r.position), r.sourceText])),
  };
}
