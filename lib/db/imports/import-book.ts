/**
 * Writes a parsed book to the database in one transaction: either every chapter,
 * block, footnote and glossary term is replaced and the run recorded, or nothing
 * changes. A source whose sha256 matches the last run is left alone.
 * Parts that editors published are merged, not replaced (lib/editing/merge-source.ts):
 * untouched blocks take the new source, edited ones keep the editors' text, and where
 * both changed the import lists a conflict.
 */
import "server-only";
import { inTransaction } from "../transaction";
import { assertCan, type Actor } from "../../access/actor";
import type { AgenciesFile } from "../../book/content/agencies";
import type { BookReport } from "../../ingest/parse-book";
import type { BookExport, Footnote } from "../../book/schema";
import type { RuleTag } from "../../themes/tag-book";
import type { Db } from "../client";
import { bumpContentVersion } from "../content/bump-content-version";
import { mergeFootnotes, mergeSource, type MergeConflict, type PriorBlock } from "../../editing/merge-source";
import { parseSnapshotJson } from "../../editing/part-snapshot";
import { applySnapshot } from "../editing/apply-snapshot";
import { findPart } from "../editing/locate-part";
import { readPublishedSnapshot } from "../editing/read-published-snapshot";
import { type Tx } from "../transaction";
import { planImport } from "./plan-import";

export type ImportOutcome =
  | { status: "unchanged"; sha256: string; importedAt: Date }
  | {
      status: "imported";
      sha256: string;
      runId: number;
      blocks: number;
      reason: "first import" | "source changed" | "rules changed" | "forced";
      /** Parts editors changed, merged with the new source rather than replaced. */
      editedParts: string[];
      conflicts: (MergeConflict & { part: string })[];
    };

export type ImportBookOptions = {
  db: Db;
  actor: Actor;
  book: BookExport;
  report: BookReport;
  agencies: AgenciesFile;
  /** Rule tags to store with the blocks (editor tags are never touched). */
  tags: RuleTag[];
  /** Chapter 1's notes (not part of the export format). */
  overviewFootnotes?: Footnote[];
  /** Re-import even when the source is unchanged. */
  force?: boolean;
  /** Test hook: throw after writing, to prove the transaction rolls back. */
  failAfterWrite?: boolean;
};

