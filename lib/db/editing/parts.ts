/**
 * Reading a part for editing, and writing a snapshot back into the public blocks.
 * A part is "intro" (the agency chapter's opening blocks) or one of its six parts.
 */
import "server-only";
import { randomBytes } from "node:crypto";
import { z } from "zod";
import { assertCan, type Actor } from "../../auth/actor";
import { AppError } from "../../errors/app-error";
import { parseSnapshotJson, partSlugSchema, type PartSlug, type PartSnapshot } from "../../editing/part-snapshot";
import type { Db } from "../client";
import { parseKinds } from "../chapters/dto";

export type Tx = Parameters<Parameters<Db["$transaction"]>[0]>[0];

const slugSchema = z.string().regex(/^[a-z0-9-]{1,64}$/, "an agency slug is lowercase letters, digits and hyphens");

type PartLocation = { chapterNumber: number; slug: string; title: string; part: PartSlug; sectionId: number | null; heading: string; kind: "blocks" | "footnotes" };

export async function locatePart(db: Db | Tx, slugInput: string, partInput: string): Promise<PartLocation> {
  const slug = slugSchema.parse(slugInput);
  const part = partSlugSchema.parse(partInput);
  const chapter = await db.chapter.findUnique({ where: { slug }, select: { number: true, kind: true, title: true, sections: { select: { id: true, kinds: true, heading: true } } } });
  if (!chapter || chapter.kind !== "agency") throw new AppError("NOT_FOUND", `No agency chapter "${slug}".`);
  const base = { chapterNumber: chapter.number, slug, title: chapter.title, sectionId: null, kind: "blocks" as const };
  if (part === "intro") return { ...base, part, heading: "Introduction" };
  if (part === "footnotes") return { ...base, part, heading: "Footnotes", kind: "footnotes" };
  // ILO merges challenges and gaps into one part: either name finds it, and its first kind names it.
  const section = chapter.sections.find((s) => parseKinds(s.kinds).includes(part));
  if (!section) throw new AppError("NOT_FOUND", `${chapter.title} has no ${part} part.`);
  return { ...base, part: parseKinds(section.kinds)[0]!, sectionId: section.id, heading: section.heading };
}

/** The part's published blocks as a snapshot, with effective tags (editor tags override rule tags). */
export async function readPublishedSnapshot(db: Db | Tx, location: PartLocation): Promise<PartSnapshot & { sources: Record<string, string> }> {
  if (location.kind === "footnotes") return readFootnotes(db, location);
  const rows = await db.block.findMany({
    where: { chapterNumber: location.chapterNumber, sectionId: location.sectionId },
    orderBy: { position: "asc" },
    select: { id: true, type: true, label: true, depth: true, text: true, sourceText: true, tags: { select: { vocabulary: true, tag: true, source: true, applied: true } } },
  });
  return {
    blocks: rows.map((r) => {
      const removed = new Set(r.tags.filter((t) => t.source === "editor" && !t.applied).map((t) => `${t.vocabulary}:${t.tag}`));
      const effective = r.tags.filter((t) => t.applied && !(t.source === "rule" && removed.has(`${t.vocabulary}:${t.tag}`)));
      const of = (v: string) => [...new Set(effective.filter((t) => t.vocabulary === v).map((t) => t.tag))].sort();
      return { id: r.id, type: z.enum(["paragraph", "item", "subheading"]).parse(r.type), label: r.label, depth: r.depth, text: r.text, themes: of("theme"), gcm: of("gcm") };
    }),
    sources: Object.fromEntries(rows.filter((r) => r.sourceText !== "").map((r) => [r.id, r.sourceText])),
  };
}

/** The part's latest revision number (0: never edited, the 2013 text). */
export async function currentRevision(db: Db | Tx, chapterNumber: number, part: string): Promise<number> {
  const latest = await db.revision.findFirst({ where: { chapterNumber, part }, orderBy: { number: "desc" }, select: { number: true } });
  return latest?.number ?? 0;
}

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

