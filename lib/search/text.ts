/**
 * Text normalisation shared by the index and queries: case and accent folding,
 * punctuation to spaces, and a light English stemmer (remittances → remittanc,
 * migrants → migrant, migration → migrat) so singular/plural and close forms meet.
 */
export function fold(text: string): string {
  // Most words are already folded, or plain ASCII: skip Unicode normalisation for them.
  if (/^[a-z0-9]*$/.test(text)) return text;
  if (/^[\x20-\x7e]*$/.test(text)) {
    return text
      .toLowerCase()
      .replace(/'/g, "")
      .replace(/[^a-z0-9]+/g, " ")
      .trim();
  }
  return text
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[’']/g, "")
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim();
}

const SUFFIXES: [RegExp, string][] = [
  [/ies$/, "y"],
  [/(ss)$/, "$1"],
  [/(\w{3,})ations?$/, "$1at"],
  [/(\w{3,})ants?$/, "$1ant"],
  [/(\w{3,})ings?$/, "$1"],
  [/(\w{3,})es$/, "$1e"],
  [/(\w{3,}[^s])s$/, "$1"],
];

/** Stems are asked for the same few thousand words again and again: remember them (bounded). */
const stemmed = new Map<string, string>();
const STEM_CACHE_SIZE = 50_000;

/** Stems one folded word. Short words and numbers stay as they are. */
export function stem(word: string): string {
  let result = stemmed.get(word);
  if (result === undefined) {
    result = stemWord(word);
    if (stemmed.size >= STEM_CACHE_SIZE) stemmed.clear();
    stemmed.set(word, result);
  }
  return result;
}

function stemWord(word: string): string {
  if (word.length <= 3 || /\d/.test(word)) return word;
  for (const [pattern, replacement] of SUFFIXES) {
    if (pattern.test(word)) {
      const stemmed = word.replace(pattern, replacement);
      return stemmed.replace(/e$/, "");
    }
  }
  return word.replace(/e$/, "");
}

export function tokens(text: string): string[] {
  const folded = fold(text);
  return folded === "" ? [] : folded.split(" ");
}

export function stems(text: string): string[] {
  return tokens(text).map(stem);
}

/** Raw words (with their case and punctuation) as a stem, remembered: snippets ask for the same words on every request. */
const rawStems = new Map<string, string>();

export function wordStem(raw: string): string {
  let result = rawStems.get(raw);
  if (result === undefined) {
    result = stem(fold(raw));
    if (rawStems.size >= STEM_CACHE_SIZE) rawStems.clear();
    rawStems.set(raw, result);
  }
  return result;
}
