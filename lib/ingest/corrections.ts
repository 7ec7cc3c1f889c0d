/**
 * Editorial corrections (DESIGN.md §1): a small declarative list, kept in
 * content/corrections.json, for lines no general heuristic can classify. Each entry
 * names its chapter, the text it fixes and a reason; the report counts them.
 */
import { z } from "zod";
import type { Token } from "./types";

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

export type CorrectionResult = { tokens: Token[]; forced: Map<number, CorrectionKind>; applied: Correction[] };

/** Marks the lines the corrections name; the footnote stage obeys these marks. */
export function applyCorrections(chapter: string, tokens: Token[], corrections: Correction[]): CorrectionResult {
  const forced = new Map<number, CorrectionKind>();
  const applied: Correction[] = [];
  for (const correction of corrections.filter((c) => c.chapter === chapter)) {
    const token = tokens.find((t) => t.kind === "text" && t.text.startsWith(correction.startsWith));
    if (!token) continue;
    forced.set(token.line, correction.treatAs);
    applied.push(correction);
  }
  return { tokens, forced, applied };
}
