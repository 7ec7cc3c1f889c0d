/** Small predicates about how a piece of text looks, shared by the footnote and rejoin stages. */
import { stripSuperscripts } from "./markers";

/** True when the text stops mid-sentence: no closing punctuation at its end. */
export function endsOpen(text: string): boolean {
  const bare = stripSuperscripts(text).replace(/[\s"”’')\]*]+$/, "");
  return !/[.!?:;]$/.test(bare);
}

export function startsLowercase(text: string): boolean {
  return /^[\s"“‘'(*]*[a-z]/.test(text);
}

const FUNCTION_WORD_END = /\b(?:and|or|of|the|to|in|for|with|by|on|at|a|an|as|from|that|which|its|their|is|are|was|were|be|including|such)$/i;

/** A short title-like line: "Knowledge generation and normative work", "Postscript: Follow-up to …". */
export function looksLikeSubheading(text: string): boolean {
  const bare = stripSuperscripts(text).replace(/\d{1,2}$/, "").trim();
  if (bare.length === 0 || bare.length > 130) return false;
  if (!/^[A-Z0-9"“‘]/.test(bare)) return false;
  if (/[.,;:!?]$/.test(bare)) return false;
  if (FUNCTION_WORD_END.test(bare)) return false;
  if (/\b(?:www\.|https?:)/.test(bare)) return false;
  if (/\((?:[^()]*,\s*)?(?:19|20)\d\d\)\s*$/.test(bare)) return false; // a citation, not a title
  const words = bare.split(/\s+/).length;
  return words <= 18;
}

/**
 * Full stops that end no sentence: after an initial ("W.J. Carrington", "J.-C. Dumont") or a
 * common abbreviation ("No. 86", "pp. 12", "(eds.) International", "et al. The").
 */
const NOT_A_SENTENCE_END = /(?:\b[A-Z]|\b(?:No|Nos|pp?|Vol|vol|eds?|al|cf|Dr|Mr|Mrs|Ms|St|Inc|Co|Ltd|Art|para|paras|e\.g|i\.e))$/;

export function sentenceCount(text: string): number {
  let count = 1;
  for (const m of text.matchAll(/[.!?](?=\s+[A-Z])/g)) {
    const before = text.slice(Math.max(0, (m.index ?? 0) - 6), m.index);
    if (m[0] === "." && NOT_A_SENTENCE_END.test(before)) continue;
    count++;
  }
  return count;
}
