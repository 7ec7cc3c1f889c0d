/**
 * Passage keywords (document expansion): the queries each passage answers, in everyday words
 * (content/passage-keywords.json). A second, lean SearchEngine indexes each passage's queries as one
 * short document, so a question in everyday words finds the passage even when its own text shares
 * none of them. The two rankings are fused by reciprocal rank, weighted as meaning is (by how weak
 * the words' own evidence is), so keyword, phrase and acronym queries keep the order their words
 * give them. Chosen with `npm run bench:search`: folding the keywords into the passage's own terms
 * gained about half as much on questions, and a document per keyword query a little less than one
 * per passage, at three times the cost at 100×.
 */
import type { CorpusBlock } from "../explore/corpus";
import type { Alternative } from "./analyze-query";
import { stems } from "./text";
import { topK } from "./top-k";

export const KEYWORDS = {
  /** Reciprocal rank fusion's constant: small, so the first few ranks of either list count most. */
  rrf: 10,
  /** The best results (by the words, blended with meaning where it applies) re-ranked with the keywords' ranks (bounded work; deeper ones keep their order below them). */
  head: 100,
  /** Passages taken from the keyword ranking. */
  depth: 50,
} as const;

/** One document per passage holding all its keyword queries, with the passage's id, agency, part and tags (so filters apply), not its footnotes. */
export function keywordDocuments(blocks: CorpusBlock[], keywords: Record<string, string[]>): CorpusBlock[] {
  return blocks.flatMap((b) => (keywords[b.id]?.length ? [{ ...b, text: keywords[b.id]!.join(" · "), notes: [] }] : []));
}

/** Each passage's keyword queries as sets of stems, worked out on first use: a hit's reason is looked for query after query. */
const stemmedQuestions = new WeakMap<readonly string[], Set<string>[]>();
function stemsOf(questions: readonly string[]): Set<string>[] {
  let known = stemmedQuestions.get(questions);
  if (!known) stemmedQuestions.set(questions, (known = questions.map((q) => new Set(stems(q)))));
  return known;
}

/** Whether a keyword query (its stems) has an alternative: all its stems, or for a prefix one, a stem it starts. */
function hasAlternative(own: ReadonlySet<string>, a: Pick<Alternative, "stems" | "prefix">): boolean {
  for (const s of a.stems) {
    if (a.prefix ? !startsAny(own, s) : !own.has(s)) return false;
  }
  return true;
}

function startsAny(words: ReadonlySet<string>, prefix: string): boolean {
  for (const w of words) if (w.startsWith(prefix)) return true;
  return false;
}

/** What a group of the query can match: its alternatives' stems (a prefix alternative, any stem it starts). */
type Asked = readonly { alternatives: readonly Pick<Alternative, "stems" | "prefix">[] }[];

/**
 * Of a passage's keyword queries, the one that has the most of the query's words (the first of
 * equals), and whether it has them all: only such a one is worth showing as the reason for a hit.
 */
export function bestAnswer(questions: readonly string[], asked: Asked): { text: string; whole: boolean } | null {
  let best: { text: string; count: number } | null = null;
  const stemmed = stemsOf(questions);
  for (let i = 0; i < questions.length; i++) {
    const own = stemmed[i]!;
    let count = 0;
    for (const g of asked) if (g.alternatives.some((a) => hasAlternative(own, a))) count++;
    if (!best || count > best.count) best = { text: questions[i]!, count };
  }
  return best && best.count > 0 ? { text: best.text, whole: best.count === asked.length } : null;
}

/**
 * Re-scores the results so that the head (the best KEYWORDS.head by `better`) and the passages of
 * `byKeywords` (best first) are ordered by reciprocal rank fusion of their rank in each, the
 * latter counting `weight` (0–1). Passages of `byKeywords` not in the results join them. The rest
 * keep their order, scored below every fused passage. Returns the passages that joined.
 */
export function fuseKeywordRanks(score: Float64Array, results: number[], byKeywords: number[], weight: number, better: (a: number, b: number) => boolean): number[] {
  const fused = new Map<number, number>();
  topK(results, KEYWORDS.head, better).forEach((id, rank) => fused.set(id, 1 / (KEYWORDS.rrf + rank + 1)));
  byKeywords.forEach((id, rank) => fused.set(id, (fused.get(id) ?? 0) + weight / (KEYWORDS.rrf + rank + 1)));
  // Scaled so the first of the words' ranking alone scores 1.
  const scale = KEYWORDS.rrf + 1;
  let lowest = Infinity;
  for (const [id, value] of fused) lowest = Math.min(lowest, (score[id] = Math.round(value * scale * 1e5) / 1e5));
  let bestRest = 0;
  for (const id of results) if (!fused.has(id)) bestRest = Math.max(bestRest, score[id]!);
  // Below the lowest fused score (by a rounding step), in their order; 0 stays 0.
  const ceiling = Math.max(0, lowest - 1e-5);
  for (const id of results) if (!fused.has(id)) score[id] = bestRest > 0 ? Math.floor(((ceiling * score[id]!) / bestRest) * 1e5) / 1e5 : 0;
  const joined = new Set(byKeywords);
  for (const id of results) joined.delete(id);
  return [...joined];
}
