/**
 * Full-text search over passages. Builds the index (passage-index.ts: per-passage stems, word and
 * stem streams, and the headings, agencies and footnotes in field-index.ts; then postings), then answers a query in
 * steps: analysis (analyze-query.ts: content words, with their alternatives), retrieval (the
 * passages that can satisfy enough of the words), ranking (ranking.ts: BM25 with the
 * alternatives' weights and a minimum-should-match rule), fusion with meaning (fusion.ts: when
 * the words are weak and the caller has the query's meaning vector) and with the questions each
 * passage answers (passage-keywords.ts: a second, lean index of this class over them), and
 * facets and paging. Pure apart from FlexSearch: the caller supplies the passages, their
 * keywords and vectors, and the query's vector.
 */
import type { CorpusBlock } from "../explore/corpus";
import { matchesFilter } from "../explore/filter-blocks";
import { analyzeQuery, encoderText, LIMITS, type AnalyzedQuery, type Lexicon, type Via } from "./analyze-query";
import { FacetCodes } from "./facets";
import type { FieldIndex, FieldMatches } from "./field-index";
import { applyFeedback } from "./feedback";
import type { AgencyNames } from "./agency-names";
import { FUSION, fillShortPage, fuseWithMeaning, meaningWeight, scoreBelow } from "./fusion";
import type { PassageVectors } from "./meaning/vectors";
import { glossaryLexicon, indexLexicon } from "./glossary-lexicon";
import { inlineAcronyms } from "./inline-acronyms";
import { parseQuery, withoutPhraseQuotes } from "./parse-query";
import { KEYWORDS, bestAnswer, fuseKeywordRanks, keywordDocuments } from "./passage-keywords";
import { indexPassages } from "./passage-index";
import type { PassageTerms } from "./passage-terms";
import { Postings } from "./postings";
import { Proximity } from "./proximity";
import { accumulate, commonAt, explainHit, lengthNorms, minimumShouldMatch, prepareGroups, relaxedMinimum, requiredInText, totalScore, type PreparedGroup, type RankingIndex } from "./ranking";
import { QueryWorkspace } from "./query-workspace";
import { similarPassages, type SimilarPassage } from "./similar";
import { Speller } from "./spelling";
import type { SurfaceForms } from "./surface-forms";
import { stem } from "./text";
import type { TokenStreams } from "./token-streams";
import { topK } from "./top-k";
import type { PreparedSearch, SearchEngineOptions, SearchFilters, SearchHit, SearchResult } from "./search-types";

export type { PreparedSearch, SearchEngineOptions, SearchFilters, SearchHit, SearchResult } from "./search-types";
export type { SimilarPassage };

/** Fewer hits than this (one page) and a query of three or more words also accepts passages with fewer of them. */
const PAGE = 10;
/** How many of the best passages proximity re-scores: bounded work, and deeper ones rarely reach the page. */
const PROXIMITY_HEAD = 300;

/** Ways of matching that are the query's own words: the evidence that meaning is not needed. */
const STRONG = new Set<Via>(["exact", "acronym", "typo"]);

/** A passage of an agency the query names in the possessive scores this share more. */
const OWNER_SHARE = 0.6;
/** The words matched and scored, while their scores are in the workspace (SearchEngine.match). */
type Matched = { query: AnalyzedQuery; groups: PreparedGroup[]; owners: Set<string>; kept: number[]; pool: number[]; apart: number[]; strict: boolean; accept: ((id: number) => boolean) | null };

/** What a lean index's documents match besides their words: nothing. */
const NO_FIELD_MATCHES: FieldMatches = { heading: new Set(), agency: new Set(), notes: new Set() };
/** Why a passage with a quoted phrase's words, but not as the phrase, follows the phrase's matches. */
const APART_REASON = "has the quoted words, not as the phrase";
/** Pseudo-relevance feedback (feedback.ts) is for questions of this many content words or more. */
const FEEDBACK_MIN_WORDS = 3;

