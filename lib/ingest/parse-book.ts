/**
 * The ingest pipeline: source text → validated export record plus a report.
 * Pure: no file system, no database. Each stage is its own module:
 * normalise → locate chapters → classify lines → separate footnotes →
 * rejoin page breaks → build sections → link footnotes → assign ids → validate.
 */
import { AppError } from "../errors/app-error";
import type { AgencyConfig } from "../book/content/agencies";
import { assignIds } from "./assign-ids";
import { buildSections, type LabelStats } from "./build-sections";
import { classifyLines } from "./classify-lines";
import { applyCorrections, type Correction } from "./corrections";
import { linkFootnotes, type LinkedChunk } from "./link-footnotes";
import { locateChapters } from "./locate-chapters";
import { superscriptMarkers } from "./markers";
import { normaliseText } from "./normalise";
import { parseGlossary } from "./parse-glossary";
import { rejoinBlocks } from "./rejoin-blocks";
import { EXPORT_FORMAT, bookExportSchema, type Block, type BookExport, type Footnote } from "../book/schema";
import { separateFootnotes } from "./separate-footnotes";
import type { ChapterSpan, SourceLine, Warning } from "./types";

export type ChapterReport = {
  number: number;
  slug: string;
  title: string;
  sections: number;
  blocks: number;
  paragraphs: number;
  items: number;
  subheadings: number;
  footnotesMarked: number;
  footnotesUnmarked: number;
  footnoteNumbersInferred: number;
  footnotesWithoutNumber: number;
  plainMarkers: number;
  rejoined: number;
  corrections: number;
  labelMisprints: number;
  labelsInferred: number;
  warnings: Warning[];
  structure: Warning[];
  /** Every note: how it was found and, where its number was lost, how the number was inferred. */
  notes: NoteReport[];
  /** Blocks made of more than one source line (broken across a page or a line). */
  rejoins: { id: string; line: number; lines: number[] }[];
  /** Markers the body prints for which no note was found. */
  citedWithoutNote: { number: number; id: string }[];
  /** Numbered notes no block cites. */
  uncitedNotes: { number: number; line: number }[];
};

export type NoteReport = {
  number: number | null;
  line: number;
  lines: number[];
  marked: boolean;
  /** The separation pass that took the note out of the body. */
  found: string;
  /** How a lost number was inferred (null when printed or not inferred). */
  numberFrom: string | null;
  /** Ids of the blocks citing it. */
  citedBy: string[];
};

export type BookReport = {
  chapters: ChapterReport[];
  /** Chapter numbers, titles and first printed pages from the table of contents. */
  toc: { number: number; title: string; page: number | null }[];
  glossaryTerms: number;
  /** Rule breaks for the whole book: missing chapters and the like. */
  structure: Warning[];
  /** Non-empty source lines inside chapters that ended up nowhere (should be none). */
  linesLost: number[];
};

export type ParseInput = {
  text: string;
  sha256: string;
  file: string;
  agencies: AgencyConfig[];
  corrections: Correction[];
};

export type ParsedChapter = {
  blocks: { id: string; section: number | null; chunk: LinkedChunk }[];
  sections: { kinds: BookExport["chapters"][number]["sections"][number]["kinds"]; heading: string }[];
  footnotes: Footnote[];
  report: Omit<ChapterReport, "number" | "slug" | "title">;
  consumed: Set<number>;
};

function toBlock(id: string, chunk: LinkedChunk): Block {
  return {
    id,
    type: chunk.type,
    label: chunk.label === null ? null : `(${chunk.label})`,
    depth: chunk.depth,
    text: chunk.text,
    footnotes: chunk.footnotes,
    line: chunk.line,
  };
}

/**
 * One chapter's lines (those from `span.start` to `span.end`) → blocks, sections, notes and its
 * report. Exported for the construct fixtures (tests/golden/constructs), which parse excerpts.
 */
