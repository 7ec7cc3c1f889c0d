/**
 * Full-text search over passages with FlexSearch. Builds a Document index over the block
 * text, its part and subheading, and its agency; answers the query language of
 * parse-query.ts with acronym and synonym expansion (ranked below exact matches),
 * typo correction when a word matches nothing, facets and highlighted snippets.
 * Pure apart from FlexSearch: the caller supplies the passages.
 */
import { Document } from "flexsearch";
import type { CorpusBlock } from "../explore/corpus";
import { PART_LABELS } from "../ingest/headings";
import { parseQuery, type ParsedQuery } from "./parse-query";
import { PassageTerms, type TermRange } from "./passage-terms";
import { TokenStreams } from "./token-streams";
import { fold, stem, stems, tokens } from "./text";
import { topK } from "./top-k";

export type SearchFilters = ParsedQuery["filters"];
export type SearchHit = { block: CorpusBlock; score: number; matched: string[]; via: "exact" | "acronym" | "synonym" | "typo" | "partial" };
export type SearchResult = {
  total: number;
  hits: SearchHit[];
  facets: { agency: Record<string, number>; part: Record<string, number>; theme: Record<string, number> };
  /** A corrected or broader query when this one found nothing (or only through corrections). */
  suggestion: string | null;
  /** Expansions applied, e.g. "GFMD → Global Forum on Migration and Development". */
  expansions: string[];
};

type PassageDoc = { id: number; text: string; notes: string };
/** The fields a passage shares with the rest of its part: indexed once per group, not once per passage. */
type GroupDoc = { id: number; heading: string; agency: string };
type Field = "text" | "heading" | "agency" | "notes";
/** A query word as the index sees it: its stem, and the indexed terms it is the start of (as you type). */
type QueryTerm = { word: string; stem: string; exact: TermRange; completions: TermRange; df: number };
type PhraseTest = (passage: number) => boolean;
type Variant = { words: string[]; via: SearchHit["via"]; matched: string[]; phrases?: string[] };

// Footnotes count least: a passage that only cites a note about the words ranks below one that uses them.
const FIELD_WEIGHT: Record<Field, number> = { text: 3, heading: 1.5, agency: 2, notes: 0.5 };
/** A match only in the heading, agency or notes scores this share of the field's weight (text scores by BM25). */
const FLAT_SHARE = 0.3;
/** Fewer exact hits than this (one page) and a long query also looks for passages missing one word. */
const PAGE = 10;
const VIA_WEIGHT: Record<SearchHit["via"], number> = { exact: 1, acronym: 0.8, typo: 0.7, synonym: 0.6, partial: 0.4 };

function editDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let previous = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    let best = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      current[j] = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) current[j] = Math.min(current[j]!, previous[j - 2]! + 1);
      best = Math.min(best, current[j]!);
    }
    if (best > max) return max + 1;
    previous = current;
  }
  return previous[b.length]!;
}

/** The word itself and every form with up to `max` letters deleted (SymSpell). */
function deletionVariants(word: string, max: number): Set<string> {
  const out = new Set<string>([word]);
  let frontier = [word];
  for (let d = 0; d < max; d++) {
    const next: string[] = [];
    for (const w of frontier) {
      for (let i = 0; i < w.length; i++) {
        const v = w.slice(0, i) + w.slice(i + 1);
        if (!out.has(v)) {
          out.add(v);
          next.push(v);
        }
      }
    }
    frontier = next;
  }
  return out;
}

export class SearchEngine {
  /** FlexSearch over each passage's own fields: its text, and the footnotes it cites. */
  private readonly index: Document<PassageDoc>;
  /** FlexSearch over the fields a passage shares with its part: the part's heading and subheading, and the agency. */
  private readonly groupIndex: Document<GroupDoc>;
  private readonly blocks: CorpusBlock[];
  private readonly groupDocs: number[][] = [];
  /** Each passage's stems (text, and subheading for scoring): to check and score a query against a passage. */
  private readonly passageTerms: PassageTerms;
  /** Each passage's folded words in order, for exact phrases. */
  private readonly tokenStreams: TokenStreams;
  private averageLength = 1;
  private readonly acronyms: Map<string, string>;
  /** Expansions of two or more words → their acronym. */
  private readonly expansionsToAcronym: Map<string, string>;
  private readonly synonyms: { key: string; keyWords: string[]; synonyms: string[] }[];
  /** SymSpell-style index: every term with up to two letters deleted → the terms it came from. */
  private readonly deletions = new Map<string, string[]>();
  /** The words in the text behind each stem, to show corrections readably. */
  private readonly surface = new Map<string, Set<string>>();
  /** Facet values as small numbers, per passage, so counting a large result is array arithmetic. */
  private readonly facetNames: { facet: keyof SearchResult["facets"]; value: string }[] = [];
  private readonly facetOffsets: Int32Array;
  private readonly facetCodes: Uint16Array;
  /** Recommendations are what researchers come for: a small lift over other parts, per passage. */
  private readonly boost: Float64Array;
  /** Per-query scratch, one slot per passage (search is synchronous; every slot is reset before it returns). */
  private readonly best: Float64Array;
  private readonly bestVariant: Int32Array;
  private readonly variantScore: Float64Array;

