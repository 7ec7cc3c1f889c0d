/**
 * Writes a snapshot over a part, inside the caller's transaction (publish, restore, re-ingest): blocks
 * rewritten in order with their editor tags, notes reworded only (their numbers tie them to the text).
 */
import "server-only";
import { randomBytes } from "node:crypto";
import { AppError } from "../../errors/app-error";
import { type PartSnapshot, type SnapshotBlock } from "../../editing/part-snapshot";
import { type Db } from "../client";
import { effectiveTags } from "../../themes/effective-tags";
import type { Tx } from "../transaction";
import type { PartLocation } from "./locate-part";
import { readFootnotes } from "./read-published-snapshot";

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
