/**
 * Stage 2: find the book's landmarks. Reads the table of contents, then finds each
 * listed chapter's title line in the body, in order. Everything after this stage
 * works on one chapter's line range at a time.
 */
import { AppError } from "../errors/app-error";
import { squash } from "./normalise";
import type { BookOutline, ChapterSpan, SourceLine, TocEntry } from "./types";

const TOC_HEADING = /^table of contents$/i;
const TOC_ENTRY = /^Chapter\s+(\d+)\.\s+(.*)$/;
const GLOSSARY_HEADING = /^list of acronyms$/i;
export const BACK_COVER = /^Empowered lives\. Resilient nations\.$/;
/** "CHAPTER", "CHAPTER 119", "CHAPTER 2 5": a printed chapter marker with a stray page number. */
export const CHAPTER_MARKER = /^CHAPTER(?:\s+[\d\s]+)?$/;
const CHAPTER_PREFIX = /^CHAPTER\s+(?=\D)/;

function comparable(text: string): string {
  return squash(text.replace(CHAPTER_PREFIX, "")).toLowerCase().replace(/^the /, "");
}

/** Splits "Food and Agriculture … (FAO)\t35" into title, acronym and page. */
export function parseTocTitle(raw: string): { title: string; acronym: string | null; page: number | null } {
  let text = squash(raw.replace(/\\dots|…|\.{3,}/g, " "));
  let page: number | null = null;
  const pageMatch = /\s(\d{1,3})$/.exec(text);
  if (pageMatch?.[1]) {
    page = Number(pageMatch[1]);
    text = text.slice(0, pageMatch.index).trim();
  }
  let acronym: string | null = null;
  const acronymMatch = /\s\(([^()]+)\)$/.exec(text);
  if (acronymMatch?.[1]) {
    acronym = acronymMatch[1].trim();
    text = text.slice(0, acronymMatch.index).trim();
  }
  return { title: text, acronym, page };
}

export function parseToc(lines: SourceLine[]): { entries: TocEntry[]; endIndex: number } {
  const headingIndex = lines.findIndex((l) => TOC_HEADING.test(l.text.trim()));
  if (headingIndex === -1) {
    throw new AppError(
      "SOURCE_NO_TOC",
      "No table of contents found: expected a line reading 'Table of contents' followed by 'Chapter N.' entries.",
    );
  }
  const entries: TocEntry[] = [];
  let pending: { number: number; line: number; raw: string } | null = null;
  let index = headingIndex + 1;
  const flush = () => {
    if (!pending) return;
    const { title, acronym, page } = parseTocTitle(pending.raw);
    entries.push({ number: pending.number, title, acronym, page, line: pending.line });
    pending = null;
  };
  for (; index < lines.length; index++) {
    const { text, line } = lines[index]!;
    if (text === "") continue;
    const entry = TOC_ENTRY.exec(text.trim());
    if (entry?.[1] && entry[2] !== undefined) {
      flush();
      pending = { number: Number(entry[1]), line, raw: entry[2] };
    } else if (pending && /^\s/.test(text)) {
      pending.raw += ` ${text}`;
    } else if (entries.length === 0 && !pending) {
      continue; // lines such as "List of acronyms 13" before the first chapter entry
    } else {
      break;
    }
  }
  flush();
  if (entries.length === 0) {
    throw new AppError(
      "SOURCE_NO_TOC",
      `The table of contents at line ${lines[headingIndex]!.line} lists no chapters ('Chapter N. Title page').`,
      { line: lines[headingIndex]!.line },
    );
  }
  const seen = new Map<number, TocEntry>();
  entries.forEach((entry, position) => {
    const earlier = seen.get(entry.number);
    if (earlier) {
      throw new AppError(
        "SOURCE_CHAPTER_DUPLICATED",
        `Line ${entry.line}: the table of contents lists chapter ${entry.number} twice (first at line ${earlier.line}).`,
        { line: entry.line },
      );
    }
    seen.set(entry.number, entry);
    if (entry.number !== position + 1) {
      throw new AppError(
        "SOURCE_CHAPTER_MISSING",
        `Line ${entry.line}: the table of contents jumps to chapter ${entry.number}; expected chapter ${position + 1}.`,
        { line: entry.line },
      );
    }
  });
  return { entries, endIndex: index };
}

