/**
 * The two tagging vocabularies kept as data in content/: topical themes and the 23
 * GCM objectives. Both share one shape; terms become word-boundary patterns.
 */
import { z } from "zod";
import { readContentFile } from "./read-content";

const termListSchema = z.array(z.string().trim().min(2).max(80)).max(60);

export const themeSchema = z.object({
  slug: z.string().regex(/^[a-z0-9-]+$/),
  label: z.string().min(1),
  description: z.string().min(1),
  terms: termListSchema.min(1),
  weakTerms: termListSchema.default([]),
});
export const gcmObjectiveSchema = themeSchema.omit({ description: true }).extend({
  number: z.number().int().min(1).max(23),
  title: z.string().min(1),
});
export const themesFileSchema = z.object({
  themes: z.array(themeSchema).min(1),
  /** Names that contain theme words but are not about the theme ("UN Women"). */
  ignorePhrases: z.array(z.string().min(2)).default([]),
});
export const gcmFileSchema = z.object({ objectives: z.array(gcmObjectiveSchema).length(23) });

export type Theme = z.infer<typeof themeSchema>;
export type GcmObjective = z.infer<typeof gcmObjectiveSchema>;
export type Vocabulary = "theme" | "gcm";

/** What the tagger needs of either vocabulary. */
export type TagDefinition = { slug: string; terms: string[]; weakTerms: string[] };

export function loadIgnorePhrases(root: string): string[] {
  return readContentFile(root, "themes.json", themesFileSchema).ignorePhrases;
}

export function loadThemes(root: string): Theme[] {
  return readContentFile(root, "themes.json", themesFileSchema).themes;
}

export function loadGcmObjectives(root: string): GcmObjective[] {
  return readContentFile(root, "gcm-objectives.json", gcmFileSchema).objectives;
}
