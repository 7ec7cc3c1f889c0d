/** The shapes search answers with and is built from: hits, results, a prepared search, the index's options. */
import type { CorpusBlock } from "../explore/corpus";
import type { AnalyzedQuery, Via } from "./analyze-query";
import type { Facets } from "./facets";
import type { PassageVectors } from "./meaning/vectors";
import type { ParsedQuery } from "./parse-query";
import type { PreparedGroup } from "./ranking";
import type { SearchEngine } from "./search-engine";

export type SearchFilters = ParsedQuery["filters"];
export type SearchHit = {
  block: CorpusBlock;
  score: number;
  /** Words to highlight in the passage (never stop words). */
  matched: string[];
  via: Via;
  /** Why it matched, when not simply by the words typed: "synonym: xenophobia", "answers “…”", "matched 2 of 3 words". */
  why: string[];
};
export type SearchResult = {
  total: number;
  /** Of the total, the passages added below the words' matches to fill a short page. */
  filled: number;
  /**
   * How many of them, in the order they follow: `apart`, passages with a quoted phrase's words but
   * not as the phrase (a phrase the book has too seldom); `meaning`, passages close in meaning or
   * answering similar questions.
   */
  filledBy: { apart: number; meaning: number };
  /** Whether the query has a quoted phrase: then the words' matches are the phrase's. */
  phrase: boolean;
  hits: SearchHit[];
  facets: Facets;
  /** A corrected or broader query when this one found nothing (or only through corrections). */
  suggestion: string | null;
  /** Expansions applied, e.g. "GFMD → Global Forum on Migration and Development". */
  expansions: string[];
  /**
   * Whether meaning would help this query: the text to encode and the weight meaning would get
   * (null for a keyword, phrase or strict query, or when the words already match well; weight 0
   * when meaning only fills a short page, which a phrase's page may be, but never a +required word's).
   * `applied` says whether the results were fused with the query vector the caller gave.
   */
  meaning: { text: string; weight: number; applied: boolean } | null;
};
/** A search whose words are matched and ranked, waiting for `finish` (see SearchEngine.prepare). */
export type PreparedSearch = {
  readonly engine: SearchEngine;
  readonly query: AnalyzedQuery;
  readonly groups: PreparedGroup[];
  /** Agencies named in the possessive, whose own passages are lifted. */
  readonly owners: Set<string>;
  /** The passages kept (those with enough of the words), and after them those of `apart`. */
  readonly kept: Int32Array;
  /** For a quoted phrase the book has too seldom for a page: passages with its words apart, scored below every match of it. */
  readonly apart: Int32Array;
  /** Every passage with any of the words that passed the filters, and its score by the words (a passage meaning adds keeps its share). */
  readonly pool: Int32Array;
  readonly scores: Float64Array;
  /** The filters and excluded words, for passages meaning adds; null when there are none. */
  readonly accept: ((id: number) => boolean) | null;
  readonly meaning: { text: string; weight: number } | null;
  /** The text to match against the passages' keyword queries and the weight (0–1) of their ranking, or null (passage-keywords.ts). */
  readonly keywords: { text: string; weight: number } | null;
  /** The words matched too few passages for a page: meaning and the keyword queries add passages below them (fusion.ts fillShortPage). */
  readonly fill: boolean;
};

export type SearchEngineOptions = {
  /** Instruments cited by number, and their names (content/instruments.json). */
  instruments?: Record<string, string>;
  /** Queries each passage answers, in everyday words (content/passage-keywords.json), by passage id (passage-keywords.ts). */
  keywords?: Record<string, string[]>;
  /** An index of short texts searched as typed (the inner index of passage keywords): no spelling correction, proximity or feedback. */
  lean?: boolean;
  /** The passages' meaning vectors, in the order of `blocks` without subheadings (meaning/passage-vectors-for.ts). */
  vectors?: PassageVectors;
};