export function parseChapter(
  lines: SourceLine[],
  span: Pick<ChapterSpan, "start" | "end" | "title">,
  slug: string,
  corrections: Correction[],
): ParsedChapter {
  const warnings: Warning[] = [];
  const structure: Warning[] = [];
  const chapterLines = lines.filter((l) => l.line >= span.start && l.line <= span.end);
  const tokens = classifyLines(chapterLines, { title: span.title, warnings, structure });
  const { forced, applied } = applyCorrections(slug, tokens, corrections);

  const citesFirst = tokens.some((t) => t.kind === "text" && superscriptMarkers(t.text).includes(1));
  const marksFirst = tokens.some((t) => t.kind === "footnote" && t.number === 1);
  const { body, footnotes } = separateFootnotes(tokens, { expectUnmarkedFirstFootnote: citesFirst && !marksFirst, forced });

  const footnoteLines = footnotes.flatMap((f) => f.lines);
  const units = rejoinBlocks(body, footnoteLines);
  const stats: LabelStats = { misprints: 0, inferred: 0 };
  const tree = buildSections(units, structure, warnings, stats);

  const flat = [
    ...tree.intro.map((chunk) => ({ section: null as number | null, chunk })),
    ...tree.sections.flatMap((s, i) => s.blocks.map((chunk) => ({ section: i as number | null, chunk }))),
  ];
  const citations = body.flatMap((t) => (t.kind === "text" || t.kind === "item" ? superscriptMarkers(t.text).map((number) => ({ number, line: t.line })) : []));
  const linked = linkFootnotes(
    flat.map((f) => f.chunk),
    footnotes,
    citations,
  );

  const blocks: ParsedChapter["blocks"] = [];
  const groups = [{ section: null as number | null, prefix: `${slug}-intro` }].concat(
    tree.sections.map((s, i) => ({ section: i, prefix: `${slug}-${s.kinds[0]}` })),
  );
  for (const group of groups) {
    const members = linked.blocks.filter((_, i) => flat[i]!.section === group.section);
    const ids = assignIds(group.prefix, members);
    members.forEach((chunk, i) => blocks.push({ id: ids[i]!, section: group.section, chunk }));
  }

  const cited = new Set(linked.blocks.flatMap((b) => b.footnotes));
  for (const f of footnotes) {
    if (f.number !== null && !cited.has(f.number)) {
      warnings.push({ line: f.line, message: `footnote ${f.number} is not cited by any block` });
    }
    if (f.number === null) warnings.push({ line: f.line, message: "footnote without a number (none could be inferred)" });
  }
  const idOf = new Map(blocks.map((b) => [b.chunk, b.id]));
  const citersOf = (n: number) => blocks.filter((b) => b.chunk.footnotes.includes(n)).map((b) => b.id);
  const notes: NoteReport[] = footnotes.map((f) => ({
    number: f.number,
    line: f.line,
    lines: f.lines,
    marked: f.marked,
    found: f.found,
    numberFrom: f.numberFrom ?? null,
    citedBy: f.number === null ? [] : citersOf(f.number),
  }));
  const citedWithoutNote = linked.unresolved.map((u) => ({ number: u.number, id: idOf.get(linked.blocks[u.block]!) ?? "?" }));
  const uncitedNotes = footnotes.flatMap((f) => (f.number !== null && !cited.has(f.number) ? [{ number: f.number, line: f.line }] : []));
  const rejoins = blocks.filter((b) => b.chunk.joinedLines.length > 0).map((b) => ({ id: b.id, line: b.chunk.line, lines: b.chunk.joinedLines }));

  const consumed = new Set<number>();
  tokens.forEach((t) => t.kind === "noise" && consumed.add(t.line));
  units.forEach((u) => u.kind === "heading" && consumed.add(u.line));
  footnoteLines.forEach((l) => consumed.add(l));
  flat.forEach(({ chunk }) => [chunk.line, ...chunk.joinedLines].forEach((l) => consumed.add(l)));

  const chunks = linked.blocks;
  return {
    blocks,
    sections: tree.sections.map((s) => ({ kinds: s.kinds, heading: s.heading })),
    footnotes: footnotes.map((f) => ({ number: f.number, text: f.text.replace(/\s+/g, " ").trim(), line: f.line })),
    consumed,
    report: {
      sections: tree.sections.length,
      blocks: chunks.length,
      paragraphs: chunks.filter((c) => c.type === "paragraph").length,
      items: chunks.filter((c) => c.type === "item").length,
      subheadings: chunks.filter((c) => c.type === "subheading").length,
      footnotesMarked: footnotes.filter((f) => f.marked).length,
      footnotesUnmarked: footnotes.filter((f) => !f.marked).length,
      footnoteNumbersInferred: linked.inferred,
      footnotesWithoutNumber: footnotes.filter((f) => f.number === null).length,
      plainMarkers: linked.plainMarkers,
      rejoined: chunks.reduce((n, c) => n + c.joinedLines.length, 0),
      corrections: applied.length,
      labelMisprints: stats.misprints,
      labelsInferred: stats.inferred,
      warnings,
      structure,
      notes,
      rejoins,
      citedWithoutNote,
      uncitedNotes,
    },
  };
}