export class SearchEngine implements RankingIndex {
  readonly blocks: CorpusBlock[];
  readonly passageTerms: PassageTerms;
  readonly postings: Postings;
  /** Each passage's folded words in order, for quoted phrases. */
  readonly wordStreams: TokenStreams;
  /** Each passage's stems in order, for expansions and synonyms in any inflection. */
  readonly stemStreams: TokenStreams;
  /** Null in a lean index. */
  private readonly proximity: Proximity | null;
  readonly averageLength: number;
  /** Which part group (heading, subheading and agency) each passage belongs to. */
  readonly passageGroup: Int32Array;
  readonly groupDocs: number[][];
  /** Recommendations are what researchers come for: a small lift over other parts, per passage. */
  readonly boost: Float64Array;
  readonly runMatches = new Map<string, Int32Array>();
  private readonly fields: FieldIndex;
  private readonly facetCodes: FacetCodes;
  private readonly lexicon: Lexicon;
  private readonly byId: Map<string, number>;
  /** Agencies by slug, acronym and title: for filters and possessives. */
  private readonly agencies: AgencyNames;
  /** The words in the text behind each stem, to show shared words readably. */
  private readonly surface: SurfaceForms;
  private readonly workspace: QueryWorkspace;
  /** One array per query word of each passage's best score for it (ranking.ts accumulate), zeroed after every query. */
  private readonly accumulators: Float32Array[];
  readonly norms: Float32Array;
  /** The passages' meaning vectors, or null: then every query is matched by its words only. */
  readonly vectors: PassageVectors | null;
  /** The passages' keyword queries, each a document of this inner index (passage-keywords.ts), or null without keywords. */
  private readonly keywordIndex: SearchEngine | null;
  /** For each keyword document, its passage. */
  private readonly keywordOwner: Int32Array;
  private readonly keywords: Record<string, string[]>;
  /** An inner index of short texts, searched as typed: no spelling correction, proximity or feedback. */
  private readonly lean: boolean;

  constructor(blocks: CorpusBlock[], glossary: { term: string; expansion: string }[], synonyms: Record<string, string[]>, options: SearchEngineOptions = {}) {
    const built = indexPassages(blocks);
    ({ blocks: this.blocks, byId: this.byId, passageTerms: this.passageTerms, wordStreams: this.wordStreams, stemStreams: this.stemStreams } = built);
    ({ fields: this.fields, agencies: this.agencies, surface: this.surface, averageLength: this.averageLength } = built);
    this.postings = Postings.from(this.passageTerms);
    this.lean = options.lean ?? false;
    this.proximity = this.lean ? null : new Proximity(this.stemStreams);
    this.passageGroup = this.fields.passageGroups();
    this.groupDocs = this.fields.groupDocs;
    this.facetCodes = new FacetCodes(this.blocks);
    this.boost = Float64Array.from(this.blocks, (b) => (b.part === "recommendations" ? 0.2 : 0));
    this.workspace = new QueryWorkspace(this.blocks.length);
    if (options.vectors && options.vectors.size !== this.blocks.length) throw new Error(`${options.vectors.size} meaning vectors for ${this.blocks.length} passages`);
    this.vectors = options.vectors ?? null;
    this.accumulators = Array.from({ length: LIMITS.groups }, () => new Float32Array(this.blocks.length));
    this.norms = lengthNorms(this.passageTerms, this.averageLength);
    // A lean index corrects no spelling.
    const speller = this.lean ? null : new Speller(this.wordStreams.vocabulary(), (w) => this.df(stem(w)));
    this.lexicon = indexLexicon(glossaryLexicon(glossary, synonyms, options.instruments ?? {}, inlineAcronyms(this.blocks.map((b) => b.text))), (s) => this.df(s), (w) => this.wordStreams.idOf(w) >= 0, commonAt(this), (w) => speller?.correct(w) ?? null);
    const documents = options.keywords ? keywordDocuments(this.blocks, options.keywords) : [];
    this.keywordIndex = documents.length > 0 ? new SearchEngine(documents, glossary, synonyms, { instruments: options.instruments ?? {}, lean: true }) : null;
    this.keywordOwner = Int32Array.from(documents, (d) => this.byId.get(d.id)!);
    this.keywords = options.keywords ?? {};
  }

  get size(): number {
    return this.blocks.length;
  }

  /** How many passages' text has exactly this stem. */
  df(stemmed: string): number {
    const id = this.passageTerms.idOf(stemmed);
    return id >= 0 ? this.passageTerms.df({ lo: id, hi: id + 1 }) : 0;
  }

  /** Part groups whose heading or agency has the word, and passages whose footnotes have it. */
  fieldMatches(word: string): FieldMatches {
    // A lean index's documents are matched by their own words only: their passage's heading and agency are the main index's business.
    return this.lean ? NO_FIELD_MATCHES : this.fields.matches(word);
  }

