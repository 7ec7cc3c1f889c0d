/**
 * Everyday words → the book's words, from WordNet: for every word WordNet knows, the words of
 * the book that share a synset with it (kids → children), are derived forms of those (detain →
 * detention), are one step broader (nurse → health professional), or are defined by it
 * (foreigners → xenophobia, "a fear of foreigners"). Built once per index from the book's own
 * vocabulary, then kept as one compact string per word, so WordNet itself can be let go.
 */
import { isStopWord } from "./stop-words";
import { loadWordNet, type WordNet } from "./wordnet";

export type RelationKind = "synonym" | "derived" | "broader" | "defined";
/** A related word of the book: its words (one, or a phrase) and how it is related. */
export type Related = { words: string[]; kind: RelationKind };

const RANK: Record<RelationKind, number> = { synonym: 0, derived: 1, broader: 2, defined: 3 };
const KIND_OF: Record<string, RelationKind> = { s: "synonym", d: "derived", b: "broader", ...{ f: "defined" } };
/** At most this many related words per word: the closest kinds first. */
const PER_WORD = 8;
/** A word in more definitions than this says little about any of them (act, person, state). */
const MAX_DEFINITIONS = 60;

/** WordNet lists base forms: "foreigners" is found as "foreigner", "countries" as "country". */
function singular(word: string): string {
  if (word.endsWith("ies")) return `${word.slice(0, -3)}y`;
  if (word.endsWith("es") && /(s|x|ch|sh)es$/.test(word)) return word.slice(0, -2);
  return word.endsWith("s") && !word.endsWith("ss") ? word.slice(0, -1) : word;
}

/** The forms WordNet may list an inflected word under: locking → lock, detained → detain, studies → study. */
export function baseForms(word: string): string[] {
  const forms = [word, singular(word)];
  for (const [suffix, endings] of [["ing", ["", "e"]], ["ed", ["", "e"]], ["es", [""]], ["ied", ["y"]], ["er", ["", "e"]], ["est", ["", "e"]]] as const) {
    if (!word.endsWith(suffix) || word.length < suffix.length + 3) continue;
    const root = word.slice(0, -suffix.length);
    for (const ending of endings) forms.push(root + ending);
    if (/([b-df-hj-np-tv-z])\1$/.test(root)) forms.push(root.slice(0, -1)); // stopped → stop
  }
  return forms;
}

export type RelatedTerms = {
  /** The book's words related to a folded word, closest kinds first, each weighted by how likely the sense is meant. */
  of(word: string): (Related & { share: number })[];
  /** Whether a folded word is an English word WordNet knows (in any inflection): such a word is not a typo. */
  isWord(word: string): boolean;
  readonly size: number;
};

/**
 * `known(words)` says whether the book has every one of these folded words (stemmed by the caller's
 * rule); only such words are offered, so a related word always has passages behind it.
 */
export function buildRelatedTerms(known: (words: string[]) => boolean, wordnet: WordNet = loadWordNet()): RelatedTerms {
  const found = new Map<string, Map<string, RelationKind>>();
  const offer = (word: string, target: string, kind: RelationKind) => {
    if (word === target) return;
    let entries = found.get(word);
    if (!entries) found.set(word, (entries = new Map()));
    const before = entries.get(target);
    if (before === undefined || RANK[kind] < RANK[before]) entries.set(target, kind);
  };
  const bookWords = new Map<number, string[]>(); // synset → its words the book has
  const inBook = (synset: number) => {
    let words = bookWords.get(synset);
    if (!words) bookWords.set(synset, (words = wordnet.synset(synset).words.filter((w) => known(w.split(" ")))));
    return words;
  };
  // How many definitions each word appears in, to skip the words that define everything.
  const definitionCount = new Map<string, number>();
  const definitionWords = (synset: number) => [...new Set(wordnet.synset(synset).gloss.toLowerCase().split(/[^a-z]+/).filter((w) => w.length > 2 && !isStopWord(w)))];

  for (let id = 0; id < wordnet.size; id++) {
    const synset = wordnet.synset(id);
    for (const w of definitionWords(id)) definitionCount.set(w, (definitionCount.get(w) ?? 0) + 1);
    const same = inBook(id);
    const derived = synset.derived.flatMap(inBook);
    const broader = synset.broader.flatMap(inBook);
    for (const word of synset.words) {
      for (const t of same) offer(word, t, "synonym");
      for (const t of derived) offer(word, t, "derived");
      for (const t of broader) offer(word, t, "broader");
    }
  }
  // A book word is offered for the everyday words of its own definition: "foreigners" → xenophobia.
  for (let id = 0; id < wordnet.size; id++) {
    const same = inBook(id).filter((w) => !w.includes(" "));
    if (same.length === 0) continue;
    for (const w of definitionWords(id)) if ((definitionCount.get(w) ?? 0) <= MAX_DEFINITIONS) for (const t of same) offer(w, t, "defined");
  }
  // A word of many senses (stop: 20) is meant in any one of them rarely: its related words weigh less.
  const table = new Map<string, string>();
  for (const [word, entries] of found) {
    const best = [...entries].sort((a, b) => RANK[a[1]] - RANK[b[1]]).slice(0, PER_WORD);
    const senses = Math.max(1, wordnet.synsetsOf(word).length);
    // Copied through a buffer: one flat string each, holding on to nothing of WordNet's files.
    table.set(Buffer.from(word).toString(), Buffer.from(`${senses}|${best.map(([t, kind]) => `${kind === "defined" ? "f" : kind[0]}:${t}`).join("|")}`).toString());
  }
  const english = new Set<string>();
  for (let id = 0; id < wordnet.size; id++) for (const w of wordnet.synset(id).words) if (!w.includes(" ") && !table.has(w)) english.add(Buffer.from(w).toString());
  return lookup(table, english);
}

/**
 * The lookups over the finished table, made in a scope of their own: closures keep their whole scope
 * alive, and the builder's scope holds WordNet and its working maps (a few hundred MB).
 */
function lookup(table: Map<string, string>, english: Set<string>): RelatedTerms {
  return {
    size: table.size,
    isWord: (word) => baseForms(word).some((base) => english.has(base) || table.has(base)),
    of(word) {
      const packed = table.get(word) ?? table.get(singular(word));
      if (!packed) return [];
      const [senses, ...entries] = packed.split("|");
      const share = 1 / Math.sqrt(Number(senses));
      return entries.map((entry) => {
        const colon = entry.indexOf(":");
        return { kind: KIND_OF[entry.slice(0, colon)]!, words: entry.slice(colon + 1).split(" "), share };
      });
    },
  };
}
