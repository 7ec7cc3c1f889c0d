/**
 * The export format ("compendium-export/1", README "Export format") as zod schemas.
 * The parser's output is validated against these before anything is written, and
 * the API and data dump serve exactly this shape.
 */
import { z } from "zod";

export const PART_KINDS = [
  "activities",
  "gfmd-support",
  "good-practices",
  "challenges",
  "gaps",
  "recommendations",
] as const;
export const partKindSchema = z.enum(PART_KINDS);
export type PartKind = z.infer<typeof partKindSchema>;

/** An agency chapter's slug, as in URLs and the export ("fao", "un-women"). */
export const agencySlugSchema = z.string().regex(/^[a-z0-9-]{1,64}$/, "an agency slug is lowercase letters, digits and hyphens");

export const BLOCK_TYPES = ["paragraph", "item", "subheading"] as const;
export const blockTypeSchema = z.enum(BLOCK_TYPES);
export type BlockType = z.infer<typeof blockTypeSchema>;

const lineSchema = z.number().int().positive();

export const blockSchema = z.object({
  id: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, "ids are lowercase words joined by hyphens"),
  type: blockTypeSchema,
  label: z.string().min(1).nullable(),
  depth: z.number().int().min(0).max(3),
  text: z.string().min(1, "a block needs text"),
  footnotes: z.array(z.number().int().positive()),
  line: lineSchema,
});
export type Block = z.infer<typeof blockSchema>;

export const footnoteSchema = z.object({
  number: z.number().int().positive().nullable(),
  text: z.string().min(1),
  line: lineSchema,
});
export type Footnote = z.infer<typeof footnoteSchema>;

export const sectionSchema = z.object({
  kinds: z.array(partKindSchema).min(1),
  heading: z.string().min(1),
  // An empty part is a structure-rule break reported by the ingest check, not a parse failure.
  blocks: z.array(blockSchema),
});
export type Section = z.infer<typeof sectionSchema>;

export const chapterSchema = z.object({
  number: z.number().int().min(2).max(29),
  slug: z.string().regex(/^[a-z0-9-]+$/),
  title: z.string().min(1),
  acronym: z.string().min(1).nullable(),
  intro: z.array(blockSchema),
  sections: z.array(sectionSchema),
  footnotes: z.array(footnoteSchema),
});
export type Chapter = z.infer<typeof chapterSchema>;

export const glossaryEntrySchema = z.object({
  term: z.string().min(1),
  expansion: z.string().min(1),
});
export type GlossaryEntry = z.infer<typeof glossaryEntrySchema>;

export const overviewSchema = z.object({
  number: z.literal(1),
  title: z.string().min(1),
  blocks: z.array(blockSchema).min(1),
});
export type Overview = z.infer<typeof overviewSchema>;

export const EXPORT_FORMAT = "compendium-export/1";

export const bookExportSchema = z.object({
  format: z.literal(EXPORT_FORMAT),
  source: z.object({ file: z.string(), sha256: z.string().regex(/^[0-9a-f]{64}$/) }),
  overview: overviewSchema,
  chapters: z.array(chapterSchema),
  glossary: z.array(glossaryEntrySchema),
});
export type BookExport = z.infer<typeof bookExportSchema>;
