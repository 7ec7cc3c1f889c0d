/**
 * The inverted side of PassageTerms: for each term id, the passages whose text has it, in id
 * order, in one flat array. A query word's passages (or, for a word being typed, every term it
 * starts) are then one or a few contiguous slices, with no index lookup by string.
 */
import type { PassageTerms, TermRange } from "./passage-terms";

export class Postings {
  private constructor(
    private readonly offsets: Int32Array,
    private readonly passages: Int32Array,
    /** How often the term occurs in each passage (its text and subheading), for BM25. */
    private readonly counts: Uint16Array,
  ) {}

  static from(terms: PassageTerms): Postings {
    const counts = new Int32Array(terms.terms.length + 1);
    terms.forEachEntry((_, term, inText) => {
      if (inText) counts[term + 1]!++;
    });
    for (let i = 1; i < counts.length; i++) counts[i]! += counts[i - 1]!;
    const fill = counts.slice(0, -1);
    const passages = new Int32Array(counts[counts.length - 1]!);
    const frequencies = new Uint16Array(passages.length);
    terms.forEachEntry((passage, term, inText, count) => {
      if (!inText) return;
      frequencies[fill[term]!] = count;
      passages[fill[term]!++] = passage;
    });
    return new Postings(counts, passages, frequencies);
  }

  /** Calls `visit` for every passage whose text has a term in the range (a passage may come once per term). */
  forEach({ lo, hi }: TermRange, visit: (passage: number) => void): void {
    const end = this.offsets[hi]!;
    for (let i = this.offsets[lo]!; i < end; i++) visit(this.passages[i]!);
  }

  /** Like forEach, with the term id and its count in the passage. */
  forEachCount({ lo, hi }: TermRange, visit: (passage: number, term: number, count: number) => void): void {
    for (let term = lo; term < hi; term++) {
      const end = this.offsets[term + 1]!;
      for (let i = this.offsets[term]!; i < end; i++) visit(this.passages[i]!, term, this.counts[i]!);
    }
  }

  /** The number of (term, passage) pairs in the range: the work `forEach` will do. */
  size({ lo, hi }: TermRange): number {
    return this.offsets[hi]! - this.offsets[lo]!;
  }
}
