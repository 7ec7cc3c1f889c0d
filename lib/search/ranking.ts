/**
 * Ranking: BM25 over stems, field by field, with each group's best alternative weighted (the
 * word as typed 1, an acronym's expansion 0.85, a correction 0.7, a synonym 0.6), a
 * minimum-should-match rule over the content words, and a coordination factor so
 * passages holding more of the words come first. Also says why a hit matched.
 */
import type { CorpusBlock } from "../explore/corpus";
import type { Alternative, Group, Via } from "./analyze-query";
import { lowerBound } from "./dictionary";
import type { PassageTerms, TermRange } from "./passage-terms";
import type { Postings } from "./postings";
import type { TokenStreams } from "./token-streams";

/** What ranking reads of the index. */
export type RankingIndex = {
  readonly blocks: CorpusBlock[];
  readonly passageTerms: PassageTerms;
  readonly postings: Postings;
  readonly stemStreams: TokenStreams;
  readonly averageLength: number;
  readonly passageGroup: Int32Array;
  readonly groupDocs: number[][];
  /** BM25's length normalisation per passage: K1 · (1 − B + B · length / average length). */
  readonly norms: Float32Array;
  readonly boost: Float64Array;
  /** The passages each run of stems matches (key: runKey), filled on first use: see runMatches. */
  readonly runMatches: Map<string, Int32Array>;
  fieldMatches(word: string): { heading: Set<number>; agency: Set<number>; notes: Set<number> };
};

export const K1 = 1.2;
const B = 0.75;
// Footnotes count least: a passage that only cites a note about the words ranks below one that uses them.
export const TEXT_WEIGHT = 3;
/** A match only in the heading, agency or notes scores a flat share (text scores by BM25). */
const FIELD_SCORE = { heading: 1.5 * 0.3, agency: 2 * 0.3, notes: 0.5 * 0.3 };

export type PreparedAlternative = Alternative & {
  idf: number;
  /** Matches the passage text: its BM25 term frequency there, or 0. */
  frequency(passage: number): number;
  /** Every passage it matches, with its term frequency there (a passage may come more than once). */
  visitMatches(visit: (passage: number, tf: number) => void): void;
};
export type PreparedGroup = {
  word: string;
  required: boolean;
  alternatives: PreparedAlternative[];
  fields: { heading: Set<number>; agency: Set<number>; notes: Set<number> };
  /** Passages read to find its candidates: plans which groups retrieval starts from. */
  cost: number;
  /**
   * In so many passages (over COMMON_SHARE) that it says little: it adds to the score but neither finds
   * candidates nor counts towards the minimum to match, unless every word of the query is common.
   */
  common: boolean;
};

const COMMON_SHARE = 0.1;
/** …and in at least this many: in a small corpus no word is common. */
const MIN_COMMON = 100;

/** How many of n optional words a passage must have: all of one or two, then all but one, then about 60%. */
export function minimumShouldMatch(n: number): number {
  if (n <= 2) return n;
  if (n <= 4) return n - 1;
  return Math.ceil(n * 0.6);
}

/**
 * The minimum actually applied, given how many passages have each number of words
 * (`histogram[k]`): from `first`, lowered while too few pass. Three or more words fill a page
 * with passages holding fewer of them; fewer words relax only rather than find nothing.
 */
export function relaxedMinimum(histogram: Int32Array, first: number, floor: number, words: number, page: number): number {
  let m = first;
  let atLeast = 0;
  for (let k = histogram.length - 1; k >= first; k--) atLeast += histogram[k]!;
  while (m > floor && (words >= 3 ? atLeast < page : atLeast === 0)) atLeast += histogram[--m]!;
  return m;
}

function idfOf(total: number, df: number): number {
  return Math.log(1 + (total - df + 0.5) / (df + 0.5));
}

function prepareAlternative(index: RankingIndex, alternative: Alternative): PreparedAlternative {
  const terms = index.passageTerms;
  const total = index.blocks.length;
  if (alternative.stems.length === 1) {
    const s = alternative.stems[0]!;
    const exact = rangeOf(index, s);
    const range = alternative.prefix ? terms.range(s) : exact;
    return {
      ...alternative,
      idf: idfOf(total, terms.df(exact) || terms.df(range) || 1),
      frequency(passage) {
        if (!terms.hasInText(passage, range)) return 0;
        const count = terms.count(passage, exact);
        return count > 0 ? count : 0.5; // matched as the start of a longer word
      },
      visitMatches(visit) {
        // Only the last, half-typed word has a range of terms: a longer word it starts counts half.
        index.postings.forEachCount(range, (passage, term, count) => visit(passage, term === exact.lo && exact.hi > exact.lo ? count : 0.5));
      },
    };
  }
  // A run of stems (an expansion, a synonym, a name's words).
  const ranges = alternative.stems.map((s) => rangeOf(index, s));
  const matches = runMatches(index, alternative, ranges);
  return {
    ...alternative,
    idf: Math.max(...ranges.map((r) => idfOf(total, terms.df(r) || 1))),
    frequency: (passage) => (includes(matches, passage) ? 1 : 0),
    visitMatches(visit) {
      for (let i = 0; i < matches.length; i++) visit(matches[i]!, 1);
    },
  };
}

