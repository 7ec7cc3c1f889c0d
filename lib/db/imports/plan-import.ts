/**
 * The rows an import writes, planned from the parse result without touching the database: pure, so
 * it is tested alone, and importBook is left with the writes and the merge of edited parts. Sections
 * get their ids from the database, so blocks name their section by chapter and position.
 */
import { createHash } from "node:crypto";
import type { AgenciesFile } from "../../book/content/agencies";
import { bookExportSchema, footnoteSchema, type Block, type BookExport, type Footnote } from "../../book/schema";
import type { BookReport } from "../../ingest/parse-book";
import type { RuleTag } from "../../themes/tag-book";

type TocPage = { number: number; page: number | null };

function pageRange(toc: TocPage[], number: number): { firstPage: number | null; lastPage: number | null } {
  const index = toc.findIndex((t) => t.number === number);
  const firstPage = toc[index]?.page ?? null;
  const next = toc[index + 1]?.page ?? null;
  return { firstPage, lastPage: next !== null ? next - 1 : null };
}

export type SectionKey = { chapterNumber: number; position: number };
export type ImportPlan = {
  book: BookExport;
  /** Everything the import writes, hashed: a new parser, correction or vocabulary re-imports an unchanged source. */
  fingerprint: string;
  chapters: { number: number; slug: string; kind: "overview" | "agency"; title: string; acronym: string | null; category: string | null; firstPage: number | null; lastPage: number | null }[];
  sections: (SectionKey & { kinds: string; primaryKind: string; heading: string; line: number })[];
  blocks: { id: string; chapterNumber: number; section: SectionKey | null; position: number; block: Block }[];
  footnotes: { chapterNumber: number; number: number | null; text: string; line: number; position: number }[];
  /** Which notes each block cites, by chapter and number (the notes' ids come from the database). */
  links: { blockId: string; chapterNumber: number; number: number; position: number }[];
  tags: { blockId: string; vocabulary: string; tag: string; source: "rule"; matched: string }[];
  glossary: (BookExport["glossary"][number] & { position: number })[];
  totals: Record<"chapters" | "sections" | "blocks" | "items" | "footnotes" | "rejoined" | "corrections" | "glossary" | "tags", number>;
  warnings: { chapter: string; line: number; message: string }[];
};

export function planImport(input: { book: BookExport; report: BookReport; agencies: AgenciesFile; tags: RuleTag[]; overviewFootnotes?: Footnote[] }): ImportPlan {
  const { report, agencies } = input;
  const book = bookExportSchema.parse(input.book);
  const overviewFootnotes = input.overviewFootnotes ?? [];
  const fingerprint = createHash("sha256").update(JSON.stringify([book, overviewFootnotes, input.tags, agencies.agencies])).digest("hex");
  const categoryOf = new Map(agencies.agencies.map((a) => [a.number, a.category]));

  const chapters: ImportPlan["chapters"] = [
    { number: 1, slug: "overview", kind: "overview" as const, title: book.overview.title, acronym: null, category: null },
    ...book.chapters.map((c) => ({ number: c.number, slug: c.slug, kind: "agency" as const, title: c.title, acronym: c.acronym, category: categoryOf.get(c.number) ?? null })),
  ].map((c) => ({ ...c, ...pageRange(report.toc, c.number) }));

  const sections: ImportPlan["sections"] = [];
  const blocks: ImportPlan["blocks"] = [];
  const place = (chapterNumber: number, section: SectionKey | null, list: Block[]) => {
    for (const block of list) blocks.push({ id: block.id, chapterNumber, section, position: blocks.length, block });
  };
  place(1, null, book.overview.blocks);
  const footnotes: ImportPlan["footnotes"] = overviewFootnotes.map((f, position) => ({ chapterNumber: 1, ...footnoteSchema.parse(f), position }));
  for (const chapter of book.chapters) {
    place(chapter.number, null, chapter.intro);
    chapter.sections.forEach((section, position) => {
      const key = { chapterNumber: chapter.number, position };
      sections.push({ ...key, kinds: JSON.stringify(section.kinds), primaryKind: section.kinds[0]!, heading: section.heading, line: section.blocks[0]?.line ?? 0 });
      place(chapter.number, key, section.blocks);
    });
    chapter.footnotes.forEach((f, position) => footnotes.push({ chapterNumber: chapter.number, ...f, position }));
  }
  const noted = new Set(footnotes.map((f) => `${f.chapterNumber}:${f.number}`));
  const links = blocks.flatMap((r) =>
    r.block.footnotes.flatMap((number, position) => (noted.has(`${r.chapterNumber}:${number}`) ? [{ blockId: r.id, chapterNumber: r.chapterNumber, number, position }] : [])),
  );
  const known = new Set(blocks.map((r) => r.id));
  const tags = input.tags
    .filter((t) => known.has(t.blockId))
    .map((t) => ({ blockId: t.blockId, vocabulary: t.vocabulary, tag: t.tag, source: "rule" as const, matched: JSON.stringify(t.matched) }));

  return {
    book,
    fingerprint,
    chapters,
    sections,
    blocks,
    footnotes,
    links,
    tags,
    glossary: book.glossary.map((g, position) => ({ ...g, position })),
    totals: {
      chapters: book.chapters.length,
      sections: report.chapters.reduce((n, c) => n + c.sections, 0),
      blocks: report.chapters.reduce((n, c) => n + c.blocks, 0),
      items: report.chapters.reduce((n, c) => n + c.items, 0),
      footnotes: report.chapters.reduce((n, c) => n + c.footnotesMarked + c.footnotesUnmarked, 0),
      rejoined: report.chapters.reduce((n, c) => n + c.rejoined, 0),
      corrections: report.chapters.reduce((n, c) => n + c.corrections, 0),
      glossary: book.glossary.length,
      tags: input.tags.length,
    },
    warnings: report.chapters.flatMap((c) => [...c.structure, ...c.warnings].map((w) => ({ chapter: c.slug, line: w.line, message: w.message }))),
  };
}
