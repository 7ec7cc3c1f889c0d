/**
 * The agencies by every name a query may use for one: slug, acronym or title, in any case and
 * without spaces or hyphens ("agency:UNHCR", "undesa", "world-bank"), and in the possessive
 * ("ILO's conventions", "UNHCR’s"), where the query asks about that agency's own work.
 */
import type { AgencyRef } from "../explore/corpus";
import { MAX_QUERY_LENGTH } from "./parse-query";
import { fold } from "./text";

/** A name without case, accents, spaces or hyphens: "UN-Habitat" and "unhabitat" are one. */
const compact = (name: string) => fold(name).replace(/[^\p{L}\p{N}]/gu, "");

/** "ILO's conventions": an agency named in the possessive. */
const POSSESSIVE = /(?:^|[^\p{L}\p{N}])(\p{L}[\p{L}-]{1,14})['’]s(?![\p{L}\p{N}])/gu;

export class AgencyNames {
  private readonly bySlug = new Map<string, string>();

  add(agency: Pick<AgencyRef, "slug" | "acronym" | "title">): void {
    for (const name of [agency.slug, agency.acronym ?? "", agency.title]) if (name) this.bySlug.set(compact(name), agency.slug);
  }

  /** The slug of the agency a filter value names, or the value as it is (it then matches nothing). */
  resolve(name: string): string {
    return this.bySlug.get(compact(name)) ?? name;
  }

  /** The agencies a query names in the possessive: their own chapters answer it first. */
  namedInPossessive(input: string): Set<string> {
    const owners = new Set<string>();
    for (const match of input.slice(0, MAX_QUERY_LENGTH).matchAll(POSSESSIVE)) {
      const slug = this.bySlug.get(compact(match[1]!));
      if (slug) owners.add(slug);
    }
    return owners;
  }
}
