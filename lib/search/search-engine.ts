/**
 * Full-text search over passages. Builds the index (per-passage stems, word and stem streams,
 * postings, FlexSearch over headings, agencies and footnotes), then answers a query in four
 * steps: analysis (analyze-query.ts: content words, with their alternatives), retrieval (the
 * passages that can satisfy enough of the words), ranking (ranking.ts: BM25 with the
 * alternatives' weights and a minimum-should-match rule), fusion with meaning (fusion.ts: when
 * the words are weak and the caller has the query's meaning vector), and facets and paging.
 * Pure apart from FlexSearch: the caller supplies the passages, their vectors and the query's.
 */
import { Document } from "flexsearch";
import type { CorpusBlock } from "../explore/corpus";
import { PART_LABELS } from "../book/parts";
import { analyzeQuery, LIMITS, type AnalyzedQuery, type Lexicon, type Via } from "./analyze-query";
import { ConceptIndex, type Concept, type ConceptMatch } from "./concepts";
import { FacetCodes, type Facets } from "./facets";
import { applyFeedback } from "./feedback";
import { FUSION, fusedScore, meaningWeight } from "./fusion";
import type { PassageVectors } from "./meaning/vectors";
import { glossaryLexicon } from "./glossary-lexicon";
import { MAX_QUERY_LENGTH, parseQuery, type ParsedQuery } from "./parse-query";
import { PassageTerms } from "./passage-terms";
import { Postings } from "./postings";
import { accumulate, commonAt, explainHit, lengthNorms, minimumShouldMatch, prepareGroups, relaxedMinimum, totalScore, type PreparedGroup, type RankingIndex } from "./ranking";
import { buildRelatedTerms, type RelatedTerms } from "./related-terms";
import { similarPassages, type SimilarPassage } from "./similar";
import { editDistance, Speller } from "./spelling";
import { fold, stem, stems, tokens } from "./text";
import { TokenStreams } from "./token-streams";
import { topK } from "./top-k";
import type { WordNet } from "./wordnet";

export type SearchFilters = ParsedQuery["filters"];
export type SearchHit = {
  block: CorpusBlock;
  score: number;
  /** Words to highlight in the passage (never stop words). */
  matched: string[];
  via: Via;
  /** Why it matched, when not simply by the words typed: "related: xenophobia", "matched 2 of 3 words". */
  why: string[];
};
export type SearchResult = {
  total: number;
  hits: SearchHit[];
  facets: Facets;
  /** A corrected or broader query when this one found nothing (or only through corrections). */
  suggestion: string | null;
  /** Expansions applied, e.g. "GFMD → Global Forum on Migration and Development". */
  expansions: string[];
  /**
   * Whether meaning would help this query: the text to encode and the weight meaning would get
   * (null for a keyword, phrase or strict query, or when the words already match well).
   * `applied` says whether the results were fused with the query vector the caller gave.
   */
  meaning: { text: string; weight: number; applied: boolean } | null;
};
export type { SimilarPassage };

/** A search whose words are matched and ranked, waiting for `finish` (see SearchEngine.prepare). */
export type PreparedSearch = {
  readonly engine: SearchEngine;
  readonly query: AnalyzedQuery;
  readonly groups: PreparedGroup[];
  readonly named: ConceptMatch[];
  /** Agencies named in the possessive, whose own passages are lifted. */
  readonly owners: Set<string>;
  /** The passages kept (those with enough of the words). */
  readonly kept: Int32Array;
  /** Every passage with any of the words that passed the filters, and its score by the words (a passage meaning adds keeps its share). */
  readonly pool: Int32Array;
  readonly scores: Float64Array;
  /** The filters and excluded words, for passages meaning adds; null when there are none. */
  readonly accept: ((id: number) => boolean) | null;
  readonly meaning: { text: string; weight: number } | null;
};

type PassageDoc = { id: number; notes: string };
/** The fields a passage shares with the rest of its part: indexed once per group, not once per passage. */
type GroupDoc = { id: number; heading: string; agency: string };

