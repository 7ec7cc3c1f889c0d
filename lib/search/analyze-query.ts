/**
 * Query analysis: the parsed query becomes groups, one per content word, each with the
 * alternatives that may stand for it (the word itself, in its British or American spelling too; an acronym's expansion or an expansion's
 * acronym; an instrument number's printed forms; synonyms from content/synonyms.json and the
 * countries' demonyms; a spelling correction), weighted so the word as typed counts most.
 * Question and stop words ("how can", "what are the main") make no group at all.
 * Pure: what the book knows comes in through `Lexicon`.
 */
import type { ParsedQuery } from "./parse-query";
import { spellingVariants } from "./spelling-variants";
import { isStopWord } from "./stop-words";
import { fold, stem, tokens } from "./text";

/**
 * How a hit matched; "apart" is a passage with a quoted phrase's words but not as the phrase,
 * "meaning" one found by the sentence encoder alone (fusion.ts), "keywords" one found by its
 * keyword queries alone (passage-keywords.ts).
 */
export type Via = "exact" | "acronym" | "synonym" | "typo" | "partial" | "apart" | "meaning" | "keywords";

/** One way a passage can satisfy a group: one stem (or, for the word being typed, any stem it starts), or a run of stems. */
export type Alternative = {
  stems: string[];
  /** For several stems: whether they must be adjacent and in order (a phrase), or only all in the passage (a name's words). */
  scattered?: boolean;
  /** The last word typed may be unfinished: it also matches the stems it is the start of. */
  prefix: boolean;
  weight: number;
  via: Via;
  /** The words to highlight in a passage matched this way. */
  highlight: string[];
  /** Said of a hit matched this way, e.g. "synonym: xenophobia". */
  reason: string | null;
};

export type Group = {
  word: string;
  required: boolean;
  alternatives: Alternative[];
  /** What the sentence encoder reads for the word when it is not the word itself: an acronym's expansion, an instrument's name. */
  meaning?: string;
};

export type AnalyzedQuery = {
  groups: Group[];
  /**
   * Quoted phrases, folded, each as its forms: as typed, then with its words respelled where the book
   * spells them otherwise, or corrected (feminisation → feminization). A passage must have one form of each.
   */
  phrases: string[][];
  /** Whether a word was typed +required (a phrase's words are required too, but this says the searcher asked for one). */
  plusRequired: boolean;
  /** Excluded words and phrases, as stems: a passage with all the stems of one is dropped. */
  excluded: string[][];
  filters: ParsedQuery["filters"];
  /** Expansions applied, shown above the results ("GFMD → Global Forum on Migration and Development"). */
  expansions: string[];
  /** The query with its spelling corrected, when a word was corrected. */
  corrected: string | null;
};

export type Lexicon = {
  /** The expansion of an acronym as typed (plural and possessive forms included), and the other long forms the book uses for it, or null. */
  acronym(raw: string): { term: string; expansion: string; variants?: readonly string[] } | null;
  /** The name of an instrument cited by number ("C189" → "Domestic Workers Convention"), or null. */
  instrument(code: string): string | null;
  /** Expansions of two or more words (folded) and their acronym. */
  expansions: ReadonlyMap<string, string>;
  synonyms: readonly { keyWords: string[]; synonyms: string[] }[];
  /** In how many passages a stem occurs. */
  df(stemmed: string): number;
  /** Whether a stem is in so many passages that it says little (ranking.ts); a synonym made only of such words is left out. */
  common?(stemmed: string): boolean;
  /** Whether the book's text has this folded word, exactly. */
  hasWord(folded: string): boolean;
  /** For a folded word the book does not have, its nearest word in the book (and that word's stem), or null. */
  correct(word: string): { stem: string; word: string } | null;
};

/** Bounds on the work one query can ask for, whatever it contains. */
export const LIMITS = { groups: 12, alternatives: 8, phrases: 5, excluded: 10, corrections: 4 };

/** A word in fewer passages than this may be a typo of a commoner one (which must then be ten times as common). */
const CORRECT_BELOW = 30;
const ACRONYM_WEIGHT = 0.85;
const SYNONYM_WEIGHT = 0.6;
const TYPO_WEIGHT = 0.7;

