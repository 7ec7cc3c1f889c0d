/**
 * Stage 6: body tokens → blocks. A paragraph or item broken by a page (and the
 * footnotes printed at its foot) is joined back into one block; short title-like
 * lines become subheadings. Section headings pass through untouched. After a page
 * break, a line the conversion took for a list item goes on with the open sentence
 * before it when it starts in lower case: a stray dash ("- policies should be …"),
 * or the next label of an enumeration running inside the paragraph ("… (a) to
 * analyse …; and" / "(b) to provide …").
 */
import type { Chunk, Token } from "./types";
import { endsOpen, looksLikeSubheading, startsLowercase } from "./text-shape";

export type BodyUnit = Extract<Token, { kind: "heading" }> | ({ kind: "chunk" } & Chunk);

/** Joins two halves of a broken text, undoing a hyphenation across the break ("multi- year"). */
export function joinHalves(first: string, second: string): string {
  const left = first.replace(/\s+$/, "");
  const right = second.replace(/^\s*[-–]\s+(?=[a-z])/, "").trim();
  // "non-" + "discrimination" → "non-discrimination"; a suspended "short-" + "and long-term" keeps its space.
  if (/[A-Za-z]-$/.test(left) && /^[a-z]/.test(right) && !/^(?:and|or|to|nor)\b/.test(right)) return `${left}${right}`;
  return `${left} ${right}`;
}

const LETTERS = "abcdefghijklmnopqrstuvwxyz";

/** "(b) to provide …" after a page break continues an open paragraph whose text has run "(a) …" inline. */
function continuesInlineEnumeration(open: Chunk, item: { label: string | null; text: string }): boolean {
  if (item.label === null || open.type !== "paragraph" || !startsLowercase(item.text)) return false;
  const k = LETTERS.indexOf(item.label);
  if (k < 1) return false;
  return open.text.includes(`(${LETTERS[k - 1]})`) && !open.text.includes(`(${item.label})`);
}

export function rejoinBlocks(body: Token[], footnoteLines: number[]): BodyUnit[] {
  const units: BodyUnit[] = [];
  const footnoteLineSet = new Set(footnoteLines);
  let previousLine = 0;
  let lastChunk: ({ kind: "chunk" } & Chunk) | null = null;

  for (const token of body) {
    // Footnotes (or other removed lines) between this token and the last one mean a page break.
    let pageBreak = false;
    for (let l = previousLine + 1; l < token.line; l++) if (footnoteLineSet.has(l)) pageBreak = true;
    previousLine = token.line;

    if (token.kind === "heading") {
      units.push(token);
      lastChunk = null;
      continue;
    }
    if (token.kind === "noise" || token.kind === "footnote") continue;

    // A "subheading" followed by a lower-case continuation was a short broken paragraph.
    if (token.kind === "text" && lastChunk?.type === "subheading" && startsLowercase(token.text)) lastChunk.type = "paragraph";
    const open = lastChunk !== null && lastChunk.type !== "subheading" && endsOpen(lastChunk.text);
    if (token.kind === "text" && lastChunk && open) {
      // A long paragraph that stops mid-sentence goes on in the next paragraph even without footnotes between.
      const longOpen = lastChunk.text.length > 150 && !looksLikeSubheading(token.text);
      const continues = startsLowercase(token.text) || pageBreak || longOpen;
      if (continues) {
        lastChunk.text = joinHalves(lastChunk.text, token.text);
        lastChunk.joinedLines.push(token.line);
        continue;
      }
    }

    if (token.kind === "item" && lastChunk && open && pageBreak && startsLowercase(token.text)) {
      const dashed = token.label === null;
      if (dashed || continuesInlineEnumeration(lastChunk, token)) {
        lastChunk.text = joinHalves(lastChunk.text, dashed ? token.text : `(${token.label}) ${token.text}`);
        lastChunk.joinedLines.push(token.line);
        continue;
      }
    }

    if (token.kind === "item") {
      lastChunk = {
        kind: "chunk",
        type: "item",
        line: token.line,
        text: token.text.trim(),
        label: token.label,
        depth: token.indent > 0 ? 1 : 0,
        joinedLines: [],
      };
    } else {
      const subheading = looksLikeSubheading(token.text);
      lastChunk = {
        kind: "chunk",
        type: subheading ? "subheading" : "paragraph",
        line: token.line,
        text: token.text.trim(),
        label: null,
        depth: 0,
        joinedLines: [],
      };
    }
    units.push(lastChunk);
  }
  return units;
}
