/** Intermediate shapes passed between the ingest stages. Every node keeps its 1-based source line. */
import type { PartKind } from "../book/schema";

export type SourceLine = { line: number; text: string };

export type TocEntry = {
  number: number;
  title: string;
  acronym: string | null;
  page: number | null;
  line: number;
};

export type ChapterSpan = {
  toc: TocEntry;
  /** The title line as printed in the body (may differ from the contents, e.g. without "The"). */
  title: string;
  /** First line of the chapter (its CHAPTER marker or first title line). */
  start: number;
  /** Last line before the next chapter or the back cover. */
  end: number;
};

export type BookOutline = {
  toc: TocEntry[];
  glossary: { start: number; end: number };
  chapters: ChapterSpan[];
  backCoverLine: number;
};

/** One physical non-empty line after classification. */
export type Token =
  | { kind: "noise"; line: number; text: string; reason: string }
  | { kind: "heading"; line: number; text: string; kinds: PartKind[]; number: number | null }
  | { kind: "item"; line: number; text: string; label: string | null; indent: number }
  | { kind: "footnote"; line: number; text: string; number: number }
  | { kind: "text"; line: number; text: string };

/** A body unit once footnotes are separated and page breaks rejoined. */
export type Chunk = {
  type: "paragraph" | "item" | "subheading";
  line: number;
  text: string;
  label: string | null;
  depth: number;
  /** Source lines merged into this chunk after a page break. */
  joinedLines: number[];
};

export type RawFootnote = {
  number: number | null;
  text: string;
  line: number;
  marked: boolean;
  lines: number[];
  /** The separation pass that took this note out of the body ("printed number", "numbering gap", …). */
  found: string;
  /** How a number the note lost was inferred, or null when it was printed (or none could be). */
  numberFrom?: string | null;
};

export type Warning = { line: number; message: string };