export async function importBook(options: ImportBookOptions): Promise<ImportOutcome> {
  const { db, actor } = options;
  assertCan(actor, "content:import");
  const plan = planImport(options);
  const { book, fingerprint } = plan;

  const last = await db.importRun.findFirst({ orderBy: { id: "desc" } });
  const chapterCount = await db.chapter.count();
  const sameSource = last !== null && last.sourceSha256 === book.source.sha256 && chapterCount > 0;
  if (!options.force && sameSource && last.fingerprint === fingerprint) {
    return { status: "unchanged", sha256: last.sourceSha256, importedAt: last.finishedAt };
  }
  const reason = options.force ? "forced" : !last || chapterCount === 0 ? "first import" : sameSource ? "rules changed" : "source changed";

  const startedAt = new Date();
  const editedParts: string[] = [];
  const conflicts: (MergeConflict & { part: string })[] = [];
  const runId = await inTransaction(
    db,
    async (tx) => {
      const edited = await readEditedParts(tx);
      await tx.blockTag.deleteMany();
      await tx.blockFootnote.deleteMany();
      await tx.block.deleteMany();
      await tx.footnote.deleteMany();
      await tx.section.deleteMany();
      await tx.chapter.deleteMany();
      await tx.glossaryTerm.deleteMany();

      await tx.chapter.createMany({ data: plan.chapters });
      const sectionId = new Map<string, number>();
      for (const section of plan.sections) {
        const created = await tx.section.create({ data: section });
        sectionId.set(`${section.chapterNumber}:${section.position}`, created.id);
      }
      await tx.block.createMany({
        data: plan.blocks.map((r) => ({
          id: r.id,
          chapterNumber: r.chapterNumber,
          sectionId: r.section ? sectionId.get(`${r.section.chapterNumber}:${r.section.position}`)! : null,
          position: r.position,
          type: r.block.type,
          label: r.block.label,
          depth: r.block.depth,
          text: r.block.text,
          sourceText: r.block.text,
          line: r.block.line,
        })),
      });
      const footnotes = await tx.footnote.createManyAndReturn({ data: plan.footnotes.map((f) => ({ ...f, sourceText: f.text })) });
      const footnoteId = new Map(footnotes.map((f) => [`${f.chapterNumber}:${f.number}`, f.id]));
      await tx.blockFootnote.createMany({ data: plan.links.map((l) => ({ blockId: l.blockId, footnoteId: footnoteId.get(`${l.chapterNumber}:${l.number}`)!, position: l.position })) });
      await tx.blockTag.createMany({ data: plan.tags });
      await tx.glossaryTerm.createMany({ data: plan.glossary });
      const run = await tx.importRun.create({
        data: {
          sourceFile: book.source.file,
          sourceSha256: book.source.sha256,
          fingerprint,
          startedAt,
          finishedAt: new Date(),
          counts: JSON.stringify(plan.totals),
          warnings: JSON.stringify(plan.warnings),
        },
      });
      for (const part of edited) {
        const name = `${part.slug}/${part.part}`;
        editedParts.push(name);
        // A part the new source no longer has: its edited blocks are listed as conflicts.
        const location = await findPart(tx, part.slug, part.part);
        if (!location) {
          conflicts.push(...part.prior.filter((b) => b.text !== b.sourceText).map((b) => ({ part: name, blockId: b.id, reason: "source removed an edited block" as const, editorText: b.text, oldSource: b.sourceText, newSource: null })));
          continue;
        }
        const fresh = await readPublishedSnapshot(tx, location);
        const source = fresh.blocks.map((b) => ({ ...b, id: b.id! }));
        const merged = location.kind === "footnotes" ? mergeFootnotes({ prior: part.prior, source }) : mergeSource({ prior: part.prior, source, deletedByEditors: part.deleted, deletedTexts: part.deletedTexts });
        await applySnapshot(tx, location, merged.snapshot, { recreate: true });
        conflicts.push(...merged.conflicts.map((c) => ({ ...c, part: name })));
      }
      await bumpContentVersion(tx);
      if (options.failAfterWrite) throw new Error("Injected failure after writing (test hook).");
      return run.id;
    },
    { timeout: 120_000, maxWait: 30_000 },
  );
  return { status: "imported", sha256: book.source.sha256, runId, blocks: plan.totals.blocks, reason, editedParts, conflicts };
}

/** Every part with a revision, as published now, with the ids (and texts) of the blocks editors deleted along the way. */
async function readEditedParts(tx: Tx): Promise<{ slug: string; part: string; prior: PriorBlock[]; deleted: Set<string>; deletedTexts: Set<string> }[]> {
  const revisions = await tx.revision.findMany({ orderBy: { id: "asc" }, select: { chapterNumber: true, part: true, before: true, after: true } });
  const byPart = new Map<string, { chapterNumber: number; part: string; list: typeof revisions }>();
  for (const r of revisions) {
    const key = `${r.chapterNumber}:${r.part}`;
    if (!byPart.has(key)) byPart.set(key, { chapterNumber: r.chapterNumber, part: r.part, list: [] });
    byPart.get(key)!.list.push(r);
  }
  const out = [];
  for (const { chapterNumber, part, list } of byPart.values()) {
    const chapter = await tx.chapter.findUnique({ where: { number: chapterNumber }, select: { slug: true } });
    if (!chapter) continue;
    // An edited part whose chapter no longer has it carries nothing over (its revisions stay in the history).
    const location = await findPart(tx, chapter.slug, part);
    if (!location) continue;
    const published = await readPublishedSnapshot(tx, location);
    const editorTagged = new Set((await tx.blockTag.findMany({ where: { source: "editor", block: { chapterNumber, sectionId: location.sectionId } }, select: { blockId: true } })).map((t) => t.blockId));
    const prior = published.blocks.map((b) => ({ ...b, id: b.id!, sourceText: published.sources[b.id!] ?? "", tagsEdited: editorTagged.has(b.id!) }));
    const live = new Set(prior.map((b) => b.id));
    const seen = list.flatMap((r) => [...parseSnapshotJson(r.before).blocks, ...parseSnapshotJson(r.after).blocks]).filter((b): b is typeof b & { id: string } => b.id !== null);
    const gone = seen.filter((b) => !live.has(b.id));
    out.push({ slug: chapter.slug, part, prior, deleted: new Set(gone.map((b) => b.id)), deletedTexts: new Set(gone.map((b) => b.text)) });
  }
  return out;
}
