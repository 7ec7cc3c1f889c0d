/**
 * Stage 4: each non-empty line of a chapter → one token. Each construct has its
 * own small recogniser, tried in order; the first that claims a line wins.
 */
import { CHAPTER_MARKER } from "./locate-chapters";
import { squash } from "./normalise";
import { FOOTNOTE_START, superscriptToNumber } from "./markers";
import { matchHeading } from "./headings";
import { endsOpen } from "./text-shape";
import type { SourceLine, Token, Warning } from "./types";

export type ClassifyContext = {
  title: string;
  warnings: Warning[];
  structure: Warning[];
  /** True when the line above or below (with no blank line between) is a dash item. */
  inDashList?: boolean;
};

type Recogniser = (line: SourceLine, context: ClassifyContext) => Token | null;

/** "- (a) …", "(a) …", " - (ii) …", "- …". Labels are letters, roman numerals or small numbers. */
const LABELLED_ITEM = /^(\s*)(?:[-–•]\s+)?\(([a-zA-Z]{1,5}|\d{1,2})\)\s+(\S.*)$/;
const DASH_ITEM = /^(\s*)[-–•]\s+(\S.*)$/;
const PICTOGRAPH = /\p{Extended_Pictographic}/u;

const recognisers: Array<[name: string, recognise: Recogniser]> = [
  [
    "chapter marker",
    ({ line, text }) => (CHAPTER_MARKER.test(text.trim()) ? { kind: "noise", line, text, reason: "chapter marker" } : null),
  ],
  [
    "title",
    ({ line, text }, { title }) =>
      squash(text.replace(/^CHAPTER\s+/, "")).toLowerCase() === title.toLowerCase()
        ? { kind: "noise", line, text, reason: "chapter title" }
        : null,
  ],
  [
    "logo",
    ({ line, text }) =>
      PICTOGRAPH.test(text) && text.trim().split(/\s+/).length <= 3
        ? { kind: "noise", line, text, reason: "logo text" }
        : null,
  ],
  [
    "heading",
    ({ line, text }, context) => {
      const match = matchHeading(text);
      if (!match) return null;
      if ("unknown" in match) {
        context.structure.push({ line, message: `unknown section heading "${text.trim()}"` });
        return null;
      }
      return { kind: "heading", line, text: squash(text), kinds: match.kinds, number: match.number };
    },
  ],
  [
    "footnote",
    ({ line, text }) => {
      const match = FOOTNOTE_START.exec(text);
      if (!match?.[1] || !match[2]) return null;
      return { kind: "footnote", line, text: match[2], number: superscriptToNumber(match[1]) };
    },
  ],
  [
    "item",
    ({ line, text }, { inDashList }) => {
      const labelled = LABELLED_ITEM.exec(text);
      if (labelled?.[2] && labelled[3]) {
        return { kind: "item", line, text: labelled[3], label: labelled[2], indent: labelled[1]!.length };
      }
      const dashed = DASH_ITEM.exec(text);
      // A lone dash before a lower-case word is a stray page-break dash; inside a dash list it is an item.
      if (dashed?.[2] && (inDashList || !/^[a-z]/.test(dashed[2]))) {
        return { kind: "item", line, text: dashed[2], label: null, indent: dashed[1]!.length };
      }
      return null;
    },
  ],
];

export function classifyLine(source: SourceLine, context: ClassifyContext): Token | null {
  if (source.text === "") return null;
  for (const [, recognise] of recognisers) {
    const token = recognise(source, context);
    if (token) return token;
  }
  const text = source.text.replace(/^\s*[-–]\s+(?=[a-z])/, "");
  return { kind: "text", line: source.line, text: text.trim() };
}

export function classifyLines(lines: SourceLine[], context: ClassifyContext): Token[] {
  const tokens: Token[] = [];
  const isDash = (l: SourceLine | undefined) => l !== undefined && DASH_ITEM.test(l.text);
  /** The last non-blank, non-footnote line before index i. */
  const previousBody = (i: number) => {
    for (let j = i - 1; j >= 0; j--) {
      const text = lines[j]!.text;
      if (text !== "" && !FOOTNOTE_START.test(text)) return text;
    }
    return undefined;
  };
  lines.forEach((line, i) => {
    // After a blank line, a dash line continues an open sentence above it rather than starting an item.
    const afterBreak = lines[i - 1]?.text === "" && endsOpen(previousBody(i) ?? ".");
    const inDashList = !afterBreak && (isDash(lines[i - 1]) || isDash(lines[i + 1]));
    const token = classifyLine(line, { ...context, inDashList });
    if (token) tokens.push(token);
  });
  return tokens;
}
