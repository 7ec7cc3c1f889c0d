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

/**
 * `fn` with its answers remembered, up to 50,000 of them (then it starts afresh): stemming is asked
 * about the same few thousand words again and again, at index build and on every search.
 */
function remembered(fn: (word: string) => string): (word: string) => string {
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

/** Stems one folded word. Short words and numbers stay as they are. */
export const stem = remembered((word) => {
  if (word.length <= 3 || /\d/.test(word)) return word;
  for (const [pattern, replacement] of SUFFIXES) {
    if (pattern.test(word)) {
      const stemmed = word.replace(pattern, replacement);
      return stemmed.replace(/e$/, "");
    }
  }
  return word.replace(/e$/, "");
});

export function tokens(text: string): string[] {
  const folded = fold(text);
  return folded === "" ? [] : folded.split(" ");
}

export function stems(text: string): string[] {
  return tokens(text).map(stem);
}

/** The stem of a raw word (with its case and punctuation): snippets ask this of the same words on every request. */
export const wordStem = remembered((raw) => stem(fold(raw)));
