/**
 * The six parts of an agency chapter and every printed form of their headings
 * as the source prints them. A heading matches only as a whole line, so "Recommendations of
 * the Committee on the Rights of the Child" stays a subheading.
 */
import type { PartKind } from "../book/schema";

type HeadingRule = { kinds: PartKind[]; pattern: RegExp };

export const HEADING_RULES: HeadingRule[] = [
  {
    kinds: ["activities"],
    pattern: /^Migration(?: and development)? activities (?:undertaken )?since the 2006 High-?\s?level Dialogue$/i,
  },
  { kinds: ["gfmd-support"], pattern: /^Support provided to the (?:Global Forum on Migration and Development|GFMD)$/i },
  { kinds: ["good-practices"], pattern: /^Identified good practices$/i },
  { kinds: ["challenges", "gaps"], pattern: /^Challenges and gaps evident within the migration and development sphere$/i },
  { kinds: ["challenges"], pattern: /^Challenges identified in carrying out .{2,60} work$/i },
  {
    kinds: ["gaps"],
    pattern: /^(?:Gaps evident within|Key gaps in) the (?:global )?migration and development sphere$/i,
  },
  { kinds: ["recommendations"], pattern: /^Recommendations for the 2013 High-level Dialogue$/i },
];

/** A numbered line ("4. Something") that is not a known heading is an unknown heading. */
export const NUMBERED_HEADING = /^([1-9])\.\s+(\S.*)$/;

export function matchHeading(text: string): { kinds: PartKind[]; number: number | null } | { unknown: true; number: number } | null {
  const trimmed = text.trim();
  const numbered = NUMBERED_HEADING.exec(trimmed);
  const body = numbered?.[2] ?? trimmed;
  const rule = HEADING_RULES.find((r) => r.pattern.test(body));
  if (rule) return { kinds: rule.kinds, number: numbered ? Number(numbered[1]) : null };
  if (numbered && body.length < 120 && !/[.;:]$/.test(body)) return { unknown: true, number: Number(numbered[1]) };
  return null;
}

export { PART_LABELS, partLabel } from "../book/parts";
