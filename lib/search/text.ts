/**
 * Text normalisation shared by the index and queries: case and accent folding,
 * punctuation to spaces, and a light English stemmer (remittances → remittanc,
 * migrants → migrant, migration → migrat) so singular/plural and close forms meet.
 */
export function fold(text: string): string {
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

/** Stems one folded word. Short words and numbers stay as they are. */
export function stem(word: string): string {
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