/** What identifies a run's matches: its stems, and whether they may be scattered. */
function runKey(alternative: Pick<Alternative, "stems" | "scattered">): string {
  return `${alternative.scattered ? "~" : ""}${alternative.stems.join(" ")}`;
}

/**
 * The passages (in id order) whose text has the run: its rarest stem's passages, each with all the
 * stems (a binary search each) and, unless scattered, the run in order (a scan of the passage).
 * That is most of a question's cost in a large index, for the same synonyms query after query, so
 * each index keeps the answer (as Lucene's query cache keeps a frequent clause's documents). The
 * runs are bounded by the data, not by what is typed: the thesaurus's synonyms, the glossary's
 * expansions, instrument names and "No. <number>" for two- and three-digit numbers.
 */
function runMatches(index: RankingIndex, alternative: Alternative, ranges: TermRange[]): Int32Array {
  const key = runKey(alternative);
  const known = index.runMatches.get(key);
  if (known) return known;
  const terms = index.passageTerms;
  const rarest = ranges.reduce((a, b) => (terms.df(b) < terms.df(a) ? b : a), ranges[0]!);
  const inOrder = index.stemStreams.sequence(alternative.stems);
  const allPresent = (passage: number) => ranges.every((r) => r.hi > r.lo && terms.hasInText(passage, r));
  const found: number[] = [];
  index.postings.forEach(rarest, (p) => {
    if (allPresent(p) && (alternative.scattered || inOrder(p))) found.push(p);
  });
  const matches = Int32Array.from(found);
  index.runMatches.set(key, matches);
  return matches;
}

/** Whether a sorted array has the value. */
function includes(sorted: Int32Array, value: number): boolean {
  const at = lowerBound(sorted, value);
  return at < sorted.length && sorted[at] === value;
}

export function prepareGroups(index: RankingIndex, groups: Group[]): PreparedGroup[] {
  return groups.map((g) => {
    const alternatives = g.alternatives.map((a) => prepareAlternative(index, a));
    let cost = 0;
    for (const a of alternatives) cost += a.stems.length === 1 ? index.postings.size(a.prefix ? index.passageTerms.range(a.stems[0]!) : rangeOf(index, a.stems[0]!)) : 1;
    // The fields other than the text are matched by the word as typed (or its acronym); a word the text
    // is full of gains nothing from them but work.
    const fields = cost > commonAt(index) ? NO_FIELDS : index.fieldMatches(g.alternatives[0]!.highlight[0] ?? g.word);
    cost += fields.notes.size + fields.heading.size + fields.agency.size;
    return { word: g.word, required: g.required, alternatives, fields, cost, common: false };
  }).map((g, _, all) => {
    const isCommon = (o: PreparedGroup) => !o.required && o.cost > commonAt(index);
    // Unless every word that matches anything is common: then they all retrieve.
    return { ...g, common: isCommon(g) && !all.every((o) => o.required || o.cost === 0 || isCommon(o)) };
  });
}

const NO_FIELDS = { heading: new Set<number>(), agency: new Set<number>(), notes: new Set<number>() };

/** The number of passages past which a word is common. */
export function commonAt(index: Pick<RankingIndex, "blocks">): number {
  return Math.max(MIN_COMMON, COMMON_SHARE * index.blocks.length);
}

/** The id range of exactly this stem (empty when the index does not have it). */
function rangeOf(index: RankingIndex, s: string): TermRange {
  const id = index.passageTerms.idOf(s);
  return id >= 0 ? { lo: id, hi: id + 1 } : { lo: 0, hi: 0 };
}

type GroupMatch = { score: number; alternative: PreparedAlternative | null; field: keyof typeof FIELD_SCORE | null };

function matchGroup(index: RankingIndex, group: PreparedGroup, passage: number, norm: number, requiredOnly: boolean): GroupMatch {
  let best: GroupMatch = { score: 0, alternative: null, field: null };
  for (const a of group.alternatives) {
    // A +required word is satisfied by itself, its acronym forms or a correction, not by a synonym.
    if (requiredOnly && a.via === "synonym") continue;
    const tf = a.frequency(passage);
    if (tf === 0) continue;
    const score = a.weight * TEXT_WEIGHT * ((a.idf * tf * (K1 + 1)) / (tf + norm));
    if (score > best.score) best = { score, alternative: a, field: null };
  }
  if (best.alternative) return best;
  const part = index.passageGroup[passage]!;
  if (group.fields.agency.has(part)) return { score: FIELD_SCORE.agency, alternative: null, field: "agency" };
  if (group.fields.heading.has(part)) return { score: FIELD_SCORE.heading, alternative: null, field: "heading" };
  if (group.fields.notes.has(passage)) return { score: FIELD_SCORE.notes, alternative: null, field: "notes" };
  return best;
}