const INSTRUMENT = /^c(\d{2,3})$/i;

/** The synonym entries by the stem of their key's first word, built once per list (there are hundreds). */
const synonymIndexes = new WeakMap<Lexicon["synonyms"], Map<string, Lexicon["synonyms"][number][]>>();
function synonymIndex(list: Lexicon["synonyms"]): Map<string, Lexicon["synonyms"][number][]> {
  let index = synonymIndexes.get(list);
  if (!index) {
    index = new Map();
    for (const entry of list) {
      const first = stem(entry.keyWords[0] ?? "");
      index.set(first, [...(index.get(first) ?? []), entry]);
    }
    synonymIndexes.set(list, index);
  }
  return index;
}

function own(word: string, prefix: boolean): Alternative {
  return { stems: [stem(word)], prefix, weight: 1, via: "exact", highlight: [word], reason: null };
}

const content = (words: string[]) => words.filter((w) => !isStopWord(w));

/**
 * The word's British or American spelling where the book writes it so and uses it more (program →
 * programme, but not programme → program): the same word, so the same weight.
 */
function otherSpellings(word: string, lexicon: Lexicon, expansions: string[]): Alternative[] {
  const typed = lexicon.df(stem(word));
  return spellingVariants(word).flatMap((variant): Alternative[] => {
    const variantStem = stem(variant);
    if (!lexicon.hasWord(variant) || lexicon.df(variantStem) <= typed) return [];
    expansions.push(`${word} → ${variant}`);
    return [{ stems: [variantStem], prefix: false, weight: 1, via: "exact", highlight: [variant], reason: null }];
  });
}

