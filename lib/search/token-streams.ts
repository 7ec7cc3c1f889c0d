/**
 * Every passage's folded words, in order, as numbers: the exact-phrase check without string
 * search. A passage's folded text is its words joined by single spaces, so a phrase
 * "w1 w2 … wn" occurs in it exactly when some run of n words has a first word ending in w1,
 * middle words equal to w2 … w(n-1), and a last word starting with wn (one word: a word
 * containing w1). Words are numbered in sorted order, so "starts with wn" is an id range, and
 * "ends with w1" is a range of the sorted reversed words.
 */
import { firstSeenNumbers, lowerBound, prefixRange } from "./dictionary";

export class TokenStreams {
  private constructor(
    private readonly words: string[],
    /** The words reversed and sorted, with the id of each: suffixes become prefix ranges. */
    private readonly reversed: string[],
    private readonly reversedIds: Int32Array,
    private readonly offsets: Int32Array,
    private readonly tokens: Int32Array,
  ) {}

  static builder() {
    const dictionary = firstSeenNumbers();
    const offsets: number[] = [0];
    const tokens: number[] = [];
    return {
      /** Adds the next passage's folded words, in order. */
      add(words: string[]): void {
        for (const word of words) tokens.push(dictionary.number(word));
        offsets.push(tokens.length);
      },
      build(): TokenStreams {
        const { words, remap } = dictionary.sorted();
        const backwards = words.map((w, id) => ({ key: [...w].reverse().join(""), id })).sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
        return new TokenStreams(
          words,
          backwards.map((b) => b.key),
          Int32Array.from(backwards, (b) => b.id),
          Int32Array.from(offsets),
          Int32Array.from(tokens, (t) => remap[t]!),
        );
      },
    };
  }

  /** Every distinct word of the streams, sorted. */
  vocabulary(): readonly string[] {
    return this.words;
  }

  /**
   * A test for a run of whole words, each equal to the one given (for streams of stems: an
   * acronym's expansion or a synonym, found in any inflection). Words not in the streams → never.
   */
  sequence(words: string[]): (passage: number) => boolean {
    const ids = words.map((w) => this.idOf(w));
    if (ids.length === 0 || ids.includes(-1)) return () => false;
    const n = ids.length;
    return (passage) => {
      const end = this.offsets[passage + 1]! - n;
      outer: for (let a = this.offsets[passage]!; a <= end; a++) {
        for (let k = 0; k < n; k++) if (this.tokens[a + k] !== ids[k]) continue outer;
        return true;
      }
      return false;
    };
  }

  /** How many words a passage's text has (its heading and subheading not counted). */
  length(passage: number): number {
    return this.offsets[passage + 1]! - this.offsets[passage]!;
  }

  /** The id of exactly this word, or -1. */
  idOf(word: string): number {
    const at = lowerBound(this.words, word);
    return this.words[at] === word ? at : -1;
  }

  /**
   * Walks one passage's words in order: `visit(position, id)` for each. Used for proximity
   * (proximity.ts), which needs positions and not only presence.
   */
  walk(passage: number, visit: (position: number, id: number) => void): void {
    const start = this.offsets[passage]!;
    const end = this.offsets[passage + 1]!;
    for (let i = start; i < end; i++) visit(i - start, this.tokens[i]!);
  }

  /** A test for a passage that has any of these forms of one phrase (phrase, below). */
  anyPhrase(forms: readonly string[]): (passage: number) => boolean {
    const tests = forms.map((form) => this.phrase(form));
    return tests.length === 1 ? tests[0]! : (passage) => tests.some((test) => test(passage));
  }

  /**
   * A test for one folded phrase, prepared once per query: the ids each position accepts are
   * worked out here, so checking a passage compares numbers only. An empty phrase matches all.
   */
  phrase(phrase: string): (passage: number) => boolean {
    const parts = phrase.split(" ").filter(Boolean);
    if (parts.length === 0) return () => true;
    if (parts.length === 1) {
      const accepted = new Uint8Array(this.words.length);
      this.words.forEach((w, id) => (accepted[id] = w.includes(parts[0]!) ? 1 : 0));
      return (passage) => {
        for (let i = this.offsets[passage]!; i < this.offsets[passage + 1]!; i++) if (accepted[this.tokens[i]!]) return true;
        return false;
      };
    }
    const first = new Uint8Array(this.words.length);
    const suffix = [...parts[0]!].reverse().join("");
    for (let i = lowerBound(this.reversed, suffix); i < this.reversed.length && this.reversed[i]!.startsWith(suffix); i++) first[this.reversedIds[i]!] = 1;
    const middle = parts.slice(1, -1).map((w) => this.idOf(w));
    if (middle.includes(-1)) return () => false;
    const last = parts[parts.length - 1]!;
    const { lo: lastLo, hi: lastHi } = prefixRange(this.words, last);
    const n = parts.length;
    return (passage) => {
      const end = this.offsets[passage + 1]! - n;
      outer: for (let a = this.offsets[passage]!; a <= end; a++) {
        if (!first[this.tokens[a]!]) continue;
        for (let k = 0; k < middle.length; k++) if (this.tokens[a + 1 + k] !== middle[k]) continue outer;
        const t = this.tokens[a + n - 1]!;
        if (t >= lastLo && t < lastHi) return true;
      }
      return false;
    };
  }
}
