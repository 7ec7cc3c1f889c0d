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

export function sentenceCount(text: string): number {
  return (text.match(/[.!?](?=\s+[A-Z])/g)?.length ?? 0) + 1;
}