  analyze(input: string, extra: Partial<SearchFilters> = {}): AnalyzedQuery {
    const parsed = parseQuery(input);
    parsed.filters = {
      // "agency:UNHCR", "agency:undesa" and "agency:world-bank" all name their agency.
      agency: [...parsed.filters.agency, ...(extra.agency ?? [])].map((a) => this.agencies.resolve(a)),
      part: [...parsed.filters.part, ...(extra.part ?? [])],
      theme: [...parsed.filters.theme, ...(extra.theme ?? [])],
      gcm: [...parsed.filters.gcm, ...(extra.gcm ?? [])],
    };
    return analyzeQuery(parsed, this.lexicon, input);
  }

  /** A whole search: `prepare` then `finish`. `vector` is the query's meaning vector, if the caller has one. */
  search(input: string, extra: Partial<SearchFilters> = {}, page: { limit: number; offset: number } = { limit: 20, offset: 0 }, vector: Float32Array | null = null): SearchResult {
    return this.finish(this.prepare(input, extra), page, vector);
  }

  /**
   * The words' part of a search: analysis, retrieval and ranking by BM25 (with feedback), and
   * whether meaning and the passages' keywords would help (`meaning`, `keywords`). search-passages.ts encodes the query between this and
   * `finish`, so the words are matched once however the query ends.
   */
  prepare(input: string, extra: Partial<SearchFilters> = {}): PreparedSearch {
    return this.match(input, extra, ({ query, groups, owners, kept, pool, apart, strict, accept }) => {
      // Meaning and keywords count as far as the words' own evidence is weak (never for phrases or +required
      // words, though a phrase's short page is filled); not for a query none of whose words the book has (gibberish, mostly).
      const weight = strict || groups.length < FUSION.minWords ? 0 : this.weakness(groups, kept);
      const inBook = groups.some((g) => g.cost > 0);
      // A page the words cannot fill, even by one word (or a quoted phrase with its words apart): meaning and the keyword
      // queries add passages below theirs. Never for +required words, which a passage must have.
      const fill = weight === 0 && !query.plusRequired && kept.length < PAGE && inBook;
      const text = encoderText(query);
      return {
        engine: this,
        query,
        groups,
        owners,
        kept: Int32Array.from(kept),
        apart: Int32Array.from(apart),
        pool: Int32Array.from(pool),
        scores: this.workspace.scoresOf(pool),
        accept,
        meaning: (weight > 0 || fill) && this.vectors && inBook ? { text, weight } : null,
        // The keyword queries are matched by the query as typed (corrected); `accept` applies its filters and exclusions to them.
        keywords: (weight > 0 || fill) && this.keywordIndex ? { text: withoutPhraseQuotes(query.corrected ?? input), weight: weight / FUSION.maxMeaning } : null,
        fill,
      };
    });
  }

