/**
 * Writes a parsed book to the database in one transaction: either every chapter,
 * block, footnote and glossary term is replaced and the run recorded, or nothing
 * changes. A source whose sha256 matches the last run is left alone.
 * Parts that editors published are merged, not replaced (lib/editing/merge-source.ts):
 * untouched blocks take the new source, edited ones keep the editors' text, and where
 * both changed the import lists a conflict.
 */
import "server-only";
import { createHash } from "node:crypto";
import { inTransaction } from "../transaction";
import { assertCan, type Actor } from "../../access/actor";
import type { AgenciesFile } from "../../book/content/agencies";
import type { BookReport } from "../../ingest/parse-book";
import { bookExportSchema, footnoteSchema, type Block, type BookExport, type Footnote } from "../../book/schema";
import type { RuleTag } from "../../themes/tag-book";
import type { Db } from "../client";
import { bumpContentVersion } from "../content/bump-content-version";
import { mergeFootnotes, mergeSource, type MergeConflict, type PriorBlock } from "../../editing/merge-source";
import { parseSnapshotJson } from "../../editing/part-snapshot";
import { applySnapshot } from "../editing/apply-snapshot";
import { findPart } from "../editing/locate-part";
import { readPublishedSnapshot } from "../editing/read-published-snapshot";
import { type Tx } from "../transaction";

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

type TocPage = { number: number; page: number | null };

function pageRange(toc: TocPage[], number: number): { firstPage: number | null; lastPage: number | null } {
  const index = toc.findIndex((t) => t.number === number);
  const firstPage = toc[index]?.page ?? null;
  const next = toc[index + 1]?.page ?? null;
  return { firstPage, lastPage: next !== null ? next - 1 : null };
}

export async function importBook(options: ImportBookOptions): Promise<ImportOutcome> {
  const { db, actor, report, agencies } = options;
  assertCan(actor, "content:import");
  const book = bookExportSchema.parse(options.book);

  // Everything the import writes, so a new parser, correction or vocabulary re-imports an unchanged source.
  const fingerprint = createHash("sha256")
    .update(JSON.stringify([book, options.overviewFootnotes ?? [], options.tags, agencies.agencies]))
    .digest("hex");
  const last = await db.importRun.findFirst({ orderBy: { id: "desc" } });
  const chapterCount = await db.chapter.count();
  const sameSource = last !== null && last.sourceSha256 === book.source.sha256 && chapterCount > 0;
  if (!options.force && sameSource && last.fingerprint === fingerprint) {
    return { status: "unchanged", sha256: last.sourceSha256, importedAt: last.finishedAt };
  }
  const reason = options.force ? "forced" : !last || chapterCount === 0 ? "first import" : sameSource ? "rules changed" : "source changed";

  const startedAt = new Date();
  const categoryOf = new Map(agencies.agencies.map((a) => [a.number, a.category]));
  const totals = {
    chapters: book.chapters.length,
    sections: report.chapters.reduce((n, c) => n + c.sections, 0),
    blocks: report.chapters.reduce((n, c) => n + c.blocks, 0),
    items: report.chapters.reduce((n, c) => n + c.items, 0),
    footnotes: report.chapters.reduce((n, c) => n + c.footnotesMarked + c.footnotesUnmarked, 0),
    rejoined: report.chapters.reduce((n, c) => n + c.rejoined, 0),
    corrections: report.chapters.reduce((n, c) => n + c.corrections, 0),
    glossary: book.glossary.length,
    tags: options.tags.length,
  };
  const warnings = report.chapters.flatMap((c) =>
    [...c.structure, ...c.warnings].map((w) => ({ chapter: c.slug, line: w.line, message: w.message })),
  );

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

      const chapters = [
        { number: 1, slug: "overview", kind: "overview", title: book.overview.title, acronym: null, category: null },
        ...book.chapters.map((c) => ({
          number: c.number,
          slug: c.slug,
          kind: "agency",
          title: c.title,
          acronym: c.acronym,
          category: categoryOf.get(c.number) ?? null,
        })),
      ];
      await tx.chapter.createMany({
        data: chapters.map((c) => ({ ...c, ...pageRange(report.toc, c.number) })),
      });

      const blockRows: {
        id: string;
        chapterNumber: number;
        sectionId: number | null;
        position: number;
        block: Block;
      }[] = [];
      const place = (chapterNumber: number, sectionId: number | null, blocks: Block[]) => {
        for (const block of blocks) {
          blockRows.push({ id: block.id, chapterNumber, sectionId, position: blockRows.length, block });
        }
      };
      place(1, null, book.overview.blocks);

      const footnoteRows: { chapterNumber: number; number: number | null; text: string; line: number; position: number }[] = [];
      (options.overviewFootnotes ?? []).forEach((f, position) => footnoteRows.push({ chapterNumber: 1, ...footnoteSchema.parse(f), position }));
      for (const chapter of book.chapters) {
        place(chapter.number, null, chapter.intro);
        for (const [position, section] of chapter.sections.entries()) {
          const created = await tx.section.create({
            data: {
              chapterNumber: chapter.number,
              kinds: JSON.stringify(section.kinds),
              primaryKind: section.kinds[0]!,
              heading: section.heading,
              position,
              line: section.blocks[0]?.line ?? 0,
            },
          });
          place(chapter.number, created.id, section.blocks);
        }
        chapter.footnotes.forEach((f, position) => footnoteRows.push({ chapterNumber: chapter.number, ...f, position }));
      }

      await tx.block.createMany({
        data: blockRows.map((r) => ({
          id: r.id,
          chapterNumber: r.chapterNumber,
          sectionId: r.sectionId,
          position: r.position,
          type: r.block.type,
          label: r.block.label,
          depth: r.block.depth,
          text: r.block.text,
          sourceText: r.block.text,
          line: r.block.line,
        })),
      });
      const footnotes = await tx.footnote.createManyAndReturn({ data: footnoteRows.map((f) => ({ ...f, sourceText: f.text })) });
      const footnoteId = new Map(footnotes.map((f) => [`${f.chapterNumber}:${f.number}`, f.id]));
      const links = blockRows.flatMap((r) =>
        r.block.footnotes.flatMap((n, position) => {
          const id = footnoteId.get(`${r.chapterNumber}:${n}`);
          return id === undefined ? [] : [{ blockId: r.id, footnoteId: id, position }];
        }),
      );
      await tx.blockFootnote.createMany({ data: links });
      const known = new Set(blockRows.map((r) => r.id));
      await tx.blockTag.createMany({
        data: options.tags
          .filter((t) => known.has(t.blockId))
          .map((t) => ({ blockId: t.blockId, vocabulary: t.vocabulary, tag: t.tag, source: "rule", matched: JSON.stringify(t.matched) })),
      });
      await tx.glossaryTerm.createMany({
        data: book.glossary.map((g, position) => ({ ...g, position })),
      });
      const run = await tx.importRun.create({
        data: {
          sourceFile: book.source.file,
          sourceSha256: book.source.sha256,
          fingerprint,
          startedAt,
          finishedAt: new Date(),
          counts: JSON.stringify(totals),
          warnings: JSON.stringify(warnings),
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
  return { status: "imported", sha256: book.source.sha256, runId, blocks: totals.blocks, reason, editedParts, conflicts };
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