export type ParseResult = {
  book: BookExport;
  report: BookReport;
  /** Chapter 1's notes: kept for the site, outside the fixed export format. */
  overviewFootnotes: Footnote[];
};

export function parseBook(input: ParseInput): ParseResult {
  const lines = normaliseText(input.text);
  const outline = locateChapters(lines);
  const structure: Warning[] = [];

  const glossary = parseGlossary(lines.filter((l) => l.line >= outline.glossary.start && l.line <= outline.glossary.end));

  const overviewSpan = outline.chapters.find((c) => c.toc.number === 1);
  if (!overviewSpan) throw new AppError("SOURCE_CHAPTER_MISSING", "The table of contents does not list chapter 1.");
  const overview = parseChapter(lines, overviewSpan, "overview", input.corrections);

  const linesLost: number[] = [];
  const collectLost = (span: ChapterSpan, consumed: Set<number>) => {
    for (const l of lines) {
      if (l.line >= span.start && l.line <= span.end && l.text !== "" && !consumed.has(l.line)) linesLost.push(l.line);
    }
  };
  collectLost(overviewSpan, overview.consumed);

  const chapters: BookExport["chapters"] = [];
  const reports: ChapterReport[] = [
    { number: 1, slug: "overview", title: overviewSpan.toc.title, ...overview.report },
  ];
  for (const agency of [...input.agencies].sort((a, b) => a.number - b.number)) {
    const span = outline.chapters.find((c) => c.toc.number === agency.number);
    if (!span) {
      structure.push({ line: 0, message: `chapter ${agency.number} (${agency.slug}) is missing from the table of contents` });
      continue;
    }
    const parsed = parseChapter(lines, span, agency.slug, input.corrections);
    collectLost(span, parsed.consumed);
    if (parsed.sections.length === 0) {
      parsed.report.structure.push({ line: span.start, message: "the chapter has no part headings" });
    }
    chapters.push({
      number: agency.number,
      slug: agency.slug,
      title: span.title,
      acronym: agency.acronym ?? span.toc.acronym,
      intro: parsed.blocks.filter((b) => b.section === null).map((b) => toBlock(b.id, b.chunk)),
      sections: parsed.sections.map((s, i) => ({
        kinds: s.kinds,
        heading: s.heading,
        blocks: parsed.blocks.filter((b) => b.section === i).map((b) => toBlock(b.id, b.chunk)),
      })),
      footnotes: parsed.footnotes,
    });
    reports.push({ number: agency.number, slug: agency.slug, title: span.title, ...parsed.report });
  }

  const candidate = {
    format: EXPORT_FORMAT,
    source: { file: input.file, sha256: input.sha256 },
    overview: {
      number: 1 as const,
      title: overviewSpan.title,
      blocks: overview.blocks.map((b) => toBlock(b.id, b.chunk)),
    },
    chapters,
    glossary: glossary.map(({ term, expansion }) => ({ term, expansion })),
  };
  const parsed = bookExportSchema.safeParse(candidate);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new AppError("PARSE_INVALID", `The parsed book is invalid at ${issue.path.join(".")}: ${issue.message}`);
  }
  return {
    book: parsed.data,
    overviewFootnotes: overview.footnotes,
    report: {
      chapters: reports,
      toc: outline.toc.map((t) => ({ number: t.number, title: t.title, page: t.page })),
      glossaryTerms: glossary.length, structure, linesLost },
  };
}
