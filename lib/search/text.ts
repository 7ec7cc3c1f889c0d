/**
 * Text normalisation shared by the index and queries: case and accent folding, punctuation
 * to spaces, and English stemming with the Porter algorithm (the `stemmer` package, chosen
 * with `npm run bench:search`), so protection/protect and remittances/remittance meet.
 */
import { stemmer } from "stemmer";

/** A possessive ending goes, so "UN's" is UN (not the word "uns") and "women's" is women. */
const POSSESSIVE = /['’]s\b/g;

export function fold(text: string): string {
  // Most words are already folded, or plain ASCII: skip Unicode normalisation for them.
  if (/^[a-z0-9]*$/.test(text)) return text;
  if (/^[\x20-\x7e]*$/.test(text)) {
    return text
      .toLowerCase()
      .replace(POSSESSIVE, "")
      .replace(/'/g, "")
      .replace(/[^a-z0-9]+/g, " ")
      .trim();
  }
  return text
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(POSSESSIVE, "")
    .replace(/[’']/g, "")
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim();
}

/**
 * `fn` with its answers remembered, up to 50,000 of them (then it starts afresh): stemming is asked
 * about the same few thousand words again and again, at index build and on every search.
 */
export function remembered(fn: (word: string) => string): (word: string) => string {
  const answers = new Map<string, string>();
  return (word) => {
    let result = answers.get(word);
    if (result === undefined) {
      result = fn(word);
      if (answers.size >= 50_000) answers.clear();
      answers.set(word, result);
    }
    return result;
  };
}

/** Plurals no suffix rule reaches; a stemmer leaves them apart from their singular. */
const IRREGULAR: Record<string, string> = { children: "child", women: "woman", men: "man", people: "person", peoples: "person" };

/** Words longer than this are not stemmed (no English word is; a hostile one costs nothing). */
export const MAX_WORD = 40;

let algorithm: (word: string) => string = stemmer;
let cached = remembered((word: string) => algorithm(word));

/** For `npm run bench:search` only, which compares stemming algorithms on the same queries. */
export function chooseStemmer(next: (word: string) => string): void {
  algorithm = next;
  cached = remembered((word: string) => algorithm(word));
  cachedWordStem = remembered((raw) => stem(fold(raw)));
}

/**
 * Stems one folded word with Porter's algorithm. Numbers, very long words and shorter words stay as
 * they are, except a three-letter word ending in y, so it meets its inflections (day and days, way
 * and ways, pay and paying): Porter would also cut the s or e of a three-letter acronym (CIS, ECE,
 * which would meet EC) or turn a word into a stop word (one into "on").
 */
export function stem(word: string): string {
  const irregular = IRREGULAR[word];
  if (irregular) return irregular;
  if (word.length <= 2 || word.length > MAX_WORD || /\d/.test(word)) return word;
  if (word.length === 3 && !word.endsWith("y")) return word;
  return cached(word);
}

export function tokens(text: string): string[] {
  const folded = fold(text);
  return folded === "" ? [] : folded.split(" ");
}

export function stems(text: string): string[] {
  return tokens(text).map(stem);
}

/** The stem of a raw word (with its case and punctuation): snippets ask this of the same words on every request. */
export function wordStem(raw: string): string {
  return cachedWordStem(raw);
}
let cachedWordStem = remembered((raw) => stem(fold(raw)));
