/**
 * Fusion of the two rankings: by the words (BM25, ranking.ts) and by meaning (the sentence
 * encoder's cosine, meaning/). Meaning counts only as far as the words are weak: the share of the
 * top ten that match the query's own words (as typed, an acronym's forms or a spelling
 * correction) sets its weight, so keyword, phrase and acronym queries rank as before, while a
 * question in everyday words leans on meaning and also finds passages that share none of its
 * words. Chosen with `npm run bench:search`: this blend beat reciprocal rank fusion (1:1, 2:1,
 * 3:1), which pulled weak semantic matches above exact phrases and acronyms.
 */
import type { PassageVectors } from "./meaning/vectors";
import { topK } from "./top-k";
export const FUSION = {
  /** The weight of meaning when none of the top ten matches the query's own words. */
  maxMeaning: 0.7,
  /** Below this weight meaning is not asked for: the words are strong enough, and encoding costs more than it would change. */
  minMeaning: 0.2,
  /** Passages found by meaning alone that may join the results. */
  pool: 20,
  /** Results compared by meaning, best by their words first: the work is bounded however many matched. */
  head: 150,
  /** Content words a query needs before meaning is asked: one word is a keyword, not a question. */
  minWords: 2,
  /** Words a passage needs to be found by meaning alone: a short one's vector is close to every query's. */
  minPassageWords: 8,
  /** Reciprocal rank fusion's constant when meaning and the keyword queries fill a short page. */
  fillRrf: 10,
} as const;

/** The weight of meaning, given the share (0–1) of the top ten matched by the query's own words. */
export function meaningWeight(strongShare: number): number {
  const weight = FUSION.maxMeaning * (1 - Math.min(1, Math.max(0, strongShare)));
  return weight < FUSION.minMeaning ? 0 : weight;
}

/** A passage's fused score: its BM25 score relative to the best one's, blended with its cosine to the query. */
export function fusedScore(lexical: number, bestLexical: number, similarity: number, weight: number): number {
  const words = bestLexical > 0 ? lexical / bestLexical : 0;
  return (1 - weight) * words + weight * Math.max(0, similarity);
}

/** What fusion reads and writes of the engine's per-query workspace (one slot per passage). */
export type FusionState = {
  /** Each passage's score, re-scored in place. */
  score: Float64Array;
  /** 1 for a passage in the results; 2 while it is in the head compared by meaning. */
  inResult: Uint8Array;
  vectors: PassageVectors;
  better: (a: number, b: number) => boolean;
};

/**
 * Re-scores the results by the blend of words and meaning, and returns the passages meaning
 * alone adds (at most FUSION.pool, those `accept` lets through: the query's filters).
 */
export function fuseWithMeaning({ score, inResult, vectors, better }: FusionState, vector: Float32Array, weight: number, kept: number[], accept: (id: number) => boolean): number[] {
  let best = 0;
  for (const id of kept) best = Math.max(best, score[id]!);
  // Only the head of a long result list is compared by meaning (bounded work); the rest keep their words' share.
  const head = kept.length > FUSION.head ? topK(kept, FUSION.head, better) : kept;
  for (const id of head) inResult[id] = 2;
  for (const id of kept) {
    const similarity = inResult[id] === 2 ? vectors.similarity(vector, id) : 0;
    inResult[id] = 1;
    score[id] = Math.round(fusedScore(score[id]!, best, similarity, weight) * 1e4) / 1e4;
  }
  return vectors.nearest(vector, FUSION.pool, (id) => inResult[id] === 0 && accept(id)).map(({ id, similarity }) => {
    // A passage with a few of the words, too few to be kept, still has their share.
    score[id] = Math.round(fusedScore(score[id]!, best, similarity, weight) * 1e4) / 1e4;
    return id;
  });
}

/**
 * For a page the words cannot fill (a rare acronym, a misspelt pair, a name the book writes
 * otherwise): the passages closest in meaning and those whose keyword queries match best, fused
 * by reciprocal rank (the two lists alike), at most `limit` of them, scored below every result, so
 * the words' own matches keep their order above them. Returns them, best first.
 */
export function fillShortPage(score: Float64Array, results: readonly number[], byMeaning: readonly number[], byKeywords: readonly number[], limit: number): number[] {
  const taken = new Set(results);
  const fused = new Map<number, number>();
  for (const list of [byMeaning, byKeywords]) {
    list.forEach((id, rank) => {
      if (!taken.has(id)) fused.set(id, (fused.get(id) ?? 0) + 1 / (FUSION.fillRrf + rank + 1));
    });
  }
  const order = [...fused].sort((a, b) => b[1] - a[1] || a[0] - b[0]).slice(0, limit);
  scoreBelow(score, results, order);
  return order.map(([id]) => id);
}

/**
 * Scores passages, given best first with a value each, below every one of `results`, in that
 * order: half the lowest result's score at most (rounding never lifts one above it); without
 * results, at most 0.5.
 */
export function scoreBelow(score: Float64Array, results: readonly number[], order: readonly (readonly [number, number])[]): void {
  let lowest = 1;
  for (const id of results) lowest = Math.min(lowest, score[id]!);
  const best = order[0]?.[1] || 1;
  for (const [id, value] of order) score[id] = Math.floor(((lowest * value) / (2 * best)) * 1e5) / 1e5;
}
