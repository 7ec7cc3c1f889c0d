/** The state the footnote passes share (tokens, decisions so far and why), and what they ask of it: neighbours, the body's citations, the draft numbering. */
import type { CorrectionKind } from "../corrections";
import { superscriptMarkers } from "../markers";
import { numberNotes, type Citation, type Numbering } from "../number-notes";
import { endsOpen, looksLikeSubheading, startsLowercase } from "../text-shape";
import type { RawFootnote, Token } from "../types";
import { type FootnoteEvidence, type SeparateOptions } from "./evidence";
import { assemble } from "./assemble";

/** The name of the pass that took a line as a note (see `PASSES`). */
export type SeparationPass =
  | "printed number"
  | "correction"
  | "inside an open paragraph"
  | "citation evidence"
  | "interrupts a sentence"
  | "numbering gap"
  | "founding history"
  | "cited without a note"
  | "page foot inside a list"
  | "paragraph of a note";

/** What every pass reads and writes: the tokens, the decisions so far and why each was made. */
export type Separation = {
  tokens: Token[];
  evidence: (FootnoteEvidence | null)[];
  forced: Map<number, CorrectionKind>;
  options: SeparateOptions;
  isFootnote: boolean[];
  why: (string | null)[];
  /** Lines that continue the note before them rather than starting one. */
  continues: boolean[];
};

export const take = (s: Separation, i: number, pass: SeparationPass, detail?: string) => {
  s.isFootnote[i] = true;
  s.why[i] ??= detail ? `${pass} (${detail})` : pass;
};
export const isCorrected = (s: Separation, i: number) => s.forced.has(s.tokens[i]!.line);
export const forcedNote = (kind: CorrectionKind | undefined) => kind === "footnote" || kind === "footnote-continued";

/** The last body token before i (skipping notes and noise). */
export function bodyBefore(s: Separation, i: number): Token | null {
  for (let j = i - 1; j >= 0; j--) {
    const t = s.tokens[j]!;
    if (s.isFootnote[j] || t.kind === "noise") continue;
    return t;
  }
  return null;
}

export const isOpenBody = (t: Token | null) =>
  t !== null && (t.kind === "text" || t.kind === "item") && !looksLikeSubheading(t.text) && endsOpen(t.text);

/** Text that could be a note: no marker, not a title, not a lower-case continuation, not yet decided. */
export function isLoose(s: Separation, i: number): boolean {
  const t = s.tokens[i];
  if (!t || t.kind !== "text" || s.isFootnote[i] || isCorrected(s, i)) return false;
  return !s.evidence[i]?.hasMarker && !looksLikeSubheading(t.text) && !startsLowercase(t.text);
}

/** The nearest token index before (step -1) or after (step 1) i that is not noise. */
export function neighbour(s: Separation, i: number, step: 1 | -1): number | null {
  for (let j = i + step; j >= 0 && j < s.tokens.length; j += step) if (s.tokens[j]!.kind !== "noise") return j;
  return null;
}

/** From token i, over marker-free text and footnotes, is the next body line a lower-case continuation? */
export function reachesContinuation(s: Separation, i: number): boolean {
  for (let j = i + 1; j < Math.min(s.tokens.length, i + 6); j++) {
    const t = s.tokens[j]!;
    if (t.kind === "footnote" || s.isFootnote[j]) continue;
    if (t.kind !== "text") return false;
    if (startsLowercase(t.text)) return true;
    if (s.evidence[j]?.hasMarker || looksLikeSubheading(t.text)) return false;
  }
  return false;
}

/** The markers the body prints, with their lines (notes do not cite). */
export function bodyCitations(s: Separation): Citation[] {
  return s.tokens.flatMap((t, i) =>
    (t.kind === "text" || t.kind === "item") && !s.isFootnote[i] ? superscriptMarkers(t.text).map((number) => ({ number, line: t.line })) : [],
  );
}

/** The notes as decided so far, numbered against the body's markers: the evidence later passes weigh. */
export type Draft = { notes: RawFootnote[]; numbering: Numbering; citations: Citation[]; noteAt: Map<number, number> };

export function draft(s: Separation): Draft {
  const citations = bodyCitations(s);
  const notes = assemble(s, citations).footnotes;
  const numbering = numberNotes(notes, citations);
  const noteAt = new Map<number, number>();
  notes.forEach((n, k) => n.lines.forEach((l) => noteAt.set(l, k)));
  return { notes, numbering, citations, noteAt };
}

/** The decided number of the note on token i's line, if any. */
export const numberAt = (s: Separation, d: Draft, i: number) => {
  const k = d.noteAt.get(s.tokens[i]!.line);
  return k === undefined ? null : (d.numbering.numbers[k] ?? null);
};
