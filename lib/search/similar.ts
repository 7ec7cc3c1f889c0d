/**
 * "Similar passages from other agencies": more-like-this over the BM25 index. A passage's most
 * distinctive stems (tf × idf) become a weighted query; other agencies' recommendations, good
 * practices, challenges and gaps are ranked by BM25 on them, and each result names the words
 * it shares. The answer to a researcher's "who else recommends this?".
 */
import type { CorpusBlock } from "../explore/corpus";
import type { PartKind } from "../book/schema";
import type { RankingIndex } from "./ranking";
import { isStopWord } from "./stop-words";

export type SimilarPassage = { block: CorpusBlock; score: number; shared: string[] };

const QUERY_TERMS = 15;
/** A stem in more than this share of passages says nothing about what a passage is about. */
const MAX_SHARE = 0.2;
const PARTS: readonly PartKind[] = ["recommendations", "good-practices", "challenges", "gaps"];
const K1 = 1.2;
const B = 0.75;

export function similarPassages(index: RankingIndex, passage: number, limit: number, display: (stem: string) => string): SimilarPassage[] {
  const terms = index.passageTerms;
  const total = index.blocks.length;
  const own = index.blocks[passage]!;
  const query = terms
    .termsOf(passage)
    .filter(({ term }) => terms.terms[term]!.length > 2 && !/^\d+$/.test(terms.terms[term]!) && !isStopWord(terms.terms[term]!))
    .map(({ term, count }) => {
      const df = terms.df({ lo: term, hi: term + 1 });
      return { term, df, weight: Math.log(1 + count) * Math.log(1 + (total - df + 0.5) / (df + 0.5)) };
    })
    .filter((t) => t.df >= 2 && t.df <= Math.max(5, total * MAX_SHARE))
    .sort((a, b) => b.weight - a.weight)
    .slice(0, QUERY_TERMS);
  if (query.length === 0) return [];

  const scores = new Map<number, { score: number; shared: number[] }>();
  // Shared words are listed most distinctive first.
  for (const t of query) {
    index.postings.forEach({ lo: t.term, hi: t.term + 1 }, (other) => {
      const block = index.blocks[other]!;
      if (block.agency.slug === own.agency.slug || !block.kinds.some((k) => PARTS.includes(k))) return;
      const tf = terms.count(other, { lo: t.term, hi: t.term + 1 });
      const norm = K1 * (1 - B + (B * terms.length(other)) / index.averageLength);
      const entry = scores.get(other) ?? { score: 0, shared: [] };
      entry.score += (t.weight * tf * (K1 + 1)) / (tf + norm);
      entry.shared.push(t.term);
      scores.set(other, entry);
    });
  }
  // One word in common is chance; ask for two, and rank by score.
  return [...scores]
    .filter(([, e]) => e.shared.length >= 2)
    .sort((a, b) => b[1].score - a[1].score || a[0] - b[0])
    .slice(0, limit)
    .map(([id, e]) => ({ block: index.blocks[id]!, score: Math.round(e.score * 1000) / 1000, shared: e.shared.slice(0, 5).map((t) => display(terms.terms[t]!)) }));
}
