/**
 * Stage 3a: the "List of acronyms" → { term, expansion } entries. An expansion
 * may continue on the next line, and one printed line can hold two entries
 * ("SRSG Special Representative … SU/SSC Special Unit …").
 */
import { squash } from "./normalise";
import type { SourceLine } from "./types";

export type GlossaryRecord = { term: string; expansion: string; line: number };

/** A term token: at least two capitals, or a capital with a dotted/slashed tail (UN.GIFT, LDC(s)). */
const TERM_TOKEN = /^(?=(?:[^A-Z]*[A-Z]){2})[A-Za-z][A-Za-z0-9.\/&'()-]*$/;
const isTermToken = (token: string) => TERM_TOKEN.test(token) && !/^[A-Z][a-z]+$/.test(token);
/** Tokens that only ever start an expansion, never a term ("ICAO's Public Key Directory"). */
const isPossessive = (token: string) => /'s$/.test(token);

function splitTerm(text: string): { term: string; expansion: string } | null {
  const tokens = squash(text).split(" ");
  const first = tokens[0];
  if (!first || !isTermToken(first.replace(/,$/, ""))) return null;
  let termLength = 1;
  // "UN DESA", "UNECE, ECE", "UNESCAP, ESCAP": a term can be two acronyms.
  while (termLength < tokens.length - 1) {
    const prev = tokens[termLength - 1]!;
    const next = tokens[termLength]!;
    const joinable =
      (prev === "UN" || prev.endsWith(",")) && isTermToken(next.replace(/,$/, "")) && !isPossessive(next);
    if (!joinable) break;
    termLength++;
  }
  const expansion = tokens.slice(termLength).join(" ");
  if (!expansion) return null;
  return { term: tokens.slice(0, termLength).join(" "), expansion };
}

/** Splits "SRSG Special … General SU/SSC Special Unit …" where a second term starts mid-line. */
function splitDoubleEntry(term: string, expansion: string): Array<{ term: string; expansion: string }> {
  const tokens = expansion.split(" ");
  for (let i = 2; i < tokens.length - 2; i++) {
    const token = tokens[i]!;
    if (token.includes("/") && isTermToken(token) && /^[A-Z]/.test(tokens[i + 1]!)) {
      return [
        { term, expansion: tokens.slice(0, i).join(" ") },
        { term: token, expansion: tokens.slice(i + 1).join(" ") },
      ];
    }
  }
  return [{ term, expansion }];
}

export function parseGlossary(lines: SourceLine[]): GlossaryRecord[] {
  const records: GlossaryRecord[] = [];
  for (const { line, text } of lines) {
    if (text === "") continue;
    const split = splitTerm(text);
    const last = records[records.length - 1];
    if (!split) {
      // A continuation of the previous expansion ("Women", "and Members of their Families").
      if (last) last.expansion = squash(`${last.expansion} ${text}`);
      continue;
    }
    for (const entry of splitDoubleEntry(split.term, split.expansion)) {
      records.push({ ...entry, line });
    }
  }
  return records.map((r) => ({ ...r, expansion: tidyExpansion(r.expansion) }));
}

function tidyExpansion(expansion: string): string {
  let text = expansion.replace(/United Nations(?=[A-Z])/g, "United Nations ");
  // "… Asia and the Pacific (UNESCAP" — an unclosed trailing repeat of the term.
  text = text.replace(/\s*\([A-Z]+$/, "");
  return squash(text);
}