export function analyzeQuery(query: ParsedQuery, lexicon: Lexicon, input: string): AnalyzedQuery {
  const expansions: string[] = [];
  const groups: Group[] = [];
  const required = new Set(query.required);
  const lastRaw = query.words[query.words.length - 1];
  const typingLast = lastRaw !== undefined && !/\s$/.test(input) && query.phrases.length === 0;

  // Folded words in order, each remembering its group (or -1 for a stop word), for synonym spans.
  const sequence: { word: string; group: number }[] = [];
  query.words.forEach((raw, index) => {
    const isRequired = required.has(raw);
    // "who" in a question is a question word; "WHO" typed in capitals is the World Health Organization.
    const mayBeAcronym = /[A-Z].*[A-Z]/.test(raw) || (raw.length <= 6 && !isStopWord(fold(raw)));
    const acronym = mayBeAcronym ? lexicon.acronym(raw) : null;
    if (acronym) {
      const base = fold(acronym.term);
      groups.push({
        word: raw,
        required: isRequired,
        meaning: acronym.expansion,
        alternatives: [
          { ...own(base, false), highlight: [base] },
          ...[acronym.expansion, ...(acronym.variants ?? [])].map((form): Alternative => ({ stems: tokens(form).map(stem), prefix: false, weight: ACRONYM_WEIGHT, via: "acronym", highlight: content(tokens(form)), reason: `${acronym.term}: ${form}` })),
        ],
      });
      expansions.push(`${acronym.term} → ${acronym.expansion}`);
      sequence.push({ word: base, group: groups.length - 1 });
      return;
    }
    const instrument = INSTRUMENT.exec(raw);
    if (instrument) {
      const number = instrument[1]!;
      const name = lexicon.instrument(`C${number}`);
      groups.push({
        word: raw,
        required: isRequired,
        ...(name ? { meaning: name } : {}),
        alternatives: [
          own(fold(raw), false),
          { stems: ["no", number], prefix: false, weight: 1, via: "acronym", highlight: [number], reason: `Convention No. ${number}` },
          ...(name ? [{ stems: content(tokens(name)).map(stem), scattered: true, prefix: false, weight: ACRONYM_WEIGHT, via: "acronym" as const, highlight: content(tokens(name)), reason: `${raw.toUpperCase()}: ${name}` }] : []),
        ],
      });
      expansions.push(`${raw.toUpperCase()} → Convention No. ${number}${name ? ` (${name})` : ""}`);
      sequence.push({ word: fold(raw), group: groups.length - 1 });
      return;
    }
    for (const word of tokens(raw)) {
      if (isStopWord(word) && !isRequired) {
        sequence.push({ word, group: -1 });
        continue;
      }
      const isLast = typingLast && raw === lastRaw && index === query.words.length - 1;
      groups.push({ word, required: isRequired, alternatives: [own(word, isLast), ...otherSpellings(word, lexicon, expansions)] });
      sequence.push({ word, group: groups.length - 1 });
    }
  });
  // A quoted phrase's words count towards the score (in the book's spelling too); the phrase itself is checked as written.
  const phraseGroups = new Map<string, Group>();
  for (const phrase of query.phrases.slice(0, LIMITS.phrases)) {
    for (const word of content(tokens(phrase))) {
      const group: Group = { word, required: true, alternatives: [own(word, false), ...otherSpellings(word, lexicon, expansions)] };
      groups.push(group);
      phraseGroups.set(word, group);
    }
  }

  // Several typed words that are a synonym key or a glossary expansion: each of their groups may be
  // satisfied by the other form, which counts for the whole span.
  const words = sequence.map((s) => s.word);
  const spanAlternative = (at: number, length: number, alternative: Alternative) => {
    const span = sequence.slice(at, at + length).filter((s) => s.group >= 0);
    for (const s of span) groups[s.group]!.alternatives.push(alternative);
  };
  // Keys match in any inflection ("spouses" finds the key "spouse"); only keys starting with a typed word are tried.
  const wordStems = words.map(stem);
  const byFirst = synonymIndex(lexicon.synonyms);
  const tried = new Set<Lexicon["synonyms"][number]>();
  // Shown as typed, each span once: "jailing → detention, immigration detention", not once per inflection of the key.
  const synonymsShown = new Map<string, string[]>();
  for (const candidate of wordStems.flatMap((s) => byFirst.get(s) ?? [])) {
    if (tried.has(candidate)) continue;
    tried.add(candidate);
    const { keyWords, synonyms } = candidate;
    const at = wordStems.findIndex((_, i) => keyWords.every((k, j) => wordStems[i + j] === stem(k)));
    if (at === -1) continue;
    for (const synonym of synonyms) {
      const synonymWords = tokens(synonym);
      // "foreign workers" → "migrant workers": every word of it is everywhere in the book, so it would
      // cost a scan of most passages and tell them apart no better than the words typed.
      if (lexicon.common && synonymWords.every((w) => isStopWord(w) || lexicon.common!(stem(w)))) continue;
      spanAlternative(at, keyWords.length, { stems: synonymWords.map(stem), prefix: false, weight: SYNONYM_WEIGHT, via: "synonym", highlight: content(synonymWords), reason: `synonym: ${synonym}` });
      const typed = words.slice(at, at + keyWords.length).join(" ");
      const shown = synonymsShown.get(typed) ?? [];
      if (!shown.includes(synonym)) shown.push(synonym);
      synonymsShown.set(typed, shown);
    }
  }
  for (const [typed, synonyms] of synonymsShown) expansions.push(`${typed} → ${synonyms.join(", ")}`);
  const found = new Set<string>();
  const addExpansions = (folded: string) => {
    for (const [expansion, acronym] of lexicon.expansions) {
      const at = folded.indexOf(expansion);
      if (found.has(expansion) || at === -1 || (at > 0 && folded[at - 1] !== " ") || (folded.length > at + expansion.length && folded[at + expansion.length] !== " ")) continue;
      found.add(expansion);
      const start = folded.slice(0, at).split(" ").filter(Boolean).length;
      spanAlternative(start, expansion.split(" ").length, { stems: [stem(fold(acronym))], prefix: false, weight: ACRONYM_WEIGHT, via: "acronym", highlight: [fold(acronym)], reason: `${acronym}: ${expansion}` });
      expansions.push(`${acronym} ← ${expansion}`);
    }
  };
  addExpansions(words.join(" "));

  // A word the book (almost) never uses may be a typo.
  let corrections = 0;
  const correctedWords = new Map<string, string>();
  const stopWords = new Set<Group>();
  for (const group of groups) {
    const first = group.alternatives[0]!;
    if (group.alternatives.length > 1 || first.stems.length !== 1) continue;
    const df = lexicon.df(first.stems[0]!);
    if (df < CORRECT_BELOW && corrections < LIMITS.corrections) {
      const correction = lexicon.correct(group.word);
      // A word the book lacks whose stem it has (emigrating → emigr) is a form, not a typo, unless the correction is far more common.
      if (correction && (df === 0 || lexicon.df(correction.stem) >= 10 * df)) {
        corrections++;
        correctedWords.set(group.word, correction.word);
        // "againts" is "against": a stop word once corrected, so no word to match at all.
        if (isStopWord(correction.word) && !group.required) {
          stopWords.add(group);
          continue;
        }
        group.alternatives.push({ stems: [correction.stem], prefix: false, weight: TYPO_WEIGHT, via: "typo", highlight: [correction.word], reason: `spelling: ${correction.word}` });
      }
    }
  }
  // "Human Developmnet Report" is the Human Development Report (HDR) once corrected.
  if (correctedWords.size > 0) addExpansions(words.map((w) => correctedWords.get(w) ?? w).join(" "));
  // Two keys may lead to the same words ("human trafficking", "human traffickers"): each run of stems is read once,
  // at its best weight; the cap keeps the weightiest (a stable sort: the word as typed stays first).
  for (const group of groups) group.alternatives = distinct(group.alternatives).sort((a, b) => b.weight - a.weight).slice(0, LIMITS.alternatives);

  // A very long query keeps its most informative words (the rarest in the book), and every required one.
  let kept = groups.filter((g) => !stopWords.has(g));
  if (kept.length > LIMITS.groups) {
    const informative = (g: Group) => (g.required ? -1 : Math.min(...g.alternatives.map((a) => lexicon.df(a.stems[0]!) || Number.MAX_SAFE_INTEGER)));
    const chosen = new Set([...kept].sort((a, b) => informative(a) - informative(b)).slice(0, LIMITS.groups));
    kept = kept.filter((g) => chosen.has(g));
  }

  // The words as corrected, and a quoted phrase's words too (unquoted: this is what the encoder and the keyword queries read).
  const phrases = query.phrases.slice(0, LIMITS.phrases).map(fold).filter(Boolean).map((phrase) => phraseForms(phrase, phraseGroups));
  const corrected = correctedWords.size > 0 ? [...query.words.map((w) => correctedWords.get(fold(w)) ?? w), ...phrases.map((forms) => forms.at(-1)!)].join(" ") : null;
  return {
    groups: kept,
    phrases,
    plusRequired: query.required.length > 0,
    excluded: query.excluded.slice(0, LIMITS.excluded).map((e) => tokens(e).map(stem)).filter((e) => e.length > 0),
    filters: query.filters,
    expansions: [...new Set(expansions)],
    corrected,
  };
}

