/**
 * The parts of the query Lexicon that come from editorial data: the glossary's acronyms (plural and
 * possessive forms too) and their multi-word expansions, content/synonyms.json and content/instruments.json.
 */
import type { Lexicon } from "./analyze-query";
import { fold } from "./text";

export type GlossaryLexicon = Pick<Lexicon, "acronym" | "instrument" | "expansions" | "synonyms">;

export function glossaryLexicon(glossary: { term: string; expansion: string }[], synonyms: Record<string, string[]>, instruments: Record<string, string>): GlossaryLexicon {
  const names = new Map(Object.entries(instruments).map(([code, name]) => [code.toUpperCase(), name]));
  const acronyms = new Map<string, { term: string; expansion: string }>();
  for (const entry of glossary) {
    // "MRTD(s)" → "Machine-readable passports and other travel document(s)": the plural marker is the printer's, not a word.
    const g = { term: entry.term.replace(/\(s\)/g, ""), expansion: entry.expansion.replace(/\(s\)/g, "s") };
    if (!/^[A-Z][A-Za-z.\-/]*[A-Z]/.test(g.term)) continue;
    const key = fold(g.term).replace(/ /g, "");
    if (!acronyms.has(key)) acronyms.set(key, g);
  }
  // "ICAO's Public Key Directory" is also typed without its owner: "Public Key Directory" → PKD.
  const expansions = new Map(
    glossary.flatMap((g) => {
      const owned = /^[A-Z][A-Za-z]+['’]s\s+(.+)$/.exec(g.expansion);
      return [[fold(g.expansion), g.term] as const, ...(owned ? [[fold(owned[1]!), g.term] as const] : [])].filter(([e]) => e.includes(" "));
    }),
  );
  return {
    acronym: (raw) => {
      const key = fold(raw).replace(/ /g, "");
      // Plurals and possessives of an acronym (NGOs, IOM's) reach its glossary entry.
      return acronyms.get(key) ?? (/^[A-Za-z]{2,}['’]?s$/.test(raw.trim()) && /[A-Z]{2}/.test(raw) ? (acronyms.get(key.replace(/s$/, "")) ?? null) : null);
    },
    instrument: (code) => names.get(code.toUpperCase()) ?? null,
    expansions,
    // Keys that fold to the same words are one key (the last one given wins, as in a map).
    synonyms: [...new Map(Object.entries(synonyms).map(([k, v]) => [fold(k), v]))].map(([key, v]) => ({ keyWords: key.split(" "), synonyms: v })),
  };
}
