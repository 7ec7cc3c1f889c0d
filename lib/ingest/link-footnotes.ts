/**
 * Stage 8: link footnote markers in the body to footnotes. Numbers lost in
 * conversion are inferred from the gaps in the sequence where the count fits;
 * markers are stripped from the block text and kept as a list of numbers.
 */
import { findPlainMarkers, stripSuperscripts, superscriptMarkers } from "./markers";
import type { Chunk, RawFootnote } from "./types";

export type LinkedChunk = Chunk & { footnotes: number[] };

/** Fills the numbers of unmarked footnotes where a gap in the sequence fits them exactly. */
export function inferFootnoteNumbers(footnotes: RawFootnote[], bodyMarkers: number[]): number {
  let inferred = 0;
  let i = 0;
  while (i < footnotes.length) {
    if (footnotes[i]!.number !== null) {
      i++;
      continue;
    }
    let j = i;
    while (j < footnotes.length && footnotes[j]!.number === null) j++;
    const runLength = j - i;
    const before = i > 0 ? footnotes[i - 1]!.number! : 0;
    const after = j < footnotes.length ? footnotes[j]!.number : null;
    let candidates: number[] | null = null;
    const citedBetween = [...new Set(bodyMarkers.filter((n) => n > before && (after === null || n < after)))].sort((a, b) => a - b);
    if (after !== null && after - before - 1 === runLength) {
      candidates = Array.from({ length: runLength }, (_, k) => before + 1 + k);
    } else if (after !== null && citedBetween.length === runLength) {
      // More numbers are missing than footnotes were found: the ones the body cites are the ones printed.
      candidates = citedBetween;
    } else if (after === null) {
      const later = [...new Set(bodyMarkers.filter((n) => n > before))].sort((a, b) => a - b);
      const consecutive = later.every((n, k) => n === before + 1 + k);
      if (later.length === runLength && consecutive) candidates = later;
    }
    if (candidates) {
      candidates.forEach((n, k) => {
        footnotes[i + k]!.number = n;
        inferred++;
      });
    }
    i = j;
  }
  return inferred;
}

export function linkFootnotes(
  blocks: Chunk[],
  footnotes: RawFootnote[],
): { blocks: LinkedChunk[]; inferred: number; plainMarkers: number } {
  const bodyMarkers = blocks.flatMap((b) => superscriptMarkers(b.text));
  const inferred = inferFootnoteNumbers(footnotes, bodyMarkers);
  const known = new Set(footnotes.map((f) => f.number).filter((n): n is number => n !== null));
  const superscripted = new Set(bodyMarkers);
  let plainMarkers = 0;

  const linked = blocks.map((block) => {
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
  return { blocks: linked, inferred, plainMarkers };
}