/** A phrase as typed and, if any of its words is respelled or corrected, as the book would write it. */
function phraseForms(phrase: string, groups: ReadonlyMap<string, Group>): string[] {
  const rewritten = phrase
    .split(" ")
    .map((word) => groups.get(word)?.alternatives.find((a) => a.stems.length === 1 && !a.prefix && (a.via === "typo" || (a.via === "exact" && a.highlight[0] !== word)))?.highlight[0] ?? word)
    .join(" ");
  return rewritten === phrase ? [phrase] : [phrase, rewritten];
}

function distinct(alternatives: Alternative[]): Alternative[] {
  const best = new Map<string, Alternative>();
  for (const a of alternatives) {
    const key = `${a.prefix ? "^" : ""}${a.scattered ? "~" : ""}${a.stems.join(" ")}`;
    const seen = best.get(key);
    if (!seen || a.weight > seen.weight) best.set(key, seen ? { ...a, highlight: [...new Set([...seen.highlight, ...a.highlight])] } : a);
  }
  return [...best.values()];
}

/**
 * What the sentence encoder reads for a query: the query as corrected; or, when a word is an
 * acronym or an instrument number, its words with those as their expansion or name, which the
 * encoder knows (by its letters UNECA is close to UNESCO), each other word as corrected.
 */
export function encoderText(query: AnalyzedQuery): string {
  if (query.corrected && !query.groups.some((g) => g.meaning)) return query.corrected;
  return query.groups.map((g) => g.meaning ?? g.alternatives.find((a) => a.via === "typo")?.highlight[0] ?? g.word).join(" ");
}
