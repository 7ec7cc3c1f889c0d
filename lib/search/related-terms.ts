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

/** The order related words are offered and capped in: closest kinds first, then the more used senses. */
function closerFirst(a: { kind: RelationKind; share: number }, b: { kind: RelationKind; share: number }): number {
  return RANK[a.kind] - RANK[b.kind] || b.share - a.share;
}

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
  /** The book's words related to a folded word, closest kinds first, each weighted by how likely its sense is meant (the square root of the sense's share of the word's uses). */
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
  const found = new Map<string, Map<string, { kind: RelationKind; share: number }>>();
  // The share of a word's uses that are this sense: its tag count over all its senses', each counted once more (smoothing).
  const totals = new Map<string, number>();
  const senseShare = (word: string, synset: number) => {
    let total = totals.get(word);
    if (total === undefined) {
      total = 0;
      for (const s of wordnet.synsetsOf(word)) total += wordnet.tagCount(word, s) + 1;
      totals.set(word, total);
    }
    return (wordnet.tagCount(word, synset) + 1) / Math.max(1, total);
  };
  const offer = (word: string, target: string, kind: RelationKind, share: number) => {
    if (word === target) return;
    let entries = found.get(word);
    if (!entries) found.set(word, (entries = new Map()));
    const before = entries.get(target);
    if (!before) entries.set(target, { kind, share });
    else entries.set(target, { kind: RANK[kind] < RANK[before.kind] ? kind : before.kind, share: Math.max(share, before.share) });
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
      const share = senseShare(word, id);
      for (const t of same) offer(word, t, "synonym", share);
      for (const t of derived) offer(word, t, "derived", share);
      for (const t of broader) offer(word, t, "broader", share);
    }
  }
  // A book word is offered for the everyday words of its own definition: "foreigners" → xenophobia.
  // In which of its senses the defining word is meant is unknown: each weighs the same.
  for (let id = 0; id < wordnet.size; id++) {
    const same = inBook(id).filter((w) => !w.includes(" "));
    if (same.length === 0) continue;
    for (const w of definitionWords(id)) {
      if ((definitionCount.get(w) ?? 0) > MAX_DEFINITIONS) continue;
      const share = 1 / Math.max(1, wordnet.synsetsOf(w).length);
      for (const t of same) offer(w, t, "defined", share);
    }
  }
  // The usual sense of a word first: a word's rare senses ("kids" as teasing) bring in noise, so their words
  // weigh as little as the sense is used, and the cap keeps the closest kinds of the usual senses.
  const table = new Map<string, string>();
  for (const [word, entries] of found) {
    const best = [...entries].sort(([, x], [, y]) => closerFirst(x, y)).slice(0, PER_WORD);
    // Copied through a buffer: one flat string each, holding on to nothing of WordNet's files.
    // The word's own total of tagged uses leads: it says which of two readings of an inflected form is usual.
    // "-" for a word that is no lemma of WordNet's, only in its definitions: it may still be an inflection of one.
    const senses = wordnet.synsetsOf(word).length;
    const uses = senses === 0 ? "-" : String(Math.max(0, (totals.get(word) ?? senses) - senses));
    table.set(Buffer.from(word).toString(), Buffer.from(`${uses}|${best.map(([t, { kind, share }]) => `${kind === "defined" ? "f" : kind[0]}${Math.sqrt(share).toFixed(3)}:${t}`).join("|")}`).toString());
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
      // "jobs" is a lemma of its own (Steve Jobs) and the plural of job: each reading weighs as often as it is used.
      // A word WordNet lacks is read as the inflection of one it has (jailing → jail).
      const forms = table.get(word)?.startsWith("-") === false ? [word, singular(word)] : baseForms(word);
      const readings = [...new Set(forms)].flatMap((form) => {
        const packed = table.get(form);
        if (!packed) return [];
        const [uses, ...entries] = packed.split("|");
        return [{ uses: (Number(uses) || 0) + 1, entries }];
      });
      const all = readings.reduce((n, r) => n + r.uses, 0);
      const merged = new Map<string, Related & { share: number }>();
      for (const { uses, entries } of readings) {
        for (const entry of entries) {
          const colon = entry.indexOf(":");
          const target = entry.slice(colon + 1);
          const related = { kind: KIND_OF[entry[0]!]!, share: (Number(entry.slice(1, colon)) * uses) / all, words: target.split(" ") };
          const before = merged.get(target);
          if (!before || related.share > before.share) merged.set(target, related);
        }
      }
      return [...merged.values()].sort(closerFirst).slice(0, PER_WORD);
    },
  };
}
