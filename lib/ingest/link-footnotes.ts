/**
 * Stage 8: link footnote markers in the body to footnotes. Numbers lost in
 * conversion are inferred from the gaps in the sequence where the count fits;
 * markers are stripped from the block text and kept as a list of numbers.
 */
import { findPlainMarkers, stripSuperscripts, superscriptMarkers } from "./markers";
import { numberNotes, type Citation } from "./number-notes";
import type { Chunk, RawFootnote } from "./types";

export type LinkedChunk = Chunk & { footnotes: number[] };

/**
 * Fills the numbers of unmarked footnotes from the chapter's numbering (number-notes.ts): where a
 * gap fits them exactly, or where the markers the body cites decide. Returns how many were filled.
 */
export function inferFootnoteNumbers(footnotes: RawFootnote[], citations: Citation[]): number {
  const numbering = numberNotes(footnotes, citations);
  let inferred = 0;
  footnotes.forEach((f, k) => {
    const n = numbering.numbers[k] ?? null;
    if (f.number !== null || n === null) return;
    f.number = n;
    f.numberFrom = numbering.evidence[k] ?? null;
    inferred++;
  });
  return inferred;
}

export function linkFootnotes(
  blocks: Chunk[],
  footnotes: RawFootnote[],
  /** The body's superscript markers with the lines they are printed on (default: each block's first line). */
  citations?: Citation[],
): { blocks: LinkedChunk[]; inferred: number; plainMarkers: number; unresolved: { block: number; number: number }[] } {
  const bodyMarkers = blocks.flatMap((b) => superscriptMarkers(b.text));
  const inferred = inferFootnoteNumbers(footnotes, citations ?? blocks.flatMap((b) => superscriptMarkers(b.text).map((number) => ({ number, line: b.line }))));
  const known = new Set(footnotes.map((f) => f.number).filter((n): n is number => n !== null));
  const superscripted = new Set(bodyMarkers);
  let plainMarkers = 0;
  const unresolved: { block: number; number: number }[] = [];

  const linked = blocks.map((block, index) => {
    for (const n of superscriptMarkers(block.text)) if (!known.has(n)) unresolved.push({ block: index, number: n });
    const numbers = superscriptMarkers(block.text).filter((n) => known.has(n));
    let text = block.text;
    // Plain-digit markers count only for footnotes that no superscript marker cites.
    for (const marker of findPlainMarkers(text).reverse()) {
      if (!known.has(marker.number) || superscripted.has(marker.number)) continue;
      text = text.slice(0, marker.index) + marker.punct + text.slice(marker.index + marker.length);
      numbers.unshift(marker.number);
      plainMarkers++;
    }
    return { ...block, text: stripSuperscripts(text), footnotes: [...new Set(numbers)].sort((a, b) => a - b) };
  });
  return { blocks: linked, inferred, plainMarkers, unresolved };
}