  constructor(blocks: CorpusBlock[], glossary: { term: string; expansion: string }[], synonyms: Record<string, string[]>) {
    this.blocks = blocks.filter((b) => b.type !== "subheading");
    const options = { tokenize: "forward" as const, encode: (text: string) => stems(text), cache: 200 };
    this.index = new Document<PassageDoc>({ document: { id: "id", index: ["text", "notes"] }, ...options });
    this.groupIndex = new Document<GroupDoc>({ document: { id: "id", index: ["heading", "agency"] }, ...options });
    // The subheading a passage sits under (the last one before it in its part) counts towards its heading field.
    const subheading = new Map<string, string>();
    const groups = new Map<string, number>();
    const facetIds = new Map<string, number>();
    const facetCode = (facet: keyof SearchResult["facets"], value: string) => {
      const key = `${facet}\u0000${value}`;
      let code = facetIds.get(key);
      if (code === undefined) {
        code = this.facetNames.push({ facet, value }) - 1;
        facetIds.set(key, code);
      }
      return code;
    };
    const facetCodes: number[] = [];
    const facetOffsets: number[] = [0];

    const terms = PassageTerms.builder();
    const streams = TokenStreams.builder();
    let passages = 0;
    let totalLength = 0;
    for (const b of blocks) {
      if (b.type === "subheading") {
        subheading.set(`${b.agency.slug}:${b.part}`, b.text);
        continue;
      }
      const id = passages++;
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
      this.index.add({ id, text: b.text, notes: (b.notes ?? []).join(" ") });

      const own: string[] = [];
      const words = tokens(b.text);
      streams.add(words);
      for (const word of words) {
        const s = stem(word);
        own.push(s);
        const forms = this.surface.get(s) ?? new Set<string>();
        if (forms.size < 8) forms.add(word);
        this.surface.set(s, forms);
      }
      const extra = stems(sub);
      terms.add(own, extra);
      totalLength += own.length + extra.length;
      facetCodes.push(facetCode("agency", b.agency.slug), ...(b.kinds.length ? b.kinds : ["intro"]).map((k) => facetCode("part", k)), ...b.themes.map((t) => facetCode("theme", t)));
      facetOffsets.push(facetCodes.length);
    }
    this.passageTerms = terms.build();
    this.tokenStreams = streams.build();
    this.averageLength = totalLength / Math.max(1, this.blocks.length);
    for (const term of this.passageTerms.terms) {
      if (term.length < 4 || /\d/.test(term) || this.textDf(term) === 0) continue;
      for (const variant of deletionVariants(term, term.length >= 8 ? 2 : 1)) {
        const list = this.deletions.get(variant);
        if (list) list.push(term);
        else this.deletions.set(variant, [term]);
      }
    }
    this.acronyms = new Map(glossary.filter((g) => /^[A-Z][A-Za-z.\-/]*[A-Z]/.test(g.term)).map((g) => [fold(g.term), g.expansion]));
    // "ICAO's Public Key Directory" is also typed without its owner: "Public Key Directory" → PKD.
    this.expansionsToAcronym = new Map(
      glossary.flatMap((g) => {
        const owned = /^[A-Z][A-Za-z]+['’]s\s+(.+)$/.exec(g.expansion);
        return [[fold(g.expansion), g.term] as const, ...(owned ? [[fold(owned[1]!), g.term] as const] : [])].filter(([e]) => e.includes(" "));
      }),
    );
    // Keys that fold to the same words are one key (the last one given wins, as in a map).
    this.synonyms = [...new Map(Object.entries(synonyms).map(([k, v]) => [fold(k), v]))].map(([key, v]) => ({ key, keyWords: key.split(" "), synonyms: v }));
    this.facetCodes = Uint16Array.from(facetCodes);
    this.facetOffsets = Int32Array.from(facetOffsets);
    this.boost = Float64Array.from(this.blocks, (b) => (b.part === "recommendations" ? 0.2 : 0));
    this.best = new Float64Array(this.blocks.length);
    this.bestVariant = new Int32Array(this.blocks.length);
    this.variantScore = new Float64Array(this.blocks.length);
  }

  get size(): number {
    return this.blocks.length;
  }

  /** A query word, with the range of indexed terms that start with its stem (the index matches every word as a prefix). */
  private term(word: string): QueryTerm {
    const s = stem(fold(word));
    const id = this.passageTerms.idOf(s);
    const completions = this.passageTerms.range(s);
    return { word, stem: s, exact: id >= 0 ? { lo: id, hi: id + 1 } : { lo: 0, hi: 0 }, completions, df: this.passageTerms.df(completions) };
  }

  /** How many passages' text has exactly this stem. */
  private textDf(stemmed: string): number {
    const id = this.passageTerms.idOf(stemmed);
    return id >= 0 ? this.passageTerms.df({ lo: id, hi: id + 1 }) : 0;
  }

  /**
   * A BM25 scorer over the passage text (and subheading) for one query. Per-query work (idf, the
   * terms the last, half-typed word may be a prefix of) is done once here, not once per passage.
   */
  private bm25(terms: QueryTerm[]): (id: number) => number {
    const total = this.blocks.length;
    const idf = terms.map((q) => {
      const df = this.passageTerms.df(q.exact) || 1;
      return Math.log(1 + (total - df + 0.5) / (df + 0.5));
    });
    const last = terms.length - 1;
    return (id) => {
      const norm = 1.2 * (0.25 + (0.75 * this.passageTerms.length(id)) / this.averageLength);
      let score = 0;
      for (let index = 0; index < terms.length; index++) {
        let count = this.passageTerms.count(id, terms[index]!.exact);
        // Only the last word can be half-typed: count prefix matches for it alone.
        if (count === 0 && index === last) count = this.passageTerms.count(id, terms[index]!.completions);
        if (count === 0) count = 0.5; // matched as the start of a longer word
        score += (idf[index]! * (count * 2.2)) / (count + norm);
      }
      return score;
    };
  }

  /** FlexSearch's passages for one word in one field: every passage with a word starting with it. */
  private lookup(field: "text" | "notes", word: string): number[] {
    const result = this.index.search({ query: word, index: [field], limit: this.blocks.length, suggest: false }) as { result: number[] }[];
    return result[0]?.result ?? [];
  }

  /**
   * Passages whose text has every term: FlexSearch gives the rarest term's passages, and the other
   * terms are checked against each of those. The work follows the rarest word however common the
   * others are, and nothing is cut off, so totals and facets stay exact on a large corpus.
   */
  private matchText(terms: QueryTerm[], phrases: PhraseTest[], visit: (id: number) => void): void {
    if (terms.length === 0 || terms.some((t) => t.df === 0)) return;
    const [rarest, ...rest] = [...terms].sort((a, b) => a.df - b.df);
    // In id order, the per-passage arrays are read front to back: far fewer cache misses on a large corpus.
    const candidates = Int32Array.from(this.lookup("text", rarest!.word)).sort();
    const ranges = rest.map((t) => t.completions);
    candidates: for (const id of candidates) {
      for (const range of ranges) if (!this.passageTerms.hasInText(id, range)) continue candidates;
      if (this.hasPhrases(id, phrases)) visit(id);
    }
  }

  private hasPhrases(id: number, phrases: PhraseTest[]): boolean {
    for (const test of phrases) if (!test(id)) return false;
    return true;
  }

  /**
   * Scores every passage one variant of the query matches into `variantScore`, and returns their ids.
   * Text matches score by BM25; a passage found only through its heading, agency or notes gets a flat,
   * lower score, in that order of preference. Expansions and partial matches search the text alone.
   */
  private runVariant(variant: Variant, queryPhrases: PhraseTest[]): number[] {
    const ids: number[] = [];
    const terms = [...new Map(variant.words.map((w) => this.term(w)).map((t) => [t.stem, t])).values()];
    if (terms.length === 0) return ids;
    // The query's own "phrases", and the phrase an expansion is bound to, must be in the passage text.
    const phrases = [...(variant.phrases ?? []).map((p) => this.tokenStreams.phrase(p)), ...queryPhrases];
    const add = (id: number, score: number) => {
      if (this.variantScore[id] !== 0) return;
      this.variantScore[id] = score + this.boost[id]!;
      ids.push(id);
    };
    try {
      const bm25 = this.bm25(terms);
      this.matchText(terms, phrases, (id) => add(id, bm25(id) * FIELD_WEIGHT.text));
      if (variant.via !== "exact" && variant.via !== "typo") return ids;
      const query = variant.words.join(" ");
      const groups = this.groupIndex.search({ query, limit: this.groupDocs.length, suggest: false }) as { field: Field; result: number[] }[];
      for (const field of ["heading", "agency"] as const) {
        for (const group of groups.find((g) => g.field === field)?.result ?? []) {
          for (const id of this.groupDocs[group]!) if (this.hasPhrases(id, phrases)) add(id, FIELD_WEIGHT[field] * FLAT_SHARE);
        }
      }
      const notes = this.index.search({ query, index: ["notes"], limit: this.blocks.length, suggest: false }) as { result: number[] }[];
      for (const id of notes[0]?.result ?? []) if (this.hasPhrases(id, phrases)) add(id, FIELD_WEIGHT.notes * FLAT_SHARE);
      return ids;
    } catch (error) {
      for (const id of ids) this.variantScore[id] = 0; // leave the scratch clean for the next query
      throw error;
    }
  }

  private nearestTerm(word: string): string | null {
    const s = stem(fold(word));
    if (s.length < 4 || this.textDf(s) > 0) return null;
    const max = s.length >= 8 ? 2 : 1;
    const candidates = new Set<string>();
    for (const variant of deletionVariants(s, max)) for (const term of this.deletions.get(variant) ?? []) candidates.add(term);
    let best: { term: string; distance: number; count: number } | null = null;
    for (const term of candidates) {
      const count = this.textDf(term);
      const distance = editDistance(s, term, max);
      if (distance <= max && (!best || distance < best.distance || (distance === best.distance && count > best.count))) best = { term, distance, count };
    }
    return best?.term ?? null;
  }

  search(input: string, extra: Partial<SearchFilters> = {}, page: { limit: number; offset: number } = { limit: 20, offset: 0 }): SearchResult {
    const found: number[] = [];
    try {
      return this.answer(input, extra, page, found);
    } finally {
      for (const id of found) this.best[id] = 0;
    }
  }

  private answer(input: string, extra: Partial<SearchFilters>, page: { limit: number; offset: number }, found: number[]): SearchResult {
    const query = parseQuery(input);
    const filters: SearchFilters = {
      agency: [...query.filters.agency, ...(extra.agency ?? [])],
      part: [...query.filters.part, ...(extra.part ?? [])],
      theme: [...query.filters.theme, ...(extra.theme ?? [])],
      gcm: [...query.filters.gcm, ...(extra.gcm ?? [])],
    };
    const phraseWords = query.phrases.flatMap((p) => tokens(p));
    const phrases = query.phrases.map((p) => this.tokenStreams.phrase(fold(p)));
    const baseWords = [...query.words.flatMap((w) => tokens(w)), ...phraseWords];
    const expansions: string[] = [];
    // A variant may require phrases: an expanded acronym must appear as the whole expansion, not as scattered words.
    const variants: Variant[] = [];
    if (baseWords.length > 0) variants.push({ words: baseWords, via: "exact", matched: baseWords });

    query.words.forEach((word, i) => {
      const expansion = this.acronyms.get(fold(word));
      if (expansion) {
        const words = [...query.words.slice(0, i), ...query.words.slice(i + 1)].flatMap((w) => tokens(w));
        variants.push({ words: [...words, ...tokens(expansion)], via: "acronym", matched: [...words, ...tokens(expansion)], phrases: [fold(expansion)] });
        expansions.push(`${word.toUpperCase()} → ${expansion}`);
      }
    });
    // Synonyms: a key of one or more whole words in the query is replaced by each of its synonyms, bound as a phrase.
    const plainWords = query.words.flatMap((w) => tokens(w));
    for (const { key, keyWords, synonyms } of this.synonyms) {
      const at = plainWords.findIndex((_, i) => keyWords.every((k, j) => plainWords[i + j] === k));
      if (at === -1) continue;
      const rest = [...plainWords.slice(0, at), ...plainWords.slice(at + keyWords.length)];
      for (const synonym of synonyms) {
        variants.push({ words: [...rest, ...tokens(synonym)], via: "synonym", matched: [...rest, ...tokens(synonym)], phrases: [fold(synonym)] });
        expansions.push(`${key} → ${synonym}`);
      }
    }
    const folded = fold(input);
    for (const [expansion, acronym] of this.expansionsToAcronym) {
      if (folded.includes(expansion)) {
        variants.push({ words: tokens(folded.replace(expansion, fold(acronym))), via: "acronym", matched: tokens(acronym) });
        expansions.push(`${acronym} ← ${expansion}`);
      }
    }

    // Each passage keeps its best-scoring variant. Variants are only ever added, so each is run once.
    let done = 0;
    const collect = () => {
      for (; done < variants.length; done++) {
        const variant = variants[done]!;
        for (const id of this.runVariant(variant, phrases)) {
          const score = this.variantScore[id]!;
          this.variantScore[id] = 0;
          const weighted = score * VIA_WEIGHT[variant.via];
          if (this.best[id] === 0) found.push(id);
          if (this.best[id]! < weighted) {
            this.best[id] = weighted;
            this.bestVariant[id] = done;
          }
        }
      }
    };

    collect();
    let suggestion: string | null = null;
    if (found.length === 0 && query.words.length > 0) {
      const corrected = query.words.map((w) => this.nearestTerm(w) ?? null);
      if (corrected.some((c) => c !== null)) {
        const words = query.words.map((w, i) => corrected[i] ?? w);
        variants.push({ words, via: "typo", matched: words });
        suggestion = query.words.map((w, i) => (corrected[i] ? this.displayForm(corrected[i]!, w) : w)).join(" ");
        collect();
      }
    }

    // Three or more words that together fill less than a page: also accept passages missing one of them, ranked lower.
    if (found.length < PAGE && baseWords.length >= 3 && query.phrases.length === 0) {
      baseWords.forEach((_, i) => variants.push({ words: baseWords.filter((__, j) => j !== i), via: "partial", matched: baseWords }));
      collect();
    }

    const excluded = query.excluded.map((e) => stems(e).map((s) => this.passageTerms.idOf(s)));
    const facetCounts = new Int32Array(this.facetNames.length);
    const filtered = excluded.length > 0 || filters.agency.length + filters.part.length + filters.theme.length + filters.gcm.length > 0;
    const kept = new Int32Array(found.length);
    let total = 0;
    for (const id of found) {
      if (filtered && !this.passesFilters(id, filters, excluded)) continue;
      kept[total++] = id;
      this.best[id] = Math.round(this.best[id]! * 1000) / 1000; // ranked as shown
      for (let i = this.facetOffsets[id]!; i < this.facetOffsets[id + 1]!; i++) facetCounts[this.facetCodes[i]!]!++;
    }
    const better = (a: number, b: number) => {
      if (this.best[a] !== this.best[b]) return this.best[a]! > this.best[b]!;
      const x = this.blocks[a]!;
      const y = this.blocks[b]!;
      if (x.agency.number !== y.agency.number) return x.agency.number < y.agency.number;
      return x.position !== y.position ? x.position < y.position : a < b;
    };
    const hits = topK(kept.subarray(0, total), page.offset + page.limit, better)
      .slice(page.offset)
      .map((id): SearchHit => {
        const variant = variants[this.bestVariant[id]!]!;
        return { block: this.blocks[id]!, score: this.best[id]!, matched: variant.matched, via: variant.via };
      });

    const facets: SearchResult["facets"] = { agency: {}, part: {}, theme: {} };
    facetCounts.forEach((count, code) => {
      if (count > 0) facets[this.facetNames[code]!.facet][this.facetNames[code]!.value] = count;
    });
    if (total === 0 && !suggestion && query.words.length > 1) {
      // A broader query: drop the rarest word.
      const rarest = [...query.words].sort((a, b) => this.textDf(stem(fold(a))) - this.textDf(stem(fold(b))))[0]!;
      suggestion = query.words.filter((w) => w !== rarest).join(" ");
    }
    return { total, hits, facets, suggestion, expansions };
  }

  private passesFilters(id: number, filters: SearchFilters, excluded: number[][]): boolean {
    const block = this.blocks[id]!;
    if (excluded.some((e) => e.every((t) => t >= 0 && this.passageTerms.hasInText(id, { lo: t, hi: t + 1 })))) return false;
    if (filters.agency.length && !filters.agency.includes(block.agency.slug)) return false;
    if (filters.part.length && !filters.part.some((p) => block.kinds.includes(p))) return false;
    if (filters.theme.length && !filters.theme.some((t) => block.themes.includes(t))) return false;
    return !(filters.gcm.length && !filters.gcm.some((t) => block.gcm.includes(t)));
  }

  /** A readable word for a stem: of the words in the text behind it, the one closest to what was typed. */
  private displayForm(stemmed: string, typed: string): string {
    const forms = [...(this.surface.get(stemmed) ?? [])];
    if (forms.length === 0) return stemmed;
    const target = fold(typed);
    return forms.sort((a, b) => editDistance(target, a, 99) - editDistance(target, b, 99) || a.length - b.length)[0]!;
  }
}