/** Indexes of lines that stand alone as the given title (optionally after "CHAPTER"). */
function titleLineIndexes(lines: SourceLine[], title: string, from: number, to: number): number[] {
  const wanted = comparable(title);
  const found: number[] = [];
  for (let i = from; i < to; i++) {
    const text = lines[i]!.text;
    if (text !== "" && text.length < wanted.length + 20 && comparable(text) === wanted) found.push(i);
  }
  return found;
}

/** Title lines closer together than this belong to one printed title block. */
const TITLE_BLOCK_SPAN = 8;

export function locateChapters(lines: SourceLine[]): BookOutline {
  const { entries, endIndex } = parseToc(lines);

  const backIndex = lines.findIndex((l, i) => i >= endIndex && BACK_COVER.test(l.text.trim()));
  const lastNonEmpty = [...lines].reverse().find((l) => l.text !== "");
  if (backIndex === -1) {
    throw new AppError(
      "SOURCE_TRUNCATED",
      `The source ends at line ${lastNonEmpty?.line ?? 0} without the back-cover text ("Empowered lives. Resilient nations."); the file looks truncated.`,
      { line: lastNonEmpty?.line ?? 0 },
    );
  }

  const glossaryIndex = lines.findIndex((l, i) => i >= endIndex && GLOSSARY_HEADING.test(l.text.trim()));

  const starts: number[] = [];
  let cursor = glossaryIndex === -1 ? endIndex : glossaryIndex + 1;
  for (const entry of entries) {
    const hits = titleLineIndexes(lines, entry.title, cursor, backIndex);
    const first = hits[0];
    if (first === undefined) {
      throw new AppError(
        "SOURCE_CHAPTER_MISSING",
        `Chapter ${entry.number} "${entry.title}" is listed in the table of contents (line ${entry.line}) but its title line was not found in the body after line ${lines[cursor - 1]?.line ?? 0}.`,
        { line: entry.line },
      );
    }
    starts.push(first);
    cursor = first + 1;
  }

  // A chapter whose title reappears as a stand-alone line well after its own title block is duplicated.
  entries.forEach((entry, i) => {
    const hits = titleLineIndexes(lines, entry.title, starts[i]!, backIndex);
    let blockStart = starts[i]!;
    for (const hit of hits) {
      if (hit - blockStart > TITLE_BLOCK_SPAN) {
        throw new AppError(
          "SOURCE_CHAPTER_DUPLICATED",
          `Line ${lines[hit]!.line}: chapter ${entry.number} "${entry.title}" appears again (it starts at line ${lines[starts[i]!]!.line}).`,
          { line: lines[hit]!.line },
        );
      }
      blockStart = hit;
    }
  });

  const chapters: ChapterSpan[] = entries.map((toc, i) => {
    let start = starts[i]!;
    // Pull in a CHAPTER marker printed just above the title.
    for (let j = start - 1; j >= 0 && j >= start - 4; j--) {
      const text = lines[j]!.text.trim();
      if (text === "") continue;
      if (CHAPTER_MARKER.test(text)) start = j;
      break;
    }
    const next = starts[i + 1];
    const endIndexExclusive = next ?? backIndex;
    const title = squash(lines[starts[i]!]!.text.replace(CHAPTER_PREFIX, ""));
    return { toc, title, start: lines[start]!.line, end: lines[endIndexExclusive - 1]!.line };
  });

  // Fix up starts of following chapters so a pulled-in CHAPTER marker is not also the previous chapter's tail.
  for (let i = 0; i < chapters.length - 1; i++) {
    const next = chapters[i + 1]!;
    if (chapters[i]!.end >= next.start) chapters[i]!.end = next.start - 1;
  }

  return {
    toc: entries,
    glossary: {
      start: glossaryIndex === -1 ? 0 : lines[glossaryIndex]!.line + 1,
      end: glossaryIndex === -1 ? -1 : chapters[0]!.start - 1,
    },
    chapters,
    backCoverLine: lines[backIndex]!.line,
  };
}
