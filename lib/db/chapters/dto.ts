/**
 * Row → DTO mapping for chapters. JSON columns are re-parsed with zod here, so a
 * malformed value fails loudly instead of reaching a page.
 */
import "server-only";
import { z } from "zod";
import { partKindSchema, type Block, type Chapter, type Footnote, type PartKind } from "../../book/schema";

const kindsSchema = z.array(partKindSchema).min(1);

export function parseKinds(json: string): PartKind[] {
  return kindsSchema.parse(JSON.parse(json));
}

type BlockRow = {
  id: string;
  type: string;
  label: string | null;
  depth: number;
  text: string;
  line: number;
  footnoteLinks: { position: number; footnote: { number: number | null } }[];
};

export function toBlock(row: BlockRow): Block {
  const footnotes = [...row.footnoteLinks]
    .sort((a, b) => a.position - b.position)
    .map((l) => l.footnote.number)
    .filter((n): n is number => n !== null);
  return {
    id: row.id,
    type: z.enum(["paragraph", "item", "subheading"]).parse(row.type),
    label: row.label,
    depth: row.depth,
    text: row.text,
    footnotes,
    line: row.line,
  };
}

export function toFootnote(row: { number: number | null; text: string; line: number }): Footnote {
  return { number: row.number, text: row.text, line: row.line };
}

export type ChapterMeta = {
  number: number;
  slug: string;
  title: string;
  acronym: string | null;
  category: string | null;
  firstPage: number | null;
  lastPage: number | null;
};

/**
 * Editorial changes since 2013: when each edited part (or "footnotes") last changed, the 2013 text of
 * changed blocks ("" for added ones), and of changed notes by position.
 */
export type ChapterEdits = { parts: Record<string, string>; originals: Record<string, string>; noteOriginals: Record<number, string> };
export type AgencyProfile = { chapter: Chapter; meta: ChapterMeta; previous: ChapterMeta | null; next: ChapterMeta | null; edits: ChapterEdits };

/** The chapter columns every chapter query selects for its meta. */
export const chapterMetaSelect = {
  number: true,
  slug: true,
  title: true,
  acronym: true,
  category: true,
  firstPage: true,
  lastPage: true,
} as const;
