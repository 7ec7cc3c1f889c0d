/**
 * The stemmed terms of every passage, in flat typed arrays: for each passage, its term ids in
 * ascending order with their counts. Term ids follow the sorted dictionary, so every term that
 * starts with a prefix is one contiguous id range, and "does this passage have a word starting
 * with X" is one binary search. Scoring and checking a query against a passage then touch one
 * small contiguous slice of memory instead of a Map or Set per passage (which, at 150,000
 * passages, cost both gigabytes and cache misses).
 */
import { firstSeenNumbers, lowerBound, prefixRange } from "./dictionary";

export type TermRange = { lo: number; hi: number };

export class PassageTerms {
  private constructor(
    /** The dictionary, sorted: a term's id is its index here. */
    readonly terms: string[],
    private readonly offsets: Int32Array,
    private readonly ids: Int32Array,
    private readonly counts: Uint16Array,
    /** 1 where the term occurs in the passage text itself, 0 where only in its extra words (the subheading). */
    private readonly inText: Uint8Array,
    /** Cumulative number of passages whose text has each term, for the document frequency of a range. */
    private readonly dfPrefix: Float64Array,
    private readonly lengths: Uint32Array,
  ) {}

  /** Collects passages one by one (keeping numbers, not strings), then sorts the dictionary once. */
  static builder() {
    const dictionary = firstSeenNumbers();
    const offsets: number[] = [0];
    const ids: number[] = [];
    const counts: number[] = [];
    const inText: number[] = [];
    const lengths: number[] = [];
    return {
      /** Adds the next passage: the stems of its text, and extra stems that count for scoring only. */
      add(text: string[], extra: string[]): void {
        const seen = new Map<number, number>(); // temp id → index in this passage's entries
        const start = ids.length;
        const note = (term: string, fromText: boolean) => {
          const id = dictionary.number(term);
          const at = seen.get(id);
          if (at === undefined) {
            seen.set(id, ids.length);
            ids.push(id);
            counts.push(1);
            inText.push(fromText ? 1 : 0);
          } else {
            counts[at] = Math.min(65535, counts[at]! + 1);
            if (fromText) inText[at] = 1;
          }
        };
        for (const term of text) note(term, true);
        for (const term of extra) note(term, false);
        lengths.push(text.length + extra.length);
        offsets.push(start + seen.size);
      },
      build(): PassageTerms {
        const { words, remap } = dictionary.sorted();
        const finalIds = new Int32Array(ids.length);
        const finalCounts = new Uint16Array(ids.length);
        const finalInText = new Uint8Array(ids.length);
        const df = new Float64Array(words.length + 1);
        for (let p = 0; p + 1 < offsets.length; p++) {
          const from = offsets[p]!;
          const entries = [];
          for (let i = from; i < offsets[p + 1]!; i++) entries.push(i);
          entries.sort((a, b) => remap[ids[a]!]! - remap[ids[b]!]!);
          entries.forEach((source, k) => {
            const id = remap[ids[source]!]!;
            finalIds[from + k] = id;
            finalCounts[from + k] = counts[source]!;
            finalInText[from + k] = inText[source]!;
            if (inText[source]) df[id + 1]!++;
          });
        }
        for (let i = 1; i < df.length; i++) df[i]! += df[i - 1]!;
        return new PassageTerms(
          words,
          Int32Array.from(offsets),
          finalIds,
          finalCounts,
          finalInText,
          df,
          Uint32Array.from(lengths),
        );
      },
    };
  }

  get passages(): number {
    return this.lengths.length;
  }

  /** The ids of every term that starts with `prefix` (the term itself included): [lo, hi). */
  range(prefix: string): TermRange {
    return prefixRange(this.terms, prefix);
  }

  /** The id of a term, or -1. */
  idOf(term: string): number {
    const at = lowerBound(this.terms, term);
    return this.terms[at] === term ? at : -1;
  }

  /** How many passages' text has the term, summed over a range (an over-count for a prefix; used to plan). */
  df({ lo, hi }: TermRange): number {
    return this.dfPrefix[hi]! - this.dfPrefix[lo]!;
  }

  /** Number of stems in the passage (text and extra words). */
  length(passage: number): number {
    return this.lengths[passage]!;
  }

  /** Whether the passage text has a term in the range. */
  hasInText(passage: number, { lo, hi }: TermRange): boolean {
    const end = this.offsets[passage + 1]!;
    for (let i = this.seek(passage, lo); i < end && this.ids[i]! < hi; i++) if (this.inText[i]) return true;
    return false;
  }

  /** Occurrences (text and extra words) of the terms in a range. */
  count(passage: number, { lo, hi }: TermRange): number {
    const end = this.offsets[passage + 1]!;
    let total = 0;
    for (let i = this.seek(passage, lo); i < end && this.ids[i]! < hi; i++) total += this.counts[i]!;
    return total;
  }

  /** Every (passage, term, in text) entry, passage by passage, terms in id order. */
  forEachEntry(visit: (passage: number, term: number, inText: boolean, count: number) => void): void {
    for (let p = 0; p < this.lengths.length; p++) {
      for (let i = this.offsets[p]!; i < this.offsets[p + 1]!; i++) visit(p, this.ids[i]!, this.inText[i] === 1, this.counts[i]!);
    }
  }

  /** The passage's text terms with their counts, for "more like this". */
  termsOf(passage: number): { term: number; count: number }[] {
    const out: { term: number; count: number }[] = [];
    for (let i = this.offsets[passage]!; i < this.offsets[passage + 1]!; i++) if (this.inText[i]) out.push({ term: this.ids[i]!, count: this.counts[i]! });
    return out;
  }

  /** The first entry of the passage whose id is ≥ `id`. */
  private seek(passage: number, id: number): number {
    let low = this.offsets[passage]!;
    let high = this.offsets[passage + 1]!;
    while (low < high) {
      const mid = (low + high) >> 1;
      if (this.ids[mid]! < id) low = mid + 1;
      else high = mid;
    }
    return low;
  }
}