  /** Matches and scores the words (in the workspace), hands the result to `then` while the scores are live, then clears the workspace. */
  private match<R>(input: string, extra: Partial<SearchFilters>, then: (matched: Matched) => R): R {
    const query = this.analyze(input, extra);
    const groups = prepareGroups(this, query.groups);
    const phrases = query.phrases.map((forms) => this.wordStreams.anyPhrase(forms));
    const excluded = query.excluded.map((e) => e.map((s) => this.passageTerms.idOf(s)));
    const { filters } = query;
    const filtered = excluded.length > 0 || filters.agency.length + filters.part.length + filters.theme.length + filters.gcm.length > 0;
    const optional = groups.filter((g) => !g.required && !g.common).length;
    const strict = groups.some((g) => g.required) || phrases.length > 0;
    const owners = this.agencies.namedInPossessive(input);

    const candidates: number[] = [];
    try {
      // Passages must have at least m of the optional words. One pass scores every passage with at least
      // one of them, counting how many each has; m is then the largest that fills a page (never below one).
      // An owner in the possessive lifts a passage's score but is not a word more: else the owner's
      // passages that lack the query's own words pass the minimum and fill the page.
      const first = strict ? 0 : minimumShouldMatch(optional);
      const floor = strict ? 0 : Math.min(first, 1);
      const scores = this.accumulators.slice(0, groups.length);
      accumulate(this, groups, scores, (id) => {
        if (this.workspace.seen[id]) return;
        this.workspace.seen[id] = 1;
        candidates.push(id);
      });
      const ordered = this.workspace.inIdOrder(candidates);
      const pool: number[] = [];
      // Passages with every word of a quoted phrase (and every +required word), but not as the phrase.
      const apart: number[] = [];
      const histogram = new Int32Array(LIMITS.groups + 3);
      const out = { matched: 0 };
      for (const id of ordered) {
        const score = totalScore(this, groups, scores, id, out);
        if (score <= 0) continue;
        if (filtered && !this.passesFilters(id, filters, excluded)) continue;
        if (phrases.length > 0 && !phrases.every((test) => test(id))) {
          this.workspace.score[id] = Math.round(score * 1000) / 1000;
          apart.push(id);
          continue;
        }
        const own = owners.size > 0 && owners.has(this.blocks[id]!.agency.slug);
        const matched = Math.min(histogram.length - 1, out.matched);
        this.workspace.score[id] = Math.round((score + (own ? OWNER_SHARE * score : 0)) * 1000) / 1000; // ranked as shown
        this.workspace.matched[id] = matched;
        histogram[matched]!++;
        pool.push(id);
      }
      const m = relaxedMinimum(histogram, first, floor, groups.length, PAGE);
      let kept = m === 0 ? pool : pool.filter((id) => this.workspace.matched[id]! >= m);
      // The head's passages whose neighbouring query words stand close together rank higher, lifted as the rest of their score is.
      this.proximity?.rescore(groups, topK(kept, PROXIMITY_HEAD, this.better), this.workspace.score, this.norms, (id) => (owners.size > 0 && owners.has(this.blocks[id]!.agency.slug) ? 1 + OWNER_SHARE : 1));
      // A question whose words matched loosely is re-ranked by the words its best passages share (pseudo-relevance feedback).
      if (!strict && !this.lean && groups.length >= FEEDBACK_MIN_WORDS && kept.length > PAGE) applyFeedback(this.passageTerms, this.workspace.score, kept, groups);
      // A phrase the book has too seldom for a page: the passages with its words apart (in their text) follow every match of it.
      const wordsApart = kept.length < PAGE ? topK(apart.filter((id) => requiredInText(groups, id)), FUSION.pool, this.better) : [];
      scoreBelow(this.workspace.score, kept, wordsApart.map((id) => [id, this.workspace.score[id]!]));
      kept = kept.concat(wordsApart); // first: kept may be the pool itself
      pool.push(...wordsApart);
      return then({ query, groups, owners, kept, pool, apart: wordsApart, strict, accept: filtered ? (id) => this.passesFilters(id, filters, excluded) : null });
    } finally {
      this.workspace.reset(candidates);
      for (let g = 0; g < groups.length; g++) this.accumulators[g]!.fill(0);
    }
  }

