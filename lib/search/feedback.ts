/**
 * Pseudo-relevance feedback (RM3-style) for questions: the distinctive stems of the best passages,
 * weighted by their scores, lift the other passages of the head of the ranking that have them. It
 * only re-orders what the query already found, so totals and facets stay; the work is bounded by
 * the head's size however many passages matched.
 */
import type { PassageTerms } from "./passage-terms";
import type { PreparedGroup } from "./ranking";
import { topK } from "./top-k";

const DOCS = 5;
const TERMS = 8;
const WEIGHT = 8;
const HEAD = 300;
/** A stem in more than this share of passages is too common to say what the best ones are about. */
const MAX_SHARE = 0.15;

/** Adds the feedback lift to `score` (one slot per passage) for the head of `kept`. */
export function applyFeedback(terms: PassageTerms, score: Float64Array, kept: number[], groups: PreparedGroup[]): void {
  const total = terms.passages;
  const better = (a: number, b: number) => score[a]! > score[b]! || (score[a] === score[b] && a < b);
  const top = topK(kept, DOCS, better);
  const best = score[top[0]!]!;
  const own = new Set(groups.flatMap((g) => g.alternatives.flatMap((a) => a.stems.map((s) => terms.idOf(s)))));
  const weights = new Map<number, number>();
  for (const id of top) {
    const share = score[id]! / best / Math.max(1, terms.length(id));
    for (const { term, count } of terms.termsOf(id)) {
      if (own.has(term) || terms.terms[term]!.length < 3 || /\d/.test(terms.terms[term]!)) continue;
      const df = terms.df({ lo: term, hi: term + 1 });
      if (df > total * MAX_SHARE || df < 2) continue;
      weights.set(term, (weights.get(term) ?? 0) + share * count * Math.log(1 + total / df));
    }
  }
  const chosen = [...weights].sort((a, b) => b[1] - a[1]).slice(0, TERMS);
  if (chosen.length === 0) return;
  const top1 = chosen[0]![1];
  for (const id of kept.length > HEAD ? topK(kept, HEAD, better) : kept) {
    let lift = 0;
    for (const [term, w] of chosen) if (terms.hasInText(id, { lo: term, hi: term + 1 })) lift += w / top1;
    score[id] = Math.round((score[id]! + WEIGHT * lift) * 1000) / 1000;
  }
}
