/**
 * The parts of the query Lexicon that come from the book and editorial data: the glossary's
 * acronyms (plural and possessive forms too) and their multi-word expansions, with the other long
 * forms the text itself defines (inline-acronyms.ts: the glossary's "United Nations Country Teams"
 * is "UN Country Teams" in the text), content/synonyms.json and content/instruments.json.
 */
import type { Lexicon } from "./analyze-query";
import { acronymKey as keyOf, type InlineAcronym } from "./inline-acronyms";
import { fold, stem, stems } from "./text";

export type GlossaryLexicon = Pick<Lexicon, "acronym" | "instrument" | "expansions" | "synonyms">;

type Entry = { term: string; expansion: string; variants: string[] };

/** "United Nations Country Teams" is also written "UN Country Teams", and the other way round. */
function withUn(form: string): string[] {
  if (/^United Nations /.test(form)) return [form, form.replace(/^United Nations /, "UN ")];
  if (/^UN /.test(form)) return [form, form.replace(/^UN /, "United Nations ")];
  return [form];
}

export function glossaryLexicon(glossary: { term: string; expansion: string }[], synonyms: Record<string, string[]>, instruments: Record<string, string>, inline: readonly InlineAcronym[] = []): GlossaryLexicon {
  const names = new Map(Object.entries(instruments).map(([code, name]) => [code.toUpperCase(), name]));
  const acronyms = new Map<string, Entry>();
  /** Defined only in the text: matched only when typed with capitals ("IP", not "ip"). */
  const textOnly = new Set<string>();
  for (const entry of glossary) {
    // "MRTD(s)" → "Machine-readable passports and other travel document(s)": the plural marker is the printer's, not a word.
    const g = { term: entry.term.replace(/\(s\)/g, ""), expansion: entry.expansion.replace(/\(s\)/g, "s") };
    if (!/^[A-Z][A-Za-z.\-/]*[A-Z]/.test(g.term)) continue;
    const key = keyOf(g.term);
    if (!acronyms.has(key)) acronyms.set(key, { ...g, variants: [] });
  }
  for (const d of inline) {
    if (!/^[A-Za-z][A-Za-z-]*$/.test(d.term)) continue;
    const key = keyOf(d.term);
    const entry = acronyms.get(key);
    if (entry) entry.variants.push(d.expansion);
    else {
      acronyms.set(key, { term: d.term.replace(/(?<=[A-Z]{2})s$/, ""), expansion: d.expansion, variants: [] });
      textOnly.add(key);
    }
  }
  // One form per run of stems: "UN Country Team" and "UN Country Teams" are one.
  const same = (form: string) => stems(form).join(" ");
  for (const entry of acronyms.values()) {
    const seen = new Set([same(entry.expansion)]);
    entry.variants = [...withUn(entry.expansion), ...entry.variants.flatMap(withUn)].filter((v) => !seen.has(same(v)) && (seen.add(same(v)), true));
  }
  // "ICAO's Public Key Directory" is also typed without its owner: "Public Key Directory" → PKD.
  const expansions = new Map(
    [...acronyms.values()].flatMap((g) => {
      const owned = /^[A-Z][A-Za-z]+['’]s\s+(.+)$/.exec(g.expansion);
      return [g.expansion, ...g.variants, ...(owned ? [owned[1]!] : [])].map((e) => [fold(e), g.term] as const).filter(([e]) => e.includes(" "));
    }),
  );
  return {
    acronym: (raw) => {
      const key = keyOf(raw);
      const entry = acronyms.get(key);
      if (!entry || (textOnly.has(key) && !/[A-Z].*[A-Z]/.test(raw))) return null;
      // Plurals and possessives of an acronym (NGOs, IOM's) reach its glossary entry; "ngos" typed in lower case is not an acronym's plural.
      if (key !== fold(raw).replace(/ /g, "") && !(/^[A-Za-z]{2,}['’]?s$/i.test(raw.trim()) && /[A-Z]{2}/.test(raw))) return null;
      return entry;
    },
    instrument: (code) => names.get(code.toUpperCase()) ?? null,
    expansions,
    // Keys that fold to the same words are one key (the last one given wins, as in a map).
    synonyms: [...new Map(Object.entries(synonyms).map(([k, v]) => [fold(k), v]))].map(([key, v]) => ({ keyWords: key.split(" "), synonyms: v })),
  };
}

/**
 * The whole Lexicon of an index: the book's editorial data, with the index's frequencies, its words
 * and its speller (`correct` answers null for a word it cannot correct, and always in a lean index).
 */
export function indexLexicon(book: GlossaryLexicon, df: (stemmed: string) => number, hasWord: (folded: string) => boolean, commonAbove: number, correct: (typed: string) => string | null): Lexicon {
  return {
    ...book,
    df,
    hasWord,
    common: (s) => df(s) > commonAbove,
    correct: (typed) => {
      const word = correct(typed);
      return word ? { stem: stem(word), word } : null;
    },
  };
}
