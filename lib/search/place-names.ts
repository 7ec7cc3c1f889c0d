/**
 * Country demonyms as thesaurus entries: searchers write "Filipino nurses" or "Somalis", the book
 * mostly "the Philippines" and "Somalia", and no stemmer joins the two. The names come from the
 * `world-countries` package (ODbL data, read from its JSON where npm put it); content/synonyms.json
 * stays the editors' list and wins where both have a key.
 */
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { z } from "zod";
import { tokens } from "./text";

const countrySchema = z.object({
  name: z.object({ common: z.string().min(1), official: z.string().min(1) }),
  altSpellings: z.array(z.string()).optional(),
  independent: z.boolean().nullable().optional(),
  languages: z.record(z.string(), z.string()).optional(),
  demonyms: z.record(z.string(), z.object({ m: z.string(), f: z.string() })).optional(),
});
export type Country = z.infer<typeof countrySchema>;

/**
 * A demonym that names the language of more than this many countries (French, Spanish, Portuguese,
 * Russian, Dutch) is read as the language far more often than as the people, so it is left out.
 */
const LANGUAGE_OF_MANY = 5;

/** The package's data file, found through Node's resolution from the project root (not `require.resolve`: the Next.js bundler would replace it with a module id). */
function dataFile(): string {
  const resolver = createRequire(join(process.cwd(), "package.json"));
  return join(dirname(resolver.resolve("world-countries/package.json")), "countries.json");
}

export function loadCountries(file = dataFile()): Country[] {
  // Read at run time from node_modules: the bundler is told not to trace it (else it would trace the whole project).
  return z.array(countrySchema).parse(JSON.parse(readFileSync(/*turbopackIgnore: true*/ file, "utf8")));
}

/**
 * The names a country goes by in English (common, official, alternative spellings). Left out: codes
 * such as "IN" or "SO", which fold to common words; native spellings, which fold to other English
 * words (Iceland's "Ísland" to "island"); and the inverted "Korea, Republic of" forms.
 */
function namesOf(c: Country): string[] {
  return [...new Set([c.name.common, c.name.official, ...(c.altSpellings ?? [])])].filter((n) => n.length > 3 && !n.includes(",") && /^[\x20-\x7e]+$/.test(n));
}

/**
 * demonym (lower case) → the names of its country that the book uses ("Turkish" → Turkey, not
 * Türkiye). A demonym two countries share names both, independent ones first; one whose country
 * the book never names is left out, so "Also searched" shows only names that can match.
 */
export function demonymSynonyms(countries: Country[], inBook: (name: string) => boolean): Record<string, string[]> {
  const languageCount = new Map<string, number>();
  for (const c of countries) for (const language of new Set(Object.values(c.languages ?? {}).map((l) => l.toLowerCase()))) languageCount.set(language, (languageCount.get(language) ?? 0) + 1);
  const byDemonym = new Map<string, Country[]>();
  for (const c of countries) {
    const english = c.demonyms?.eng;
    if (!english) continue;
    // "Bosnian, Herzegovinian" is two demonyms.
    for (const demonym of new Set([english.m, english.f].flatMap((d) => d.split(",")).map((d) => d.trim().toLowerCase()))) {
      if (!demonym || demonym === c.name.common.toLowerCase() || (languageCount.get(demonym) ?? 0) > LANGUAGE_OF_MANY) continue;
      byDemonym.set(demonym, [...(byDemonym.get(demonym) ?? []), c]);
    }
  }
  const out: Record<string, string[]> = {};
  for (const [demonym, named] of byDemonym) {
    // "American" is the United States before the Northern Mariana Islands; "Indian" is India.
    const independent = named.filter((c) => c.independent === true);
    const names = (independent.length > 0 ? independent : named).flatMap(namesOf).filter((n) => n.toLowerCase() !== demonym && inBook(n));
    if (names.length > 0) out[demonym] = [...new Set(names)];
  }
  return out;
}

/** Whether a name occurs in the passages as words, folded as search folds them. */
export function bookNames(texts: string[]): (name: string) => boolean {
  const folded = texts.map((t) => tokens(t));
  const vocabulary = new Set(folded.flat());
  const book = ` ${folded.map((words) => words.join(" ")).join(" | ")} `;
  return (name) => {
    const words = tokens(name);
    // Most names are not in the book at all: the word test spares them a scan of the whole text.
    return words.length > 0 && words.every((w) => vocabulary.has(w)) && book.includes(` ${words.join(" ")} `);
  };
}

/** The editors' thesaurus with the demonyms under it: an editor's entry for the same key replaces the generated one. */
export function withPlaceNames(synonyms: Record<string, string[]>, texts: string[], countries: Country[] = loadCountries()): Record<string, string[]> {
  return { ...demonymSynonyms(countries, bookNames(texts)), ...synonyms };
}