  /** The rest of a search: fusion with meaning (when `vector` is given and the plan asks for it) and with the passages' keywords, facets, the page and why each hit matched. */
  finish(prepared: PreparedSearch, page: { limit: number; offset: number }, vector: Float32Array | null = null): SearchResult {
    if (prepared.engine !== this) throw new Error("a prepared search can only be finished by the index that prepared it");
    const { query, groups, owners, meaning, keywords } = prepared;
    const kept = Array.from(prepared.kept);
    const apart = new Set(prepared.apart);
    const added: number[] = [];
    try {
      prepared.pool.forEach((id, i) => (this.workspace.score[id] = prepared.scores[i]!));
      // A passage of a few words (a list item's title: "Enabling conditions") is close in meaning to everything: it joins by its words only.
      const accept = (id: number) => this.wordStreams.length(id) >= FUSION.minPassageWords && (prepared.accept?.(id) ?? true);
      if (meaning && vector && this.vectors && !prepared.fill) {
        added.push(...fuseWithMeaning({ score: this.workspace.score, inResult: this.workspace.inResult, vectors: this.vectors, better: this.better }, vector, meaning.weight, kept, accept));
      }
      let results = added.length > 0 ? kept.concat(added) : kept;
      // The passages whose keyword queries best match, of those the query's filters let through.
      const filter = prepared.accept;
      const ranked = keywords && this.keywordIndex ? this.keywordIndex.rank(keywords.text, KEYWORDS.depth, filter && ((doc) => filter(this.keywordOwner[doc]!))) : { ids: [], groups: [] };
      const answers = ranked.ids.map((doc) => this.keywordOwner[doc]!);
      const answered = new Set(answers);
      const near = prepared.fill && vector && this.vectors ? this.vectors.nearest(vector, FUSION.pool + kept.length, accept).map((n) => n.id) : [];
      const filled = prepared.fill ? fillShortPage(this.workspace.score, kept, near, answers, FUSION.pool) : [];
      // A filled page keeps the words' scores: its keyword passages are among those filled, below them.
      const fused = () => (keywords && answers.length > 0 ? fuseKeywordRanks(this.workspace.score, results, answers, keywords.weight, this.better) : []);
      const joined = prepared.fill ? filled.filter((id) => answered.has(id)) : fused();
      added.push(...filled.filter((id) => !answered.has(id)));
      results = results.concat(prepared.fill ? filled : joined);
      const byMeaningOnly = new Set(added);
      const byKeywordsOnly = new Set(joined);
      added.push(...joined);
      const counter = this.facetCodes.counter();
      for (const id of results) counter.add(id);
      const hits = topK(results, page.offset + page.limit, this.better)
        .slice(page.offset)
        .map((id): SearchHit => {
          const explained = explainHit(this, groups, id);
          const answer = answered.has(id) ? bestAnswer(this.keywords[this.blocks[id]!.id] ?? [], ranked.groups) : null;
          const says = answer ? `answers “${answer.text}”` : "answers questions worded like this one";
          if (byMeaningOnly.has(id)) return { block: this.blocks[id]!, score: this.workspace.score[id]!, matched: explained.matched, via: "meaning", why: ["close in meaning to the query"] };
          if (byKeywordsOnly.has(id)) return { block: this.blocks[id]!, score: this.workspace.score[id]!, matched: explained.matched, via: "keywords", why: [says] };
          if (apart.has(id)) return { block: this.blocks[id]!, score: this.workspace.score[id]!, matched: explained.matched, via: "apart", why: [APART_REASON] };
          // A keyword query is a reason only where it has all the words: one sharing a word or two explains little.
          const reason = answer?.whole ? [says] : [];
          const block = this.blocks[id]!;
          const own = owners.has(block.agency.slug) ? [`${block.agency.acronym ?? block.agency.title}'s own chapter`] : [];
          return { block, score: this.workspace.score[id]!, ...explained, why: [...own, ...reason, ...explained.why] };
        });
      let suggestion = query.corrected;
      if (results.length === 0 && !suggestion && query.groups.length > 1) {
        // A broader query: drop the rarest word.
        const rarest = [...query.groups].sort((a, b) => this.df(stem(a.word)) - this.df(stem(b.word)))[0]!;
        suggestion = query.groups.filter((g) => g !== rarest).map((g) => g.word).join(" ");
      }
      return { total: results.length, filled: filled.length + apart.size, filledBy: { apart: apart.size, meaning: filled.length }, phrase: query.phrases.length > 0, hits, facets: counter.facets(), suggestion, expansions: query.expansions, meaning: meaning && { ...meaning, applied: vector !== null } };
    } finally {
      this.workspace.reset(prepared.pool);
      this.workspace.reset(added);
    }
  }

  /** Ranks by score, then in book order. */
  private readonly better = (a: number, b: number): boolean => {
    const score = this.workspace.score;
    if (score[a] !== score[b]) return score[a]! > score[b]!;
    const [x, y] = [this.blocks[a]!, this.blocks[b]!];
    if (x.agency.number !== y.agency.number) return x.agency.number < y.agency.number;
    return x.position !== y.position ? x.position < y.position : a < b;
  };

  /** Meaning's weight for this query (0 to FUSION.maxMeaning): the more of the top ten the query's own words match (as typed, an acronym's forms, a correction), the less. */
  private weakness(groups: PreparedGroup[], kept: number[]): number {
    if (!this.vectors && !this.keywordIndex) return 0;
    const top = topK(kept, PAGE, this.better);
    return meaningWeight(top.filter((id) => STRONG.has(explainHit(this, groups, id).via)).length / Math.max(1, top.length));
  }

  /** The best `limit` documents for a query (of those `accept` lets through), best first, and its prepared words (to explain them): no facets, no page. */
  private rank(input: string, limit: number, accept: ((id: number) => boolean) | null): { ids: number[]; groups: PreparedGroup[] } {
    return this.match(input, {}, ({ groups, kept }) => ({ ids: topK(accept ? kept.filter(accept) : kept, limit, this.better), groups }));
  }

  private passesFilters(id: number, filters: SearchFilters, excluded: number[][]): boolean {
    if (excluded.some((e) => e.every((t) => t >= 0 && this.passageTerms.hasInText(id, { lo: t, hi: t + 1 })))) return false;
    return matchesFilter(this.blocks[id]!, filters);
  }

  /** Passages of other agencies closest to this one (recommendations, practices, challenges and gaps), or null for an unknown id. */
  similar(blockId: string, limit = 5): SimilarPassage[] | null {
    const id = this.byId.get(blockId);
    if (id === undefined) return null;
    return similarPassages(this, id, limit, (s) => this.surface.display(s, s));
  }
}
