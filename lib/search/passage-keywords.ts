/**
 * Passage keywords (document expansion): the queries each passage answers, in everyday words
 * (content/passage-keywords.json). Each is indexed as a short document of its own, by a second
 * SearchEngine over them, so a question that matches most words of one keyword query is strong
 * evidence for that passage even when the passage's own text shares none of them. The two rankings
 * are fused by reciprocal rank, weighted as meaning is (by how weak the words' own evidence is),
 * so keyword, phrase and acronym queries keep the order their words give them. Chosen with
 * `npm run bench:search`: folding the keywords into the passage's own words as extra terms gained
 * about half as much on questions.
 */
import type { CorpusBlock } from "../explore/corpus";
import { topK } from "./top-k";

export const KEYWORDS = {
  /** Reciprocal rank fusion's constant: small, so the first few ranks of either list count most. */
  rrf: 10,
  /** Results by the words re-ranked with the keywords' ranks (bounded work; deeper ones keep their order below them). */
  head: 100,
  /** Passages taken from the keyword ranking. */
  depth: 50,
} as const;

/** One short document per keyword query, its id the passage's with the query's number ("ilo-gaps-a#1"). */
export function keywordDocuments(blocks: CorpusBlock[], keywords: Record<string, string[]>): CorpusBlock[] {
  return blocks.flatMap((b) => (keywords[b.id] ?? []).map((text, k) => ({ ...b, id: `${b.id}#${k}`, text })));
}

/** The passage id a keyword document belongs to. */
export function passageOf(documentId: string): string {
  const at = documentId.lastIndexOf("#");
  return at === -1 ? documentId : documentId.slice(0, at);
}

/**
 * Re-scores the results so that the head (the best KEYWORDS.head by `better`) is ordered by
 * reciprocal rank fusion of its rank by the words and its rank among `byKeywords` (passages, best
 * first), the latter counting `weight` (0–1). Passages of `byKeywords` not in the results join
 * them. The rest keep their order, scored below the head. Returns the passages that joined.
 */
export function fuseKeywordRanks(score: Float64Array, results: number[], byKeywords: number[], weight: number, better: (a: number, b: number) => boolean): number[] {
  const head = topK(results, KEYWORDS.head, better);
  const fused = new Map<number, number>();
  head.forEach((id, rank) => fused.set(id, 1 / (KEYWORDS.rrf + rank + 1)));
  byKeywords.forEach((id, rank) => fused.set(id, (fused.get(id) ?? 0) + weight / (KEYWORDS.rrf + rank + 1)));
  // Scaled so the first of the words' ranking alone scores 1; the rest keep their order below the head's last.
  const scale = KEYWORDS.rrf + 1;
  const floor = scale / (KEYWORDS.rrf + KEYWORDS.head + 1);
  let bestRest = 0;
  for (const id of results) if (!fused.has(id)) bestRest = Math.max(bestRest, score[id]!);
  const joined = new Set(fused.keys());
  for (const id of results) {
    joined.delete(id);
    if (!fused.has(id)) score[id] = Math.round(((floor * score[id]!) / bestRest) * 1e5) / 1e5;
  }
  for (const [id, value] of fused) score[id] = Math.round(Math.max(value * scale, floor) * 1e5) / 1e5;
  return [...joined];
}
