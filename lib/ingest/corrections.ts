/**
 * Editorial corrections: a small declarative list, kept in
 * content/corrections.json, for lines no general heuristic can classify. Each entry
 * names its chapter, the text it fixes and a reason; the report counts them.
 */
import type { Token } from "./types";

export type { Correction, CorrectionKind } from "../book/content/corrections";
import type { Correction, CorrectionKind } from "../book/content/corrections";

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
