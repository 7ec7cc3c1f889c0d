/** Anchor ids for footnotes and the references to them, shared by blocks and the notes list. */
import type { Footnote } from "@/lib/book/schema";

export function footnoteAnchor(slug: string, footnote: Pick<Footnote, "number">, position: number): string {
  return footnote.number === null ? `${slug}-fn-u${position + 1}` : `${slug}-fn-${footnote.number}`;
}

export function referenceAnchor(blockId: string, number: number): string {
  return `${blockId}-ref-${number}`;
}
