/**
 * The search query language: plain words (ranked by how many and how informative; see
 * analyze-query.ts), +required words, "exact phrases" (required), -excluded words and phrases,
 * and filters inside the query (agency:ilo part:recommendations theme:remittances gcm:gcm-20).
 * Never throws: anything it does not understand is read as words.
 */
import { partKindOf } from "../book/parts";
import type { PartKind } from "../book/schema";

export type ParsedQuery = {
  words: string[];
  /** Of `words`, those typed with a leading +: every result must have them. */
  required: string[];
  phrases: string[];
  excluded: string[];
  filters: { agency: string[]; part: PartKind[]; theme: string[]; gcm: string[] };
};

export const MAX_QUERY_LENGTH = 500;
const FILTER = /^(agency|part|theme|gcm):([a-z0-9-]+(?:,[a-z0-9-]+)*)$/i;

/** `"Exact phrases"` and `-"excluded phrases"`. */
const QUOTED = /(-?)"([^"]*)"/g;

/** The query with its quoted phrases as plain words; an excluded phrase stays excluded. */
export function withoutPhraseQuotes(input: string): string {
  return input.replace(QUOTED, (whole, minus: string, phrase: string) => (minus ? whole : ` ${phrase} `));
}

export function parseQuery(input: string): ParsedQuery {
  const query: ParsedQuery = { words: [], required: [], phrases: [], excluded: [], filters: { agency: [], part: [], theme: [], gcm: [] } };
  let rest = input.slice(0, MAX_QUERY_LENGTH);
  rest = rest.replace(QUOTED, (_, minus: string, phrase: string) => {
    const clean = phrase.trim().replace(/\s+/g, " ");
    if (clean) (minus ? query.excluded : query.phrases).push(clean);
    return " ";
  });
  for (const raw of rest.split(/\s+/)) {
    const token = raw.trim();
    if (!token) continue;
    const filter = FILTER.exec(token);
    if (filter) {
      const key = filter[1]!.toLowerCase() as keyof ParsedQuery["filters"];
      const values = filter[2]!.toLowerCase().split(",");
      if (key === "part") query.filters.part.push(...values.map(partKindOf).filter((v): v is PartKind => v !== null));
      else query.filters[key].push(...values);
      continue;
    }
    if (token.startsWith("-") && token.length > 1) {
      query.excluded.push(token.slice(1));
      continue;
    }
    const word = token.replace(/^[+]+/, "");
    if (!word) continue;
    query.words.push(word);
    if (token.startsWith("+")) query.required.push(word);
  }
  return query;
}
