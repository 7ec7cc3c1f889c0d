/**
 * The engine's per-query workspace: one slot per passage, allocated once per index and reused
 * by every query. Search is synchronous, and every slot a query touched is reset before it
 * returns, so a query allocates nothing in proportion to the corpus.
 */
export class QueryWorkspace {
  /** 1 for a passage already among this query's candidates. */
  readonly seen: Uint8Array;
  /** Each passage's score for this query. */
  readonly score: Float64Array;
  /** How many of the query's optional words each passage has. */
  readonly matched: Uint8Array;
  /** 1 for a passage in this query's results; 2 while it is in the head fusion compares. */
  readonly inResult: Uint8Array;

  constructor(readonly size: number) {
    this.seen = new Uint8Array(size);
    this.score = new Float64Array(size);
    this.matched = new Uint8Array(size);
    this.inResult = new Uint8Array(size);
  }

  reset(ids: Iterable<number>): void {
    for (const id of ids) {
      this.seen[id] = 0;
      this.score[id] = 0;
      this.matched[id] = 0;
      this.inResult[id] = 0;
    }
  }

  /**
   * The candidates (all marked `seen`) in id order, so the per-passage arrays are read front to
   * back: fewer cache misses on a large corpus. When most passages are candidates, reading the
   * marks in order is cheaper than sorting; else a typed array sorts without a comparator.
   */
  inIdOrder(candidates: readonly number[]): Int32Array {
    if (candidates.length * 8 < this.size) return Int32Array.from(candidates).sort();
    const ordered = new Int32Array(candidates.length);
    let n = 0;
    for (let id = 0; id < this.size; id++) if (this.seen[id]) ordered[n++] = id;
    return ordered;
  }

  /** The passages' current scores, in order (a plain loop: `Float64Array.from` with a mapping function is several times slower). */
  scoresOf(ids: readonly number[]): Float64Array {
    const out = new Float64Array(ids.length);
    for (let i = 0; i < ids.length; i++) out[i] = this.score[ids[i]!]!;
    return out;
  }
}