function lengthNorm(index: RankingIndex, passage: number): number {
  return index.norms[passage]!;
}

/** The length normalisation of every passage, computed once per index. */
export function lengthNorms(terms: PassageTerms, averageLength: number): Float32Array {
  return Float32Array.from({ length: terms.passages }, (_, p) => K1 * (1 - B + (B * terms.length(p)) / averageLength));
}

/**
 * Term at a time: each group's best score in every passage it matches goes into its own array
 * (`scores[g][passage]`, zero elsewhere), reading each alternative's postings once. `retrieve` is
 * called for the passages that may be results: those of the rarest required word if there is one,
 * else those of every word that is not common. The work is the postings read, not passages × words.
 */
export function accumulate(index: RankingIndex, groups: PreparedGroup[], scores: Float32Array[], retrieve: (passage: number) => void): void {
  const norms = index.norms;
  const required = groups.filter((g) => g.required).sort((a, b) => a.cost - b.cost)[0];
  groups.forEach((group, g) => {
    const into = scores[g]!;
    const retrieving = required ? group === required : !group.common;
    for (const a of group.alternatives) {
      // A +required word is satisfied by itself, its acronym forms or a correction, not by a synonym.
      if (group.required && a.via === "synonym") continue;
      const factor = a.weight * TEXT_WEIGHT * a.idf * (K1 + 1);
      a.visitMatches((passage, tf) => {
        const score = (factor * tf) / (tf + norms[passage]!);
        if (score > into[passage]!) into[passage] = score;
        if (retrieving) retrieve(passage);
      });
    }
    const flat = (passage: number, score: number) => {
      if (into[passage] === 0) into[passage] = score;
      if (retrieving) retrieve(passage);
    };
    for (const part of group.fields.agency) for (const passage of index.groupDocs[part]!) flat(passage, FIELD_SCORE.agency);
    for (const part of group.fields.heading) for (const passage of index.groupDocs[part]!) flat(passage, FIELD_SCORE.heading);
    for (const passage of group.fields.notes) flat(passage, FIELD_SCORE.notes);
  });
}

/** Whether the passage's text (not only its heading, agency or notes) has every required group, as accumulate counts it: not by a synonym. */
export function requiredInText(groups: readonly PreparedGroup[], passage: number): boolean {
  return groups.every((g) => !g.required || g.alternatives.some((a) => a.via !== "synonym" && a.frequency(passage) > 0));
}

/** A passage's score from the groups' arrays (0 when it lacks a required word); `out.matched` is how many optional words it has. */
export function totalScore(index: RankingIndex, groups: PreparedGroup[], scores: Float32Array[], passage: number, out: { matched: number }): number {
  let score = 0;
  let matched = 0;
  for (let g = 0; g < groups.length; g++) {
    const s = scores[g]![passage]!;
    if (s === 0) {
      if (groups[g]!.required) return 0;
      continue;
    }
    if (!groups[g]!.required && !groups[g]!.common) matched++;
    score += s;
  }
  out.matched = matched;
  return score === 0 ? 0 : score + index.boost[passage]!;
}

const VIA_ORDER: Via[] = ["acronym", "synonym", "typo"];

/** The words to highlight in a hit, how it matched and why. Run for the shown hits only. */
export function explainHit(index: RankingIndex, groups: PreparedGroup[], passage: number): { matched: string[]; via: Via; why: string[] } {
  const norm = lengthNorm(index, passage);
  const matched = new Set<string>();
  const vias = new Set<Via>();
  const why = new Set<string>();
  let count = 0;
  for (const group of groups) {
    const match = matchGroup(index, group, passage, norm, group.required);
    if (match.score === 0) continue;
    count++;
    if (match.alternative) {
      for (const w of match.alternative.highlight) matched.add(w);
      if (match.alternative.via !== "exact") vias.add(match.alternative.via);
      if (match.alternative.reason) why.add(match.alternative.reason);
    } else if (match.field) {
      why.add(`${group.word}: in the ${match.field === "notes" ? "footnotes" : match.field}`);
    }
  }
  if (count < groups.length) why.add(`matched ${count} of ${groups.length} words`);
  const via = count < groups.length ? "partial" : (VIA_ORDER.find((v) => vias.has(v)) ?? "exact");
  return { matched: [...matched], via, why: [...why] };
}
