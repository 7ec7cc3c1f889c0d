/**
 * Reading a part for editing, and writing a snapshot back into the public blocks.
 * A part is "intro" (the agency chapter's opening blocks) or one of its six parts.
 */
import "server-only";
import { randomBytes } from "node:crypto";
import { z } from "zod";
import { assertCan, type Actor } from "../../access/actor";
import { AppError } from "../../errors/app-error";
import { toAppError } from "../../errors/to-app-error";
import { parseSnapshotJson, partSlugSchema, type PartSlug, type PartSnapshot, type SnapshotBlock } from "../../editing/part-snapshot";
import { getDb, type Db } from "../client";
import { agencySlugSchema, blockTypeSchema } from "../../book/schema";
import { effectiveTags } from "../../themes/effective-tags";
import { parseKinds } from "../chapters/dto";

export type { Tx } from "../transaction";
import type { Tx } from "../transaction";

type PartLocation = { chapterNumber: number; slug: string; title: string; part: PartSlug; sectionId: number | null; heading: string; kind: "blocks" | "footnotes" };

export async function locatePart(db: Db | Tx, slugInput: string, partInput: string): Promise<PartLocation> {
  // Bad input is INVALID_INPUT here, not a ZodError for every caller to re-map.
  const slug = agencySlugSchema.safeParse(slugInput);
  const part = partSlugSchema.safeParse(partInput);
  if (!slug.success) throw new AppError("INVALID_INPUT", `"${String(slugInput).slice(0, 64)}" is not an agency slug.`);
  if (!part.success) throw new AppError("INVALID_INPUT", `"${String(partInput).slice(0, 32)}" is not a part (intro, footnotes, or a part such as recommendations).`);
  return locateValid(db, slug.data, part.data);
}

async function locateValid(db: Db | Tx, slug: string, part: PartSlug): Promise<PartLocation> {
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
/** The part, or null when the chapter or the part does not exist (an expected absence); any other failure throws. */
export async function findPart(db: Db | Tx, slug: string, part: string): Promise<PartLocation | null> {
  try {
    return await locatePart(db, slug, part);
  } catch (thrown) {
    if (toAppError(thrown).code === "NOT_FOUND") return null;
    throw thrown;
  }
}

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
  const [chapterBlocks, sections] = await Promise.all([
    tx.block.findMany({
      where: { chapterNumber: location.chapterNumber },
      orderBy: { position: "asc" },
      select: { id: true, sectionId: true, position: true, line: true, type: true, label: true, depth: true, text: true, tags: { select: { vocabulary: true, tag: true, source: true, applied: true } } },
    }),
    tx.section.findMany({ where: { chapterNumber: location.chapterNumber }, select: { id: true, position: true } }),
  ]);
  const existing = new Map(chapterBlocks.filter((b) => b.sectionId === location.sectionId).map((b) => [b.id, b]));
  // Ids not in the part: an error for a save; for a restore, blocks deleted since come back under their old ids.
  const missing = snapshot.blocks.flatMap((b) => (b.id !== null && !existing.has(b.id) ? [b.id] : []));
  if (missing.length > 0 && !options.recreate) throw new AppError("INVALID_INPUT", `Block ${missing[0]} is not in ${location.slug}/${location.part}.`);
  const elsewhere = missing.length > 0 ? await tx.block.findFirst({ where: { id: { in: missing } }, select: { id: true } }) : null;
  if (elsewhere) throw new AppError("CONFLICT", `Block ${elsewhere.id} now belongs to another part.`);
  const firstLine = existing.values().next().value?.line ?? chapterBlocks[0]?.line ?? 1;
  const result: PartSnapshot = { blocks: snapshot.blocks.map((b) => ({ ...b, id: b.id ?? newBlockId(location.slug, location.part) })) };

  const kept = new Set(result.blocks.map((b) => b.id));
  const removed = [...existing.keys()].filter((id) => !kept.has(id));
  if (removed.length > 0) await tx.block.deleteMany({ where: { id: { in: removed } } });

  for (const block of result.blocks) {
    const id = block.id!;
    const before = existing.get(id);
    const data = { type: block.type, label: block.label, depth: block.depth, text: block.text };
    if (!before) await tx.block.create({ data: { ...data, id, chapterNumber: location.chapterNumber, sectionId: location.sectionId, position: 0, sourceText: "", line: firstLine } });
    else if (before.type !== data.type || before.label !== data.label || before.depth !== data.depth || before.text !== data.text) {
      await tx.block.update({ where: { id }, data: { ...data, version: { increment: 1 } } });
    }
    await writeEditorTags(tx, id, before?.tags ?? [], block);
  }

  // Reading order: intro first, then the parts in section order; within a part, the order given.
  const rank = (sectionId: number | null) => (sectionId === null ? -1 : (sections.find((s) => s.id === sectionId)?.position ?? 0));
  const order = [
    ...chapterBlocks.filter((b) => b.sectionId !== location.sectionId).map((b) => ({ id: b.id, rank: rank(b.sectionId) })),
    ...result.blocks.map((b) => ({ id: b.id!, rank: rank(location.sectionId) })),
  ].sort((a, b) => a.rank - b.rank); // stable: each part keeps its own order
  const base = chapterBlocks[0]?.position ?? 0;
  const positionOf = new Map(chapterBlocks.map((b) => [b.id, b.position]));
  for (const [i, { id }] of order.entries()) {
    if (positionOf.get(id) !== base + i) await tx.block.update({ where: { id }, data: { position: base + i } });
  }
  return result;
}

type StoredTag = { vocabulary: string; tag: string; source: string; applied: boolean };

/**
 * Editor tags make the block's effective tags equal the snapshot's: added where the rules lack a
 * tag, applied=false where the editor took a rule tag off. Rewritten only when they differ.
 */
async function writeEditorTags(tx: Tx, blockId: string, stored: StoredTag[], block: SnapshotBlock): Promise<void> {
  const key = (t: { vocabulary: string; tag: string }) => `${t.vocabulary}:${t.tag}`;
  const wanted = new Set([...block.themes.map((t) => `theme:${t}`), ...block.gcm.map((t) => `gcm:${t}`)]);
  if (setsEqual(wanted, new Set(effectiveTags(stored).map(key)))) return;
  const ruleTags = new Set(stored.filter((t) => t.source === "rule").map(key));
  const rows = [
    ...[...wanted].filter((k) => !ruleTags.has(k)).map((k) => ({ k, applied: true })),
    ...[...ruleTags].filter((k) => !wanted.has(k)).map((k) => ({ k, applied: false })),
  ].map(({ k, applied }) => {
    const [vocabulary, tag] = k.split(":") as [string, string];
    return { blockId, vocabulary, tag, source: "editor", matched: "[]", applied };
  });
  await tx.blockTag.deleteMany({ where: { blockId, source: "editor" } });
  if (rows.length > 0) await tx.blockTag.createMany({ data: rows });
}

const setsEqual = (a: Set<string>, b: Set<string>) => a.size === b.size && [...a].every((x) => b.has(x));
