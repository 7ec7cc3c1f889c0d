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
import { fold, stem, stems, tokens } from "./text";

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

type IndexedDoc = { id: number; text: string; heading: string; agency: string; notes: string };

// Footnotes count least: a passage that only cites a note about the words ranks below one that uses them.
const FIELD_WEIGHT: Record<string, number> = { text: 3, heading: 1.5, agency: 2, notes: 0.5 };
/** Candidates taken from the index per field and query variant; bounds the work on a large corpus. */
const CANDIDATES = 2000;
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
  private readonly index: Document<IndexedDoc>;
  private readonly blocks: CorpusBlock[];
  private readonly docStems: Set<string>[];
  /** Stem → ids of the passages whose text has it, ascending: for the expansion and partial variants. */
  private readonly postings = new Map<string, number[]>();
  private readonly docTf: Map<string, number>[] = [];
  private readonly docLength: number[] = [];
  /** Folded text per passage, for phrase checks without re-folding at query time. */
  private readonly folded: string[] = [];
  private averageLength = 1;
  private readonly vocabulary = new Map<string, number>();
  private readonly acronyms: Map<string, string>;
  private readonly expansionsToAcronym: Map<string, string>;
  private readonly synonyms: Map<string, string[]>;
  /** SymSpell-style index: every term with up to two letters deleted → the terms it came from. */
  private readonly deletions = new Map<string, string[]>();
  /** The words in the text behind each stem, to show corrections readably. */
  private readonly surface = new Map<string, Set<string>>();

  constructor(blocks: CorpusBlock[], glossary: { term: string; expansion: string }[], synonyms: Record<string, string[]>) {
    this.blocks = blocks.filter((b) => b.type !== "subheading");
    this.index = new Document<IndexedDoc>({
      document: { id: "id", index: ["text", "heading", "agency", "notes"] },
      tokenize: "forward",
      encode: (text: string) => stems(text),
      cache: 200,
    });
    // The subheading a passage sits under counts towards its heading field.
    const subheading = new Map<string, string>();
    this.docStems = [];
    blocks.forEach((b) => {
      if (b.type === "subheading") {
        subheading.set(`${b.agency.slug}:${b.part}`, b.text);
        return;
      }
      const id = this.docStems.length;
      const heading = [b.part === "intro" ? "Introduction" : b.kinds.map((k) => PART_LABELS[k]).join(" "), subheading.get(`${b.agency.slug}:${b.part}`) ?? ""].join(" ");
      const agency = [b.agency.acronym ?? "", b.agency.title].join(" ");
      this.index.add({ id, text: b.text, heading, agency, notes: (b.notes ?? []).join(" ") });
      const all = stems(`${b.text} ${subheading.get(`${b.agency.slug}:${b.part}`) ?? ""}`);
      const own = new Set(stems(b.text));
      for (const word of tokens(b.text)) {
        const s = stem(word);
        const forms = this.surface.get(s) ?? new Set<string>();
        if (forms.size < 8) forms.add(word);
        this.surface.set(s, forms);
      }
      const tf = new Map<string, number>();
      for (const s of all) tf.set(s, (tf.get(s) ?? 0) + 1);
      this.docTf.push(tf);
      this.folded.push(fold(b.text));
      this.docLength.push(all.length);
      this.docStems.push(own);
      for (const stemmed of own) {
        const list = this.postings.get(stemmed);
        if (list) list.push(id);
        else this.postings.set(stemmed, [id]);
      }
      for (const s of own) this.vocabulary.set(s, (this.vocabulary.get(s) ?? 0) + 1);
    });
    this.averageLength = this.docLength.reduce((a, b) => a + b, 0) / Math.max(1, this.docLength.length);
    for (const term of this.vocabulary.keys()) {
      if (term.length < 4 || /\d/.test(term)) continue;
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
        return [[fold(g.expansion), g.term] as const, ...(owned ? [[fold(owned[1]!), g.term] as const] : [])];
      }),
    );
    this.synonyms = new Map(Object.entries(synonyms).map(([k, v]) => [fold(k), v]));
  }

  get size(): number {
    return this.docStems.length;
  }

  /**
   * A BM25 scorer over the passage text (and subheading) for one query. Per-query work (idf, the
   * terms the last, half-typed word may be a prefix of) is done once here, not once per passage.
   */
  private bm25(queryStems: string[]): (id: number) => number {
    const total = this.docStems.length;
    const idf = queryStems.map((q) => {
      const df = this.vocabulary.get(q) ?? 1;
      return Math.log(1 + (total - df + 0.5) / (df + 0.5));
    });
    const last = queryStems.length - 1;
    let prefixTerms: string[] | null = null;
    const completions = () => {
      if (prefixTerms) return prefixTerms;
      const prefix = queryStems[last]!;
      prefixTerms = [];
      for (const term of this.vocabulary.keys()) if (term.length > prefix.length && term.startsWith(prefix)) prefixTerms.push(term);
      return prefixTerms;
    };
    return (id) => {
      const tf = this.docTf[id]!;
      const norm = 1.2 * (0.25 + (0.75 * this.docLength[id]!) / this.averageLength);
      let score = 0;
      for (let index = 0; index < queryStems.length; index++) {
        let count = tf.get(queryStems[index]!) ?? 0;
        // Only the last word can be half-typed: count prefix matches for it alone.
        if (count === 0 && index === last) for (const term of completions()) count += tf.get(term) ?? 0;
        if (count === 0) count = 0.5; // matched by FlexSearch through a form the stemmer keeps apart
        score += (idf[index]! * (count * 2.2)) / (count + norm);
      }
      return score;
    };
  }

  /** Recommendations are what researchers come for: a small lift over other parts. */
  private partBoost(id: number): number {
    return this.blocks[id]!.part === "recommendations" ? 0.2 : 0;
  }

  /** Ids of documents matching all the words of one query variant, with a relevance score. */
  private run(words: string[], limit: number): Map<number, number> {
    const scores = new Map<number, number>();
    if (words.length === 0) return scores;
    const results = this.index.search({ query: words.join(" "), limit, suggest: false }) as { field: string; result: number[] }[];
    const score = this.bm25(words.map((w) => stem(fold(w))).filter(Boolean));
    for (const { field, result } of results) {
      const weight = FIELD_WEIGHT[field] ?? 1;
      for (const id of result) {
        if (scores.has(id) && field !== "text") continue;
        // Text matches score by BM25; a match only in the agency or heading fields gets a flat, lower score.
        const base = field === "text" ? score(id) * weight : weight * 0.3;
        scores.set(id, Math.max(scores.get(id) ?? 0, base) + this.partBoost(id));
      }
    }
    return scores;
  }

  /**
   * Passages whose text has every word, scored like text matches in `run`, found by walking the
   * rarest word's postings: cheap however common the other words are. Used for the variants that
   * search the text alone (expansions and partial matches), which can be many per query.
   */
  private runText(words: string[], limit: number): Map<number, number> {
    const scores = new Map<number, number>();
    const queryStems = [...new Set(words.map((w) => stem(fold(w))).filter(Boolean))];
    if (queryStems.length === 0) return scores;
    const lists = queryStems.map((q) => this.postings.get(q) ?? []).sort((a, b) => a.length - b.length);
    const rarest = lists[0]!;
    const score = this.bm25(queryStems);
    for (const id of rarest) {
      const stems = this.docStems[id]!;
      if (!queryStems.every((q) => stems.has(q))) continue;
      scores.set(id, score(id) * FIELD_WEIGHT.text! + this.partBoost(id));
      if (scores.size >= limit) break;
    }
    return scores;
  }

  private nearestTerm(word: string): string | null {
    const s = stem(fold(word));
    if (s.length < 4 || this.vocabulary.has(s)) return null;
    const max = s.length >= 8 ? 2 : 1;
    const candidates = new Set<string>();
    for (const variant of deletionVariants(s, max)) for (const term of this.deletions.get(variant) ?? []) candidates.add(term);
    let best: { term: string; distance: number; count: number } | null = null;
    for (const term of candidates) {
      const count = this.vocabulary.get(term) ?? 0;
      const distance = editDistance(s, term, max);
      if (distance <= max && (!best || distance < best.distance || (distance === best.distance && count > best.count))) best = { term, distance, count };
    }
    return best?.term ?? null;
  }

  search(input: string, extra: Partial<SearchFilters> = {}, page: { limit: number; offset: number } = { limit: 20, offset: 0 }): SearchResult {
    const query = parseQuery(input);
    const filters: SearchFilters = {
      agency: [...query.filters.agency, ...(extra.agency ?? [])],
      part: [...query.filters.part, ...(extra.part ?? [])],
      theme: [...query.filters.theme, ...(extra.theme ?? [])],
      gcm: [...query.filters.gcm, ...(extra.gcm ?? [])],
    };
    const phraseWords = query.phrases.flatMap((p) => tokens(p));
    const baseWords = [...query.words.flatMap((w) => tokens(w)), ...phraseWords];
    const expansions: string[] = [];
    // A variant may require phrases: an expanded acronym must appear as the whole expansion, not as scattered words.
    const variants: { words: string[]; via: SearchHit["via"]; matched: string[]; phrases?: string[] }[] = [];
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
    for (const [key, synonyms] of this.synonyms) {
      const keyWords = key.split(" ");
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
      if (expansion.split(" ").length >= 2 && folded.includes(expansion)) {
        variants.push({ words: tokens(folded.replace(expansion, fold(acronym))), via: "acronym", matched: tokens(acronym) });
        expansions.push(`${acronym} ← ${expansion}`);
      }
    }

    const collect = () => {
      const found = new Map<number, { score: number; via: SearchHit["via"]; matched: string[] }>();
      for (const variant of variants) {
        // Only exact queries (FlexSearch, every field, prefixes) search every field. A phrase-bound expansion can
        // only match passages whose text holds the phrase, and a partial match is about the words of the text,
        // so both search the text alone, with a smaller candidate pool: they rank below exact matches anyway.
        const exact = variant.via === "exact" || variant.via === "typo";
        for (const [id, score] of exact ? this.run(variant.words, CANDIDATES) : this.runText(variant.words, CANDIDATES / 4)) {
          if (variant.phrases?.length) {
            const text = this.folded[id]!;
            if (variant.phrases.some((p) => !text.includes(p))) continue;
          }
          const weighted = score * VIA_WEIGHT[variant.via];
          const current = found.get(id);
          if (!current || current.score < weighted) found.set(id, { score: weighted, via: variant.via, matched: variant.matched });
        }
      }
      return found;
    };

    let found = collect();
    let suggestion: string | null = null;
    if (found.size === 0 && query.words.length > 0) {
      const corrected = query.words.map((w) => this.nearestTerm(w) ?? null);
      if (corrected.some((c) => c !== null)) {
        const words = query.words.map((w, i) => corrected[i] ?? w);
        variants.push({ words, via: "typo", matched: words });
        suggestion = query.words.map((w, i) => (corrected[i] ? this.displayForm(corrected[i]!, w) : w)).join(" ");
        found = collect();
      }
    }

    // Three or more words that together fill less than a page: also accept passages missing one of them, ranked lower.
    if (found.size < PAGE && baseWords.length >= 3 && query.phrases.length === 0) {
      baseWords.forEach((_, i) => variants.push({ words: baseWords.filter((__, j) => j !== i), via: "partial", matched: baseWords }));
      found = collect();
    }

    const excluded = query.excluded.map((e) => stems(e));
    const phrases = query.phrases.map((p) => fold(p));
    const hits: SearchHit[] = [];
    for (const [id, info] of found) {
      const block = this.blocks[id]!;
      if (phrases.length > 0) {
        const text = this.folded[id]!;
        if (phrases.some((p) => !text.includes(p))) continue;
      }
      if (excluded.some((e) => e.every((s) => this.docStems[id]!.has(s)))) continue;
      if (filters.agency.length && !filters.agency.includes(block.agency.slug)) continue;
      if (filters.part.length && !filters.part.some((p) => block.kinds.includes(p))) continue;
      if (filters.theme.length && !filters.theme.some((t) => block.themes.includes(t))) continue;
      if (filters.gcm.length && !filters.gcm.some((t) => block.gcm.includes(t))) continue;
      hits.push({ block, score: Math.round(info.score * 1000) / 1000, matched: info.matched, via: info.via });
    }
    hits.sort((a, b) => b.score - a.score || a.block.agency.number - b.block.agency.number || a.block.position - b.block.position);

    const facets: SearchResult["facets"] = { agency: {}, part: {}, theme: {} };
    for (const { block } of hits) {
      facets.agency[block.agency.slug] = (facets.agency[block.agency.slug] ?? 0) + 1;
      for (const kind of block.kinds.length ? block.kinds : ["intro"]) facets.part[kind] = (facets.part[kind] ?? 0) + 1;
      for (const theme of block.themes) facets.theme[theme] = (facets.theme[theme] ?? 0) + 1;
    }
    if (hits.length === 0 && !suggestion && query.words.length > 1) {
      // A broader query: drop the rarest word.
      const rarest = [...query.words].sort((a, b) => (this.vocabulary.get(stem(fold(a))) ?? 0) - (this.vocabulary.get(stem(fold(b))) ?? 0))[0]!;
      suggestion = query.words.filter((w) => w !== rarest).join(" ");
    }
    return { total: hits.length, hits: hits.slice(page.offset, page.offset + page.limit), facets, suggestion, expansions };
  }

  /** A readable word for a stem: of the words in the text behind it, the one closest to what was typed. */
  private displayForm(stemmed: string, typed: string): string {
    const forms = [...(this.surface.get(stemmed) ?? [])];
    if (forms.length === 0) return stemmed;
    const target = fold(typed);
    return forms.sort((a, b) => editDistance(target, a, 99) - editDistance(target, b, 99) || a.length - b.length)[0]!;
  }
}