export async function getEditablePart({ db, actor, slug, part }: { db: Db; actor: Actor; slug: string; part: string }): Promise<EditablePart> {
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

/** A chapter's notes in reading order, as snapshot blocks: the label is the printed number. */
const noteId = (slug: string, position: number) => `${slug}-note-${position + 1}`;

async function readFootnotes(db: Db | Tx, location: PartLocation): Promise<PartSnapshot & { sources: Record<string, string> }> {
  const rows = await db.footnote.findMany({ where: { chapterNumber: location.chapterNumber }, orderBy: { position: "asc" } });
  return {
    blocks: rows.map((r) => ({ id: noteId(location.slug, r.position), type: "paragraph" as const, label: r.number === null ? null : String(r.number), depth: 0, text: r.text, themes: [], gcm: [] })),
    sources: Object.fromEntries(rows.map((r) => [noteId(location.slug, r.position), r.sourceText])),
  };
}

/** Notes can be reworded, not added, removed, renumbered or reordered: their numbers tie them to the text. */
export async function assertFootnoteStructure(db: Db | Tx, location: PartLocation, snapshot: PartSnapshot): Promise<PartSnapshot> {
  const current = await readFootnotes(db, location);
  const same = current.blocks.length === snapshot.blocks.length && current.blocks.every((b, i) => b.id === snapshot.blocks[i]!.id && b.label === snapshot.blocks[i]!.label);
  if (!same) throw new AppError("INVALID_INPUT", "Footnotes can be reworded, but not added, removed, renumbered or reordered: their numbers link them to the text.");
  return current;
}

async function applyFootnotes(tx: Tx, location: PartLocation, snapshot: PartSnapshot): Promise<PartSnapshot> {
  const current = await assertFootnoteStructure(tx, location, snapshot);
  for (const [position, block] of snapshot.blocks.entries()) {
    if (block.text !== current.blocks[position]!.text) {
      await tx.footnote.update({ where: { chapterNumber_position: { chapterNumber: location.chapterNumber, position } }, data: { text: block.text } });
    }
  }
  return { blocks: snapshot.blocks.map((b) => ({ ...b, type: "paragraph", depth: 0, themes: [], gcm: [] })) };
}

const newBlockId = (slug: string, part: string) => `${slug}-${part}-e${randomBytes(4).toString("hex")}`;

/**
 * Makes the part's public blocks equal `snapshot`, inside the caller's transaction: updates
 * changed blocks, creates added ones, deletes removed ones, renumbers the chapter's reading
 * order, and writes editor tags where they differ from the rules. Returns the snapshot with
 * the ids of new blocks filled in.
 */
export async function applySnapshot(tx: Tx, location: PartLocation, snapshot: PartSnapshot, options: { recreate?: boolean } = {}): Promise<PartSnapshot> {
  if (location.kind === "footnotes") return applyFootnotes(tx, location, snapshot);
  const chapterBlocks = await tx.block.findMany({
    where: { chapterNumber: location.chapterNumber },
    orderBy: { position: "asc" },
    select: { id: true, sectionId: true, position: true, line: true, tags: { select: { vocabulary: true, tag: true, source: true } } },
  });
  const existing = new Map(chapterBlocks.filter((b) => b.sectionId === location.sectionId).map((b) => [b.id, b]));
  const foreign = chapterBlocks.filter((b) => b.sectionId !== location.sectionId);
  // Ids not in the part: an error for a save; for a restore, blocks deleted since come back under their old ids.
  const missing = snapshot.blocks.flatMap((b) => (b.id !== null && !existing.has(b.id) ? [b.id] : []));
  if (missing.length > 0 && !options.recreate) throw new AppError("INVALID_INPUT", `Block ${missing[0]} is not in ${location.slug}/${location.part}.`);
  const elsewhere = missing.length > 0 ? await tx.block.findFirst({ where: { id: { in: missing } }, select: { id: true } }) : null;
  if (elsewhere) throw new AppError("CONFLICT", `Block ${elsewhere.id} now belongs to another part.`);
  const firstLine = chapterBlocks.find((b) => b.sectionId === location.sectionId)?.line ?? chapterBlocks[0]?.line ?? 1;
  const result: PartSnapshot = { blocks: snapshot.blocks.map((b) => ({ ...b, id: b.id ?? newBlockId(location.slug, location.part) })) };

  const kept = new Set(result.blocks.map((b) => b.id));
  const removed = [...existing.keys()].filter((id) => !kept.has(id));
  if (removed.length > 0) await tx.block.deleteMany({ where: { id: { in: removed } } });

  for (const block of result.blocks) {
    const data = { type: block.type, label: block.label, depth: block.depth, text: block.text };
    if (existing.has(block.id!)) await tx.block.update({ where: { id: block.id! }, data: { ...data, version: { increment: 1 } } });
    else await tx.block.create({ data: { ...data, id: block.id!, chapterNumber: location.chapterNumber, sectionId: location.sectionId, position: 0, sourceText: "", line: firstLine } });
    // Editor tags: add what the rules lack, remove (applied=false) rule tags the editor took off.
    const ruleTags = new Set((existing.get(block.id!)?.tags ?? []).filter((t) => t.source === "rule").map((t) => `${t.vocabulary}:${t.tag}`));
    const wanted = new Set([...block.themes.map((t) => `theme:${t}`), ...block.gcm.map((t) => `gcm:${t}`)]);
    await tx.blockTag.deleteMany({ where: { blockId: block.id!, source: "editor" } });
    const editorRows = [
      ...[...wanted].filter((k) => !ruleTags.has(k)).map((k) => ({ key: k, applied: true })),
      ...[...ruleTags].filter((k) => !wanted.has(k)).map((k) => ({ key: k, applied: false })),
    ].map(({ key, applied }) => {
      const [vocabulary, tag] = key.split(":") as [string, string];
      return { blockId: block.id!, vocabulary, tag, source: "editor", matched: "[]", applied };
    });
    if (editorRows.length > 0) await tx.blockTag.createMany({ data: editorRows });
  }

  // Reading order: the chapter's other blocks keep their order; this part's blocks take its place.
  const partStart = chapterBlocks.findIndex((b) => b.sectionId === location.sectionId);
  const insertAt = partStart === -1 ? foreign.filter((b) => (location.sectionId === null ? false : b.sectionId !== null && b.sectionId < location.sectionId) || b.sectionId === null).length : foreign.filter((b) => chapterBlocks.indexOf(b) < partStart).length;
  const order = [...foreign.slice(0, insertAt).map((b) => b.id), ...result.blocks.map((b) => b.id!), ...foreign.slice(insertAt).map((b) => b.id)];
  const base = chapterBlocks[0]?.position ?? 0;
  const positionOf = new Map(chapterBlocks.map((b) => [b.id, b.position]));
  for (const [i, id] of order.entries()) {
    if (positionOf.get(id) !== base + i) await tx.block.update({ where: { id }, data: { position: base + i } });
  }
  return result;
}
