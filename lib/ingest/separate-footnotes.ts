/**
 * Stage 5: pull footnotes out of the token stream. Marked footnotes start with a
 * superscript number; unmarked ones (about 40%) are recognised by what they say
 * and where they sit: citation openers, addresses and references, next to other
 * footnotes. A footnote broken over two blocks is joined back together.
 *
 * The stage is a sequence of named passes (`PASSES`); each decides some lines and
 * records its name on them, so every note can say why it was taken.
 */
import type { CorrectionKind } from "./corrections";
import type { RawFootnote, Token } from "./types";
import { footnoteEvidence, type SeparateOptions } from "./footnotes/evidence";
import { type Separation, bodyCitations } from "./footnotes/separation";
import { printedNumbers, insideOpenParagraph, spreadFromNotes, numberingGap, foundingHistory } from "./footnotes/shape-passes";
import { citedWithoutNote, listInterruptions, noteParagraphs } from "./footnotes/numbering-passes";
import { assemble } from "./footnotes/assemble";

export { footnoteEvidence, isUnmarkedFootnote, looksBibliographic, type FootnoteEvidence, type SeparateOptions } from "./footnotes/evidence";
export type { SeparationPass } from "./footnotes/separation";

/** The passes, in the order they decide. */
const PASSES: Array<[name: string, pass: (s: Separation) => void]> = [
  ["printed numbers", printedNumbers],
  ["inside an open paragraph", insideOpenParagraph],
  ["spread from notes", spreadFromNotes],
  ["numbering gap", numberingGap],
  ["founding history", foundingHistory],
  ["cited without a note", citedWithoutNote],
  ["page foot inside a list", listInterruptions],
  ["spread from the new notes", spreadFromNotes],
  ["numbering gap, again", numberingGap],
  ["paragraphs of notes", noteParagraphs],
];

export function separateFootnotes(tokens: Token[], options: SeparateOptions): { body: Token[]; footnotes: RawFootnote[] } {
  const s: Separation = {
    tokens,
    evidence: tokens.map((t) => (t.kind === "text" ? footnoteEvidence(t.text) : null)),
    forced: options.forced ?? new Map<number, CorrectionKind>(),
    options,
    isFootnote: tokens.map(() => false),
    why: tokens.map(() => null),
    continues: tokens.map(() => false),
  };
  for (const [, pass] of PASSES) pass(s);
  return assemble(s, bodyCitations(s));
}
