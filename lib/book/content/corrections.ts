/**
 * content/corrections.json: editorial corrections for the few lines no general rule of the parser can
 * classify, each with its chapter, the text it fixes, what it is and why (applied by lib/ingest/corrections.ts).
 */
import { z } from "zod";
import { readContentFile } from "./read-content";

export const correctionSchema = z.object({
  chapter: z.string().min(1).describe("agency slug, or 'overview'"),
  startsWith: z.string().min(8).describe("the first characters of the line as printed"),
  /** "footnote-continued": note text that goes on from the note line before it (a further paragraph). */
  treatAs: z.enum(["footnote", "body", "footnote-continued"]),
  reason: z.string().min(10),
});
export const correctionsFileSchema = z.object({ corrections: z.array(correctionSchema) });
export type Correction = z.infer<typeof correctionSchema>;
export type CorrectionKind = Correction["treatAs"];

export function loadCorrections(root: string): Correction[] {
  return readContentFile(root, "corrections.json", correctionsFileSchema).corrections;
}
