/**
 * Rule-based tagging: transparent and reviewable. A tag applies when one of its terms
 * matches, or two different weak terms do; the matched terms are kept as provenance.
 */
import type { TagDefinition } from "../book/content/vocabularies";

export type TagMatch = { slug: string; matched: string[] };
type CompiledTag = { slug: string; strong: [string, RegExp][]; weak: [string, RegExp][] };

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

// "remittance*" matches any ending; "HIV" (two or more capitals: an acronym) matches case-sensitively.
export function termPattern(term: string): RegExp {
  const prefix = term.endsWith("*");
  const body = escape(prefix ? term.slice(0, -1) : term).replace(/\\-|-/g, "[-–]").replace(/ /g, "\\s+");
  const acronym = (term.match(/[A-Z]/g)?.length ?? 0) >= 2;
  const source = `(?<![\\w-])${body}${prefix ? "[\\w'’-]*" : "(?![\\w])"}`;
  return new RegExp(source, acronym ? "u" : "iu");
}

export function compileTags(definitions: TagDefinition[]): CompiledTag[] {
  return definitions.map((d) => ({
    slug: d.slug,
    strong: d.terms.map((t) => [t, termPattern(t)]),
    weak: d.weakTerms.map((t) => [t, termPattern(t)]),
  }));
}

/** A lead-in that only introduces a list ("Recommendations for the 2013 HLD include the following:"). */
export function isLeadIn(text: string): boolean {
  return text.length < 160 && /:\s*$/.test(text);
}

export function tagText(text: string, tags: CompiledTag[], ignorePhrases: string[] = []): TagMatch[] {
  if (isLeadIn(text)) return [];
  let plain = text.replace(/\*/g, "");
  for (const phrase of ignorePhrases) plain = plain.split(phrase).join(" ");
  const result: TagMatch[] = [];
  for (const tag of tags) {
    const strong = tag.strong.filter(([, re]) => re.test(plain)).map(([t]) => t);
    const weak = tag.weak.filter(([, re]) => re.test(plain)).map(([t]) => t);
    if (strong.length > 0 || weak.length >= 2) result.push({ slug: tag.slug, matched: [...strong, ...weak] });
  }
  return result;
}
