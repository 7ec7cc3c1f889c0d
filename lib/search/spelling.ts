/**
 * Typo correction, SymSpell-style, over the words of the book as printed (not stems: a stemmer
 * cuts a misspelt word differently from the right one): every word with one or two letters
 * deleted points back to the word, so a misspelt word finds its candidates by deleting letters too. Work is
 * bounded whatever is typed: words outside 5–24 letters are not corrected (a 495-letter word
 * would otherwise make about 120,000 variants), and candidates are capped.
 */
export const MIN_CORRECTABLE = 5;
export const MAX_CORRECTABLE = 24;
const MAX_CANDIDATES = 200;

/** Damerau–Levenshtein distance (adjacent swaps count one), giving up past `max`. */
export function editDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let previous = Array.from({ length: b.length + 1 }, (_, i) => i);
  let beforePrevious = previous;
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    let best = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      current[j] = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) current[j] = Math.min(current[j]!, beforePrevious[j - 2]! + 1);
      best = Math.min(best, current[j]!);
    }
    if (best > max) return max + 1;
    beforePrevious = previous;
    previous = current;
  }
  return previous[b.length]!;
}

/** The word itself and every form with up to `max` letters deleted. */
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

const allowance = (word: string) => (word.length >= 8 ? 2 : 1);

export class Speller {
  private readonly deletions = new Map<string, string[]>();
  private readonly known = new Set<string>();

  /** `words`: the folded words of the text; `df`: how many passages have a word (through its stem). */
  constructor(
    words: Iterable<string>,
    private readonly df: (word: string) => number,
  ) {
    for (const term of words) {
      this.known.add(term);
      if (term.length < MIN_CORRECTABLE || term.length > MAX_CORRECTABLE || /\d/.test(term) || df(term) === 0) continue;
      for (const variant of deletionVariants(term, allowance(term))) {
        const list = this.deletions.get(variant);
        if (list) list.push(term);
        else this.deletions.set(variant, [term]);
      }
    }
  }

  /** The closest word of the book to a word it does not have (the most frequent among the closest), or null. */
  correct(stemmed: string): string | null {
    if (stemmed.length < MIN_CORRECTABLE || stemmed.length > MAX_CORRECTABLE || /\d/.test(stemmed) || this.known.has(stemmed)) return null;
    const max = allowance(stemmed);
    const candidates = new Set<string>();
    for (const variant of deletionVariants(stemmed, max)) {
      for (const term of this.deletions.get(variant) ?? []) {
        candidates.add(term);
        if (candidates.size >= MAX_CANDIDATES) break;
      }
      if (candidates.size >= MAX_CANDIDATES) break;
    }
    let best: { term: string; distance: number; count: number } | null = null;
    for (const term of candidates) {
      const distance = editDistance(stemmed, term, max);
      if (distance > max) continue;
      const count = this.df(term);
      if (!best || distance < best.distance || (distance === best.distance && count > best.count)) best = { term, distance, count };
    }
    return best?.term ?? null;
  }
}
