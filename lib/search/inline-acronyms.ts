/**
 * Acronyms the book defines in its own text, as "UN Country Teams (UNCTs)" or "Human
 * Development Report (HDR)": the glossary has only some of them, and often in another form
 * ("United Nations Country Teams"). The long form is found as Schwartz and Hearst (2003) do: the
 * shortest run of words before the parenthesis, no longer than min(|A| + 5, 2|A|) words, that holds
 * the acronym's letters in order, the first one starting the run. Pure: text in, definitions out.
 */
import { fold } from "./text";

export type InlineAcronym = { term: string; expansion: string };

/** An acronym's key: folded, without spaces or a plural s ("UNCTs", "UNCT" and "unct" are one). */
export const acronymKey = (term: string) => fold(term).replace(/ /g, "").replace(/(?<=.{2})s$/, "");

/** "(UNCTs)", "(HDR)", "(MRTDs)": two or more capitals, maybe lower-case letters, a plural s. */
const DEFINED = /\(([A-Z][A-Za-z&-]*[A-Z][A-Za-z]*)\)/g;
/** A long form is this long at most, in characters, before words are even counted. */
const WINDOW = 200;

/** The long form ending just before `at` in `text` for `acronym`, or null. */
export function longFormBefore(text: string, at: number, acronym: string): string | null {
  const letters = acronym.replace(/s$/, "").replace(/[^A-Za-z]/g, "").toLowerCase();
  if (letters.length < 2) return null;
  const words = text.slice(Math.max(0, at - WINDOW), at).split(/\s+/).filter(Boolean);
  const maxWords = Math.min(letters.length + 5, letters.length * 2);
  // The shortest run of words back from the parenthesis whose letters hold the acronym's, in order,
  // the first letter starting the run; a run never reaches back past the end of a sentence or clause.
  for (let n = 1; n <= Math.min(maxWords, words.length); n++) {
    const run = words.slice(words.length - n);
    if (n > 1 && /[.;:!?)]$/.test(run[0]!)) return null;
    // "Office of the High Commissioner (OHCHR)": a run starting at "of" is the tail of a longer name.
    if (LINKING.has(run[0]!)) continue;
    if (holds(run.join(" ").toLowerCase(), letters)) {
      const form = run.join(" ").replace(/^[("“'‘]+|[,;:)"”'’]+$/g, "");
      return /^[A-Za-z]/.test(form) ? form : null;
    }
  }
  return null;
}

/** Words that join the parts of a name and never start one. */
const LINKING = new Set(["of", "for", "the", "and", "on", "in", "to", "a", "an", "with", "at", "by"]);

/** Whether the acronym's letters occur in the long form in order, the first one at its very start. */
function holds(long: string, letters: string): boolean {
  if (long[0] !== letters[0]) return false;
  let l = long.length - 1;
  for (let a = letters.length - 1; a >= 1; a--) {
    while (l >= 1 && long[l] !== letters[a]) l--;
    if (l < 1) return false;
    l--;
  }
  return true;
}

/** Every acronym defined in the texts, with each distinct long form once (as first written). */
export function inlineAcronyms(texts: Iterable<string>): InlineAcronym[] {
  const found = new Map<string, InlineAcronym>();
  for (const text of texts) {
    for (const m of text.matchAll(DEFINED)) {
      const term = m[1]!;
      const expansion = longFormBefore(text, m.index, term);
      if (!expansion || !expansion.includes(" ")) continue;
      const key = `${acronymKey(term)}|${fold(expansion)}`;
      if (!found.has(key)) found.set(key, { term, expansion });
    }
  }
  return [...found.values()];
}