/** Fewer hits than this (one page) and a query of three or more words also accepts passages with fewer of them. */
const PAGE = 10;

export type SearchEngineOptions = {
  /** WordNet, for related words (get-search-engine.ts passes it; tests may leave it out). */
  wordnet?: WordNet;
  /** Related words already worked out by an earlier index of this process: reused instead of reading WordNet again. */
  related?: RelatedTerms;
  /** The themes and GCM objectives in plain words, for the concept layer (concepts.ts). */
  concepts?: Concept[];
  /** Instruments cited by number, and their names (content/instruments.json). */
  instruments?: Record<string, string>;
  /** The passages' meaning vectors, in the order of `blocks` without subheadings (meaning/passage-vectors-for.ts). */
  vectors?: PassageVectors;
};

/** Ways of matching that are the query's own words: the evidence that meaning is not needed. */
const STRONG = new Set<Via>(["exact", "acronym", "typo"]);

/** A name without case, accents, spaces or hyphens: "UN-Habitat" and "unhabitat" are one. */
const compact = (name: string) => fold(name).replace(/[^\p{L}\p{N}]/gu, "");

/** "ILO's conventions": an agency named in the possessive. */
const POSSESSIVE = /(?:^|[^\p{L}\p{N}])(\p{L}[\p{L}-]{1,14})['’]s(?![\p{L}\p{N}])/gu;

/** How much a concept the query clearly names lifts a passage tagged with it (text matches score about 3–25). */
const CONCEPT_WEIGHT = 8;
/** A passage of an agency the query names in the possessive scores this share more (it counts as one word more, too). */
const OWNER_SHARE = 0.6;
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
  readonly averageLength: number;
  /** Which part group (heading, subheading and agency) each passage belongs to. */
  readonly passageGroup: Int32Array;
  readonly groupDocs: number[][] = [];
  /** Recommendations are what researchers come for: a small lift over other parts, per passage. */
  readonly boost: Float64Array;
  private readonly groupIndex: Document<GroupDoc>;
  private readonly notesIndex: Document<PassageDoc>;
  private readonly facetCodes: FacetCodes;
  private readonly speller: Speller;
  /** Everyday words → the book's words (WordNet), or null without WordNet. */
  readonly related: RelatedTerms | null;
  private readonly lexicon: Lexicon;
  private readonly concepts: ConceptIndex;
  private readonly byId = new Map<string, number>();
  /** Agencies by slug, acronym and title, compacted ("undesa", "worldbank"): for filters and possessives. */
  private readonly agencyByName = new Map<string, string>();
  /** The words in the text behind each stem, to show corrections readably. */
  private readonly surface = new Map<string, Set<string>>();
  /** Per-query scratch, one slot per passage (search is synchronous; every slot is reset before it returns). */
  private readonly seen: Uint8Array;
  private readonly score: Float64Array;
  /** One array per query word of each passage's best score for it (ranking.ts accumulate), zeroed after every query. */
  private readonly accumulators: Float32Array[];
  readonly norms: Float32Array;
  private readonly matched: Uint8Array;
  /** 1 for a passage in this query's results, 2 while it is in the head fusion compares (reset before search returns). */
  private readonly inResult: Uint8Array;
  /** The passages' meaning vectors, or null: then every query is matched by its words only. */
  readonly vectors: PassageVectors | null;

  constructor(blocks: CorpusBlock[], glossary: { term: string; expansion: string }[], synonyms: Record<string, string[]>, options: SearchEngineOptions = {}) {
    this.blocks = blocks.filter((b) => b.type !== "subheading");
    // Whole words: a heading or agency name matches a word, not every word it is the start of ("so" is not "Social").
    const flex = { tokenize: "strict" as const, encode: (text: string) => stems(text), cache: 200 };
    this.notesIndex = new Document<PassageDoc>({ document: { id: "id", index: ["notes"] }, ...flex });
    this.groupIndex = new Document<GroupDoc>({ document: { id: "id", index: ["heading", "agency"] }, ...flex });
    // The subheading a passage sits under (the last one before it in its part) counts towards its heading field.
    const subheading = new Map<string, string>();
    const groups = new Map<string, number>();
    const passageGroup: number[] = [];
    const terms = PassageTerms.builder();
    const words = TokenStreams.builder();
    const stemmed = TokenStreams.builder();
    let totalLength = 0;
    for (const b of blocks) {
      if (b.type === "subheading") {
        subheading.set(`${b.agency.slug}:${b.part}`, b.text);
        continue;
      }
      const id = passageGroup.length;
      this.byId.set(b.id, id);
      for (const name of [b.agency.slug, b.agency.acronym ?? "", b.agency.title]) if (name) this.agencyByName.set(compact(name), b.agency.slug);
      const sub = subheading.get(`${b.agency.slug}:${b.part}`) ?? "";
      const groupKey = `${b.agency.slug}:${b.part}:${b.kinds.join(",")}:${sub}`;
      let group = groups.get(groupKey);
      if (group === undefined) {
        group = this.groupDocs.push([]) - 1;
        groups.set(groupKey, group);
        const heading = [b.part === "intro" ? "Introduction" : b.kinds.map((k) => PART_LABELS[k]).join(" "), sub].join(" ");
        this.groupIndex.add({ id: group, heading, agency: [b.agency.acronym ?? "", b.agency.title].join(" ") });
      }
      this.groupDocs[group]!.push(id);
      passageGroup.push(group);
      if (b.notes?.length) this.notesIndex.add({ id, notes: b.notes.join(" ") });

      const folded = tokens(b.text);
      words.add(folded);
      const own = folded.map(stem);
      stemmed.add(own);
      folded.forEach((word, i) => {
        const forms = this.surface.get(own[i]!) ?? new Set<string>();
        if (forms.size < 8) forms.add(word);
        this.surface.set(own[i]!, forms);
      });
      const extra = stems(sub);
      terms.add(own, extra);
      totalLength += own.length + extra.length;
    }
    this.passageTerms = terms.build();
    this.postings = Postings.from(this.passageTerms);
    this.wordStreams = words.build();
    this.stemStreams = stemmed.build();
    this.passageGroup = Int32Array.from(passageGroup);
    this.averageLength = totalLength / Math.max(1, this.blocks.length);
    this.facetCodes = new FacetCodes(this.blocks);
    this.boost = Float64Array.from(this.blocks, (b) => (b.part === "recommendations" ? 0.2 : 0));
    this.seen = new Uint8Array(this.blocks.length);
    this.score = new Float64Array(this.blocks.length);
    this.matched = new Uint8Array(this.blocks.length);
    this.inResult = new Uint8Array(this.blocks.length);
    if (options.vectors && options.vectors.size !== this.blocks.length) throw new Error(`${options.vectors.size} meaning vectors for ${this.blocks.length} passages`);
    this.vectors = options.vectors ?? null;
    this.accumulators = Array.from({ length: LIMITS.groups }, () => new Float32Array(this.blocks.length));
    this.norms = lengthNorms(this.passageTerms, this.averageLength);
    this.speller = new Speller(this.wordStreams.vocabulary(), (w) => this.df(stem(w)));
    this.related = options.related ?? (options.wordnet ? buildRelatedTerms((ws) => ws.every((w) => this.df(stem(w)) > 0), options.wordnet) : null);
    this.lexicon = this.buildLexicon(glossary, synonyms, options.instruments ?? {});
    this.concepts = new ConceptIndex(options.concepts ?? []);
  }

  /** What query analysis knows of the book: editorial data, the index's frequencies, WordNet and the speller. */
  private buildLexicon(glossary: { term: string; expansion: string }[], synonyms: Record<string, string[]>, instruments: Record<string, string>): Lexicon {
    return {
      ...glossaryLexicon(glossary, synonyms, instruments),
      related: (word) => this.related?.of(word) ?? [],
      df: (s) => this.df(s),
      common: (s) => this.df(s) > commonAt(this),
      correct: (typed) => {
        if (this.related?.isWord(typed)) return null; // a real word the book does not use: related words, not a correction
        const word = this.speller.correct(typed);
        return word ? { stem: stem(word), word } : null;
      },
    };
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
  fieldMatches(word: string): { heading: Set<number>; agency: Set<number>; notes: Set<number> } {
    type FieldResult = { field: string; result: number[] }[];
    const groups = this.groupIndex.search({ query: word, limit: this.groupDocs.length, suggest: false }) as unknown as FieldResult;
    const notes = this.notesIndex.search({ query: word, limit: this.blocks.length, suggest: false }) as unknown as FieldResult;
    return {
      heading: new Set(groups.find((g) => g.field === "heading")?.result ?? []),
      agency: new Set(groups.find((g) => g.field === "agency")?.result ?? []),
      notes: new Set(notes[0]?.result ?? []),
    };
  }

  analyze(input: string, extra: Partial<SearchFilters> = {}): AnalyzedQuery {
    const parsed = parseQuery(input);
    parsed.filters = {
      // "agency:UNHCR", "agency:undesa" and "agency:world-bank" all name their agency.
      agency: [...parsed.filters.agency, ...(extra.agency ?? [])].map((a) => this.agencyByName.get(compact(a)) ?? a),
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
   * whether meaning would help (`meaning`). search-passages.ts encodes the query between this and
   * `finish`, so the words are matched once however the query ends.
   */
  prepare(input: string, extra: Partial<SearchFilters> = {}): PreparedSearch {
    const query = this.analyze(input, extra);
    const groups = prepareGroups(this, query.groups);
    const phrases = query.phrases.map((p) => this.wordStreams.phrase(p));
    const excluded = query.excluded.map((e) => e.map((s) => this.passageTerms.idOf(s)));
    const { filters } = query;
    const filtered = excluded.length > 0 || filters.agency.length + filters.part.length + filters.theme.length + filters.gcm.length > 0;
    const optional = groups.filter((g) => !g.required && !g.common).length;
    const strict = groups.some((g) => g.required) || phrases.length > 0;
    const named = this.concepts.match(query.groups);
    const owners = this.ownersNamed(input);

    const candidates: number[] = [];
    try {
      // Passages must have at least m of the optional words. One pass scores every passage with at least
      // one of them, counting how many each has; m is then the largest that fills a page (never below one).
      // A passage tagged with a concept the query names counts as having one word more.
      const first = strict ? 0 : minimumShouldMatch(optional);
      const floor = strict ? 0 : Math.min(first, 1);
      const scores = this.accumulators.slice(0, groups.length);
      accumulate(this, groups, scores, (id) => {
        if (this.seen[id]) return;
        this.seen[id] = 1;
        candidates.push(id);
      });
      // In id order, the per-passage arrays are read front to back: fewer cache misses on a large corpus.
      candidates.sort((a, b) => a - b);
      const pool: number[] = [];
      const histogram = new Int32Array(LIMITS.groups + 3);
      const out = { matched: 0 };
      for (const id of candidates) {
        const score = totalScore(this, groups, scores, id, out);
        if (score <= 0) continue;
        if (phrases.length > 0 && !phrases.every((test) => test(id))) continue;
        if (filtered && !this.passesFilters(id, filters, excluded)) continue;
        const own = owners.has(this.blocks[id]!.agency.slug);
        const lift = this.conceptLift(id, named) + (own ? OWNER_SHARE * score : 0);
        const matched = Math.min(histogram.length - 1, out.matched + (lift > 0 ? 1 : 0));
        this.score[id] = Math.round((score + lift) * 1000) / 1000; // ranked as shown
        this.matched[id] = matched;
        histogram[matched]!++;
        pool.push(id);
      }
      const m = relaxedMinimum(histogram, first, floor, groups.length, PAGE);
      const kept = m === 0 ? pool : pool.filter((id) => this.matched[id]! >= m);
      // A question whose words matched loosely is re-ranked by the words its best passages share (pseudo-relevance feedback).
      if (!strict && groups.length >= FEEDBACK_MIN_WORDS && kept.length > PAGE) applyFeedback(this.passageTerms, this.score, kept, groups);
      const meaning = strict || groups.length < FUSION.minWords || !groups.some((g) => g.cost > 0) ? null : this.meaningPlan(query, groups, kept);
      return {
        engine: this,
        query,
        groups,
        named,
        owners,
        kept: Int32Array.from(kept),
        pool: Int32Array.from(pool),
        scores: Float64Array.from(pool, (id) => this.score[id]!),
        accept: filtered ? (id) => this.passesFilters(id, filters, excluded) : null,
        meaning,
      };
    } finally {
      this.reset(candidates);
      for (let g = 0; g < groups.length; g++) this.accumulators[g]!.fill(0);
    }
  }

  /** The rest of a search: fusion with meaning (when `vector` is given and the plan asks for it), facets, the page and why each hit matched. */
  finish(prepared: PreparedSearch, page: { limit: number; offset: number }, vector: Float32Array | null = null): SearchResult {
    if (prepared.engine !== this) throw new Error("a prepared search can only be finished by the index that prepared it");
    const { query, groups, named, owners, meaning } = prepared;
    const kept = Array.from(prepared.kept);
    const added: number[] = [];
    try {
      prepared.pool.forEach((id, i) => (this.score[id] = prepared.scores[i]!));
      const better = this.better;
      if (meaning && vector) added.push(...this.fuse(vector, meaning.weight, kept, prepared.accept ?? (() => true)));
      const results = added.length > 0 ? kept.concat(added) : kept;
      const byMeaningOnly = new Set(added);
      const counter = this.facetCodes.counter();
      for (const id of results) counter.add(id);
      const hits = topK(results, page.offset + page.limit, better)
        .slice(page.offset)
        .map((id): SearchHit => {
          const explained = explainHit(this, groups, id);
          if (byMeaningOnly.has(id)) return { block: this.blocks[id]!, score: this.score[id]!, matched: explained.matched, via: "meaning", why: ["close in meaning to the query"] };
          const block = this.blocks[id]!;
          const concepts = named.filter((c) => this.hasConcept(id, c)).map((c) => `theme: ${c.concept.label}`);
          const own = owners.has(block.agency.slug) ? [`${block.agency.acronym ?? block.agency.title}'s own chapter`] : [];
          return { block, score: this.score[id]!, ...explained, why: [...own, ...concepts, ...explained.why] };
        });
      let suggestion = query.corrected;
      if (results.length === 0 && !suggestion && query.groups.length > 1) {
        // A broader query: drop the rarest word.
        const rarest = [...query.groups].sort((a, b) => this.df(stem(a.word)) - this.df(stem(b.word)))[0]!;
        suggestion = query.groups.filter((g) => g !== rarest).map((g) => g.word).join(" ");
      }
      return { total: results.length, hits, facets: counter.facets(), suggestion, expansions: query.expansions, meaning: meaning && { ...meaning, applied: vector !== null } };
    } finally {
      this.reset(prepared.pool);
      this.reset(added);
    }
  }

  /** Ranks by score, then in book order. */
  private readonly better = (a: number, b: number): boolean => {
    if (this.score[a] !== this.score[b]) return this.score[a]! > this.score[b]!;
    const x = this.blocks[a]!;
    const y = this.blocks[b]!;
    if (x.agency.number !== y.agency.number) return x.agency.number < y.agency.number;
    return x.position !== y.position ? x.position < y.position : a < b;
  };

  /**
   * Meaning's weight for this query: the more of the top ten are matched by the query's own words
   * (as typed, an acronym's forms, a correction), the less it counts. The text to encode is the
   * query's content words, corrected.
   */
  private meaningPlan(query: AnalyzedQuery, groups: PreparedGroup[], kept: number[]): { text: string; weight: number } | null {
    if (!this.vectors) return null;
    const top = topK(kept, PAGE, this.better);
    const strong = top.filter((id) => STRONG.has(explainHit(this, groups, id).via)).length / Math.max(1, top.length);
    const weight = meaningWeight(strong);
    return weight > 0 ? { text: query.corrected ?? query.groups.map((g) => g.word).join(" "), weight } : null;
  }

  /**
   * Re-scores the results by the blend of words and meaning, and returns the passages meaning
   * alone adds (at most FUSION.pool, through the same filters).
   */
  private fuse(vector: Float32Array, weight: number, kept: number[], accept: (id: number) => boolean): number[] {
    const vectors = this.vectors!; // meaningPlan returns a plan only with vectors
    let best = 0;
    for (const id of kept) best = Math.max(best, this.score[id]!);
    // Only the head of a long result list is compared by meaning (bounded work); the rest keep their words' share.
    const head = kept.length > FUSION.head ? topK(kept, FUSION.head, this.better) : kept;
    for (const id of head) this.inResult[id] = 2;
    for (const id of kept) {
      const similarity = this.inResult[id] === 2 ? vectors.similarity(vector, id) : 0;
      this.inResult[id] = 1;
      this.score[id] = Math.round(fusedScore(this.score[id]!, best, similarity, weight) * 1e4) / 1e4;
    }
    const added = vectors.nearest(vector, FUSION.pool, (id) => this.inResult[id] === 0 && accept(id)).map(({ id, similarity }) => {
      // A passage with a few of the words, too few to be kept, still has their share.
      this.score[id] = Math.round(fusedScore(this.score[id]!, best, similarity, weight) * 1e4) / 1e4;
      return id;
    });
    return added;
  }

  /** The agencies a query names in the possessive ("ILO's", "UNHCR’s"): their own chapters answer it first. */
  private ownersNamed(input: string): Set<string> {
    const owners = new Set<string>();
    for (const match of input.slice(0, MAX_QUERY_LENGTH).matchAll(POSSESSIVE)) {
      const slug = this.agencyByName.get(compact(match[1]!));
      if (slug) owners.add(slug);
    }
    return owners;
  }

  private hasConcept(id: number, { concept }: ConceptMatch): boolean {
    const block = this.blocks[id]!;
    return (concept.vocabulary === "theme" ? block.themes : block.gcm).includes(concept.slug);
  }

  private conceptLift(id: number, named: ConceptMatch[]): number {
    let lift = 0;
    for (const c of named) if (this.hasConcept(id, c)) lift = Math.max(lift, CONCEPT_WEIGHT * c.strength);
    return lift;
  }

  private reset(ids: Iterable<number>): void {
    for (const id of ids) {
      this.seen[id] = 0;
      this.score[id] = 0;
      this.matched[id] = 0;
      this.inResult[id] = 0;
    }
  }

  private passesFilters(id: number, filters: SearchFilters, excluded: number[][]): boolean {
    const block = this.blocks[id]!;
    if (excluded.some((e) => e.every((t) => t >= 0 && this.passageTerms.hasInText(id, { lo: t, hi: t + 1 })))) return false;
    if (filters.agency.length && !filters.agency.includes(block.agency.slug)) return false;
    if (filters.part.length && !filters.part.some((p) => block.kinds.includes(p))) return false;
    if (filters.theme.length && !filters.theme.some((t) => block.themes.includes(t))) return false;
    return !(filters.gcm.length && !filters.gcm.some((t) => block.gcm.includes(t)));
  }

  /** Passages of other agencies closest to this one (recommendations, practices, challenges and gaps), or null for an unknown id. */
  similar(blockId: string, limit = 5): SimilarPassage[] | null {
    const id = this.byId.get(blockId);
    if (id === undefined) return null;
    return similarPassages(this, id, limit, (s) => this.displayForm(s, s));
  }

  /** A readable word for a stem: of the words in the text behind it, the one closest to what was typed. */
  private displayForm(stemmed: string, typed: string): string {
    const forms = [...(this.surface.get(stemmed) ?? [])];
    if (forms.length === 0) return stemmed;
    const target = fold(typed);
    return forms.sort((a, b) => editDistance(target, a, 99) - editDistance(target, b, 99) || a.length - b.length)[0]!;
  }
}
