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
import { SUPERSCRIPT_RUN, stripSuperscripts, superscriptMarkers, superscriptToNumber } from "./markers";
import { firstCitations, numberNotes, type Citation, type Numbering } from "./number-notes";
import { endsOpen, looksLikeSubheading, sentenceCount, startsLowercase } from "./text-shape";
import type { RawFootnote, Token } from "./types";

const CITE_LEAD =
  /^(?:www\.|https?:\/\/|See\b|See also\b|For further\b|Cf\.|Ibid|For (?:more|further|additional) (?:information|details)|More (?:information|details)|Further (?:information|details)|For (?:a|the) (?:complete |full )?(?:list|text|report)|For details|Details (?:on|of|about)|Available (?:at|from|on)|Visit\b|Sources?:|Namely:|Project name:|A copy of\b|Information (?:on|about) the\b|(?:The|This|These|All)\b[^.]{0,150}\b(?:is|are|can be|may be) (?:available|accessible|found|downloaded|viewed|consulted)\b)/i;
const URL = /\b(?:www\.|https?:\/\/|ftp:\/\/)|\w\.(?:org|int|net|com)\/|\.pdf\b|\.html?\b/i;
const CITATION =
  /\bavailable (?:from|at|on):?\s|\bsee,? (?:for example|for instance|e\.g\.|inter alia)\b|\b(?:in|see|from):\s+["“*]?[A-Z]|\((?:[^()]{0,120}?,\s*)?(?:19|20)\d\d[a-z]?\)|\bpp?\.\s?\d|\bNo\.\s?\d+\s*\(|^[A-Z]\.\s?(?:[A-Z]\.\s?)*[A-Z][a-z]+|^[A-Z][a-z]+,\s[A-Z]\.|^(?:[A-Z][A-Za-z-]*\s?){1,6},\s(?:[“"*]|[A-Z][a-z]+\s[A-Z])/;
const FOUNDING =
  /\b(?:founded|established|establishing|created|introduced|set up|launched|came into being)\b[^.]*\b(?:1[89]\d\d|20[01]\d)\b|\b(?:1[89]\d\d|20[01]\d)\b[^.]*\b(?:founded|established|establishing|created)\b|\bbecame (?:a|the) (?:UN |United Nations )?specialized agency\b[^.]*\b(?:19\d\d|20[01]\d)\b|\b(?:convened|signed)\b[^.]{0,80}\b1[89]\d\d\b/;
/**
 * A reference: authors' initials and surnames ("W.J. Carrington and E. Detragiache,", "J.-C. Dumont and
 * G. Lemaître,", "Davis, B.,"), then what a reference goes on with: a quoted or starred title, a
 * year in brackets, volume(issue):pages, a working paper or a publisher.
 */
const AUTHOR = String.raw`(?:[A-Z]\.(?:-?[A-Z]\.)*\s?(?:(?:de|da|di|del|van|von|der|la|le)\s)*[A-Z][\p{L}'’-]+|[A-Z][\p{L}'’-]+,\s(?:[A-Z]\.\s?)+)`;
const AUTHORS = new RegExp(String.raw`^${AUTHOR}(?:(?:,\s|\s(?:and|&)\s|,\s(?:and|&)\s)${AUTHOR})*(?:\set al\.)?,?\s`, "u");
const REFERENCE_BODY =
  /["“][^"”]{6,}["”]|\*[^*]{6,}\*|\((?:[^()]{0,80}?,\s*)?(?:19|20)\d\d[a-z]?\)|\d+\s?\(\d+\)\s?:\s?\d+|\b(?:[Ww]orking [Pp]aper|Press|Publishing|Macmillan|Routledge|University|Journal)\b/;
export const looksBibliographic = (text: string) => AUTHORS.test(text) && REFERENCE_BODY.test(text.slice(0, 400));
/** A note speaking of the place its marker stands: "The standards referred to here are …". */
const SELF_REFERENCE = /\b(?:referred to|mentioned|cited|quoted) here\b/;
/** "X is a …", "The five UN regional commissions are the …": how explanatory notes open. */
const DEFINITION = /^(?:The |An? |These |This )?[A-Z][^.;:]{0,90}? (?:is|are) (?:a|an|the|one)\b/;
/** A footnote ending in the middle of an address ("… see also: www.") goes on in the next block. */
const endsInAddress = (text: string) => /(?:www\.|[/_&=-])$/.test(text.trim());
const footnoteEndsOpen = (text: string) => endsOpen(text) || endsInAddress(text);
/** A bare address fragment with no spaces ("TOPIC&URL_SECTION=-471.html.") only ever continues a footnote. */
const isAddressFragment = (text: string) => !/\s/.test(text.trim()) && /[/&=_.]/.test(text);

export type FootnoteEvidence = {
  citeLead: boolean;
  url: boolean;
  citation: boolean;
  founding: boolean;
  bibliographic: boolean;
  selfReference: boolean;
  hasMarker: boolean;
};

export function footnoteEvidence(text: string): FootnoteEvidence {
  return {
    citeLead: CITE_LEAD.test(text),
    url: URL.test(text),
    citation: CITATION.test(text),
    founding: FOUNDING.test(text),
    bibliographic: looksBibliographic(text),
    selfReference: SELF_REFERENCE.test(text),
    hasMarker: superscriptMarkers(text).length > 0,
  };
}

/** Decides whether an unmarked text token is a footnote, given its evidence and neighbourhood. */
export function isUnmarkedFootnote(text: string, evidence: FootnoteEvidence, nearFootnote: boolean): boolean {
  if (startsLowercase(text) && !/^(?:www\.|https?:)/.test(text)) return false; // a continuation, decided later
  if (evidence.hasMarker && !evidence.citeLead) return false;
  if (looksLikeSubheading(text) && !evidence.url && !evidence.citation) return false;
  const short = text.length < 700;
  const sentences = sentenceCount(text);
  if (evidence.citeLead && short) return true;
  if (evidence.founding && evidence.url) return true;
  if (evidence.url && (nearFootnote || evidence.citation || text.length < 300) && sentences <= 4) return true;
  if (evidence.citation && nearFootnote && text.length < 500 && sentences <= 2) return true;
  if (evidence.bibliographic && nearFootnote && text.length < 600 && sentences <= 3) return true;
  if (evidence.selfReference && nearFootnote && short && sentences <= 3) return true;
  return false;
}

export type SeparateOptions = {
  /** Chapters whose first footnote (the founding history) is printed without a number. */
  expectUnmarkedFirstFootnote: boolean;
  /** Lines an editorial correction classifies (see corrections.ts). */
  forced?: Map<number, CorrectionKind>;
};

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
type Separation = {
  tokens: Token[];
  evidence: (FootnoteEvidence | null)[];
  forced: Map<number, CorrectionKind>;
  options: SeparateOptions;
  isFootnote: boolean[];
  why: (string | null)[];
  /** Lines that continue the note before them rather than starting one. */
  continues: boolean[];
};

const take = (s: Separation, i: number, pass: SeparationPass, detail?: string) => {
  s.isFootnote[i] = true;
  s.why[i] ??= detail ? `${pass} (${detail})` : pass;
};
const isCorrected = (s: Separation, i: number) => s.forced.has(s.tokens[i]!.line);
const forcedNote = (kind: CorrectionKind | undefined) => kind === "footnote" || kind === "footnote-continued";

/** The last body token before i (skipping notes and noise). */
function bodyBefore(s: Separation, i: number): Token | null {
  for (let j = i - 1; j >= 0; j--) {
    const t = s.tokens[j]!;
    if (s.isFootnote[j] || t.kind === "noise") continue;
    return t;
  }
  return null;
}

const isOpenBody = (t: Token | null) =>
  t !== null && (t.kind === "text" || t.kind === "item") && !looksLikeSubheading(t.text) && endsOpen(t.text);

/** Text that could be a note: no marker, not a title, not a lower-case continuation, not yet decided. */
function isLoose(s: Separation, i: number): boolean {
  const t = s.tokens[i];
  if (!t || t.kind !== "text" || s.isFootnote[i] || isCorrected(s, i)) return false;
  return !s.evidence[i]?.hasMarker && !looksLikeSubheading(t.text) && !startsLowercase(t.text);
}

/** The nearest token index before (step -1) or after (step 1) i that is not noise. */
function neighbour(s: Separation, i: number, step: 1 | -1): number | null {
  for (let j = i + step; j >= 0 && j < s.tokens.length; j += step) if (s.tokens[j]!.kind !== "noise") return j;
  return null;
}

/** From token i, over marker-free text and footnotes, is the next body line a lower-case continuation? */
function reachesContinuation(s: Separation, i: number): boolean {
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
function bodyCitations(s: Separation): Citation[] {
  return s.tokens.flatMap((t, i) =>
    (t.kind === "text" || t.kind === "item") && !s.isFootnote[i] ? superscriptMarkers(t.text).map((number) => ({ number, line: t.line })) : [],
  );
}

/** The notes as decided so far, numbered against the body's markers: the evidence later passes weigh. */
type Draft = { notes: RawFootnote[]; numbering: Numbering; citations: Citation[]; noteAt: Map<number, number> };

function draft(s: Separation): Draft {
  const citations = bodyCitations(s);
  const notes = assemble(s, citations).footnotes;
  const numbering = numberNotes(notes, citations);
  const noteAt = new Map<number, number>();
  notes.forEach((n, k) => n.lines.forEach((l) => noteAt.set(l, k)));
  return { notes, numbering, citations, noteAt };
}

/** The decided number of the note on token i's line, if any. */
const numberAt = (s: Separation, d: Draft, i: number) => {
  const k = d.noteAt.get(s.tokens[i]!.line);
  return k === undefined ? null : (d.numbering.numbers[k] ?? null);
};

/** Pass: notes printed with their number, and lines an editorial correction names. */
function printedNumbers(s: Separation): void {
  s.tokens.forEach((t, i) => {
    const kind = s.forced.get(t.line);
    if (t.kind === "footnote") take(s, i, "printed number");
    else if (forcedNote(kind)) {
      take(s, i, "correction");
      s.continues[i] = kind === "footnote-continued";
    }
  });
}

/**
 * Pass: a page break inside an open paragraph. What stands between it and the footnotes printed
 * at the foot of that page (before the paragraph goes on) is footnote text too.
 */
function insideOpenParagraph(s: Separation): void {
  const { tokens, forced } = s;
  tokens.forEach((token, i) => {
    if (!isOpenBody(token) || (token.kind === "text" && token.text.length < 80)) return;
    const run: number[] = [];
    for (let j = i + 1; j < Math.min(tokens.length, i + 5); j++) {
      const next = tokens[j]!;
      if (next.kind === "footnote") {
        const after = tokens.slice(j).find((t) => t.kind !== "footnote" && !s.isFootnote[tokens.indexOf(t)]);
        const continues = after !== undefined && (after.kind === "text" || after.kind === "item");
        if (continues) {
          for (const r of run) if (!forced.has(tokens[r]!.line) || forcedNote(forced.get(tokens[r]!.line))) take(s, r, "inside an open paragraph");
        }
        return;
      }
      if (next.kind !== "text" || startsLowercase(next.text) || s.evidence[j]?.hasMarker || looksLikeSubheading(next.text)) return;
      run.push(j);
    }
  });
}

/**
 * Pass: footnotes cluster at page bottoms, so detection spreads from notes to their neighbours
 * until nothing changes: what reads like a citation or a reference beside a note, and text
 * wedged between an open sentence and its lower-case continuation.
 */
function spreadFromNotes(s: Separation): void {
  const { tokens } = s;
  for (let changed = true; changed; ) {
    changed = false;
    tokens.forEach((token, i) => {
      const ev = s.evidence[i];
      if (s.isFootnote[i] || token.kind !== "text" || !ev || isCorrected(s, i)) return;
      const near = Boolean(s.isFootnote[i - 1] || s.isFootnote[i + 1]);
      // An open paragraph whose lower-case continuation follows the footnotes is the broken body text itself.
      if (endsOpen(token.text) && !ev.citeLead && !ev.url && reachesContinuation(s, i)) return;
      // Wedged between an open sentence and its lower-case continuation: only a footnote sits there.
      const interrupts = !startsLowercase(token.text) && isOpenBody(bodyBefore(s, i)) && reachesContinuation(s, i);
      if (interrupts) take(s, i, "interrupts a sentence");
      else if (isUnmarkedFootnote(token.text, ev, near)) take(s, i, "citation evidence", ev.bibliographic && !ev.citation && !ev.url ? "a reference" : undefined);
      else return;
      changed = true;
    });
  }
}

/**
 * Pass: a paragraph inside a run of notes, or a definition beside one, where the numbering leaves
 * room for a note there (numbers between the notes either side that no note has), is that note.
 */
function numberingGap(s: Separation): void {
  const { tokens } = s;
  let d = draft(s);
  tokens.forEach((token, i) => {
    if (!isLoose(s, i)) return;
    // Inside a run of page-foot text that starts and ends with footnotes.
    const reachesFootnote = (step: number) => {
      for (let j = i + step, hops = 0; j >= 0 && j < tokens.length && hops < 4; j += step, hops++) {
        if (s.isFootnote[j]) return true;
        const t = tokens[j]!;
        if (t.kind !== "text" || s.evidence[j]?.hasMarker || looksLikeSubheading(t.text) || startsLowercase(t.text)) return false;
      }
      return false;
    };
    const wedged = reachesFootnote(-1) && reachesFootnote(1);
    // Beside footnotes, only a definition ("Atikha is a local NGO …") is taken without more evidence.
    const beside =
      (s.isFootnote[i - 1] || s.isFootnote[i + 1]) && DEFINITION.test(token.text) && token.text.length < 700 && sentenceCount(token.text) <= 4;
    const afterTitle = tokens[i - 1]?.kind === "heading" || (tokens[i - 1]?.kind === "text" && looksLikeSubheading(tokens[i - 1]!.text));
    if (afterTitle || !(wedged || beside)) return;
    const known = d.notes.map((n, k) => ({ line: n.line, number: d.numbering.numbers[k] ?? null }));
    const before = [...known.keys()].filter((k) => known[k]!.line < token.line && known[k]!.number !== null).pop();
    const after = [...known.keys()].find((k) => known[k]!.line > token.line && known[k]!.number !== null);
    if (after === undefined) return;
    const low = before === undefined ? 0 : known[before]!.number!;
    const high = known[after]!.number!;
    const between = after - (before ?? -1) - 1;
    if (high - low - 1 > between) {
      take(s, i, "numbering gap", `room between ${low === 0 ? "the start" : `note ${low}`} and note ${high}`);
      d = draft(s);
    }
  });
}

/** Pass: the founding history (footnote 1) of most chapters is unmarked and reads like a paragraph. */
function foundingHistory(s: Separation): void {
  if (!s.options.expectUnmarkedFirstFootnote) return;
  const { tokens } = s;
  // It sits at the foot of the chapter's first page: before the second part heading.
  const headings = tokens.flatMap((t, i) => (t.kind === "heading" ? [i] : []));
  const limit = headings[1] ?? tokens.length;
  const alreadyFound = tokens.some((_, i) => i < limit && s.isFootnote[i] && s.evidence[i]?.founding);
  for (let i = 0; i < (alreadyFound ? 0 : limit); i++) {
    const token = tokens[i]!;
    const candidate = token.kind === "text" && !s.isFootnote[i] && !isCorrected(s, i);
    if (candidate && s.evidence[i]?.founding && !s.evidence[i]?.hasMarker) {
      take(s, i, "founding history");
      break;
    }
  }
}

const STOP = new Set("the and for with from that this these those their its into onto over under between within without which where when have has been were was are is of on in to by as at an a or".split(" "));
const contentWords = (text: string) =>
  stripSuperscripts(text)
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w.length >= 4 && !STOP.has(w));

/** The note names what its marker is attached to: two content words of the marked phrase open it. */
function echoesMarkedPhrase(citing: string, number: number, candidate: string): boolean {
  const at = [...citing.matchAll(SUPERSCRIPT_RUN)].find((m) => superscriptToNumber(m[0]) === number)?.index;
  if (at === undefined) return false;
  const phrase = new Set(contentWords(citing.slice(0, at)).slice(-8));
  const opening = new Set(contentWords(candidate.slice(0, 300)));
  return [...phrase].filter((w) => opening.has(w)).length >= 2;
}

const ROMANS = ["i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix", "x", "xi", "xii", "xiii", "xiv", "xv"];
/** The labels that can follow this one in a list: the next letter or number, and the next roman numeral. */
const nextLabels = (label: string): string[] => {
  const next: string[] = [];
  if (/^[a-y]$/.test(label)) next.push(String.fromCharCode(label.charCodeAt(0) + 1));
  if (/^\d+$/.test(label)) next.push(String(Number(label) + 1));
  const k = ROMANS.indexOf(label);
  if (k !== -1 && ROMANS[k + 1]) next.push(ROMANS[k + 1]!);
  return next;
};

/**
 * Where the note for `number`, cited at token `at`, is printed: the nearest page foot after the
 * citing block. First the run of notes nearest after it (text wedged between its notes, then text
 * after them, then text before them), where the note fits the numbers printed around it; failing
 * that, a page foot that has no printed notes: text interrupting a list between two consecutive
 * items, or text after a list's last item that closes the part and names what the marker marks.
 */
function pageFootFor(s: Separation, d: Draft, number: number, at: number): { index: number; shape: string } | null {
  const { tokens } = s;
  const first = tokens.findIndex((_, i) => i > at && s.isFootnote[i]);
  if (first !== -1) {
    let lo = first;
    while (lo - 1 > at && (s.isFootnote[lo - 1] || isLoose(s, lo - 1))) lo--;
    let hi = first;
    while (hi + 1 < tokens.length && (s.isFootnote[hi + 1] || isLoose(s, hi + 1))) hi++;
    const ranked: { index: number; rank: number; shape: string }[] = [];
    for (let i = lo; i <= hi; i++) {
      if (!isLoose(s, i)) continue;
      const notesBefore = [...Array(i - lo).keys()].map((k) => lo + k).filter((j) => s.isFootnote[j]);
      const notesAfter = [...Array(hi - i).keys()].map((k) => i + 1 + k).filter((j) => s.isFootnote[j]);
      const fits =
        notesBefore.every((j) => (numberAt(s, d, j) ?? -Infinity) < number) && notesAfter.every((j) => (numberAt(s, d, j) ?? Infinity) > number);
      if (!fits) continue;
      const rank = notesBefore.length > 0 && notesAfter.length > 0 ? 0 : notesBefore.length > 0 ? 1 : 2;
      ranked.push({ index: i, rank, shape: ["wedged in the run of notes", "after the run of notes", "before the run of notes"][rank]! });
    }
    ranked.sort((a, b) => a.rank - b.rank || a.index - b.index);
    if (ranked[0]) return { index: ranked[0].index, shape: `${ranked[0].shape} that follows the citing block` };
  }
  const citing = tokens[at]!;
  const limit = first === -1 ? tokens.length : first;
  for (let i = at + 1; i < limit; i++) {
    if (tokens[i]!.kind === "heading") break;
    if (!isLoose(s, i)) continue;
    const before = neighbour(s, i, -1);
    const after = neighbour(s, i, 1);
    const prev = before === null ? null : tokens[before]!;
    const next = after === null ? null : tokens[after]!;
    const items = interruptsList(s, i);
    if (items) return { index: i, shape: `between items (${items.prev}) and (${items.next}) of a list` };
    const closesPart = next === null || next.kind === "heading";
    if (prev?.kind === "item" && closesPart && echoesMarkedPhrase(citing.text, number, tokens[i]!.text)) {
      return { index: i, shape: "after the list's last item, closing the part, naming what the marker marks" };
    }
  }
  return null;
}

/**
 * Pass: the numbering cross-checked against the markers the body cites. A cited number with no
 * note, where the gap around it has fewer notes than cited numbers, means a note lost its number:
 * it sits in the nearest page foot after the citing block.
 */
function citedWithoutNote(s: Separation): void {
  for (let guard = 0; guard < s.tokens.length; guard++) {
    const d = draft(s);
    const first = firstCitations(d.citations);
    const decided = d.notes.map((_, k) => d.numbering.numbers[k] ?? null);
    let found: { index: number; detail: string } | null = null;
    for (const number of d.numbering.citedWithoutNote) {
      const low = Math.max(0, ...decided.filter((n): n is number => n !== null && n < number));
      const highs = decided.filter((n): n is number => n !== null && n > number);
      const high = highs.length > 0 ? Math.min(...highs) : Infinity;
      const lowIndex = decided.indexOf(low);
      const highIndex = high === Infinity ? d.notes.length : decided.indexOf(high);
      const notes = highIndex - lowIndex - 1;
      const citedInGap = [...first.keys()].filter((n) => n > low && n < high).sort((a, b) => a - b);
      if (citedInGap.length <= notes) continue;
      const line = first.get(number)!;
      const at = s.tokens.findIndex((t, i) => t.line === line && !s.isFootnote[i]);
      const spot = at === -1 ? null : pageFootFor(s, d, number, at);
      if (spot) {
        const lines = new Set(citedInGap.map((n) => first.get(n)));
        const cited = lines.size === 1 ? `${citedInGap.join(", ")} cited at line ${line}` : `${citedInGap.map((n) => `${n} (line ${first.get(n)})`).join(", ")} cited`;
        const gap = `${low === 0 ? "the start" : `note ${low}`} and ${high === Infinity ? "the end" : `note ${high}`}`;
        found = { index: spot.index, detail: `${cited}, ${notes === 0 ? "no note" : `${notes} note${notes === 1 ? "" : "s"}`} between ${gap}; ${spot.shape}` };
        break;
      }
    }
    if (!found) return;
    take(s, found.index, "cited without a note", found.detail);
  }
}

/** Text between two consecutive items of one list ("(g) …", text, "(h) …"), notes aside: where a page broke the list. */
function interruptsList(s: Separation, i: number): { prev: string; next: string } | null {
  let before = neighbour(s, i, -1);
  while (before !== null && s.isFootnote[before]) before = neighbour(s, before, -1);
  let after = neighbour(s, i, 1);
  while (after !== null && s.isFootnote[after]) after = neighbour(s, after, 1);
  const prev = before === null ? null : s.tokens[before]!;
  const next = after === null ? null : s.tokens[after]!;
  if (prev?.kind !== "item" || next?.kind !== "item" || prev.label === null || next.label === null) return null;
  return nextLabels(prev.label.toLowerCase()).includes(next.label.toLowerCase()) ? { prev: prev.label, next: next.label } : null;
}

/**
 * Pass: a page foot inside a list. Text that interrupts a list between two consecutive items is
 * a note when the chapter's numbering fits the markers better with it than without it.
 */
function listInterruptions(s: Separation): void {
  s.tokens.forEach((_, i) => {
    if (!isLoose(s, i)) return;
    const items = interruptsList(s, i);
    if (!items) return;
    const without = draft(s).numbering.cost;
    s.isFootnote[i] = true;
    const withIt = draft(s).numbering.cost;
    s.isFootnote[i] = false;
    if (withIt < without) take(s, i, "page foot inside a list", `between items (${items.prev}) and (${items.next}); the numbering fits better with it`);
  });
}

/**
 * Pass: text standing directly between two notes that no earlier pass made a note of its own
 * (the numbering left no number for it) is a further paragraph of the note before it.
 */
function noteParagraphs(s: Separation): void {
  s.tokens.forEach((token, i) => {
    // A long text of many sentences between two page feet is a page of body text, not a note.
    if (!isLoose(s, i) || token.text.length > 700 || sentenceCount(token.text) > 4) return;
    const before = neighbour(s, i, -1);
    const after = neighbour(s, i, 1);
    if (before === null || after === null || !s.isFootnote[before] || !s.isFootnote[after]) return;
    take(s, i, "paragraph of a note", "no number left for it");
    s.continues[i] = true;
  });
}

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

/** A note that cannot stand alone: only a pointer ("Available from …", a bare address), or no source at all. */
const hasNoSubject = (text: string) => /^(?:Available (?:at|from|on)\b|(?:www\.|https?:\/\/)\S+$)/i.test(text.trim());
const hasNoSource = (text: string) =>
  !URL.test(text) && !looksBibliographic(text) && !/\b(?:[Ss]ee|available (?:at|from|on)|accessible (?:at|from))\b/.test(text);

/** How unlikely it is that note b continues note a (lower is likelier). */
function joinPenalty(a: RawFootnote, b: RawFootnote): number {
  if (hasNoSubject(a.text)) return 3;
  if (hasNoSubject(b.text)) return 0;
  if (hasNoSource(b.text) || hasNoSource(a.text)) return 1;
  return 2;
}

/**
 * Where a run of unnumbered notes has more members than the numbering leaves numbers for, one of
 * them is a further paragraph of its neighbour: join the pair that numbers best, and of those the
 * member that cannot stand alone.
 */
function joinOverfullRuns(notes: RawFootnote[], citations: Citation[]): RawFootnote[] {
  let current = notes;
  for (let guard = 0; guard < notes.length; guard++) {
    const numbering = numberNotes(current, citations);
    const run = numbering.overfull[0];
    if (!run) return current;
    let best: { notes: RawFootnote[]; score: [number, number] } | null = null;
    for (let k = Math.max(0, run[0] - 1); k < run[1]; k++) {
      const a = current[k]!;
      const b = current[k + 1]!;
      if (b.number !== null) continue;
      const joined: RawFootnote = { ...a, text: `${a.text} ${b.text}`, lines: [...a.lines, ...b.lines], found: `${a.found}; joined with line ${b.line}: the numbering has no number for it` };
      const next = [...current.slice(0, k), joined, ...current.slice(k + 2)];
      const score: [number, number] = [numberNotes(next, citations).cost, joinPenalty(a, b)];
      if (!best || score[0] < best.score[0] || (score[0] === best.score[0] && score[1] < best.score[1])) best = { notes: next, score };
    }
    if (!best) return current;
    current = best.notes;
  }
  return current;
}

/** The decided lines become notes (a note broken over two lines is one note) and body tokens. */
function assemble(s: Separation, citations: Citation[]): { body: Token[]; footnotes: RawFootnote[] } {
  const body: Token[] = [];
  const footnotes: RawFootnote[] = [];
  let previousWasFootnote = false;
  s.tokens.forEach((token, i) => {
    const lastFootnote = footnotes[footnotes.length - 1];
    const lastBody = body[body.length - 1];
    if (s.isFootnote[i]) {
      const text = token.text.trim();
      const number = token.kind === "footnote" ? token.number : null;
      // An address fragment continues the note before it, unless it is a whole address of its own.
      const fragment = isAddressFragment(text) && (!/^(?:www\.|https?:\/\/)/i.test(text) || footnoteEndsOpen(lastFootnote?.text ?? ""));
      // An unmarked piece right after an open footnote, while the body is closed, continues that footnote.
      const continues =
        number === null &&
        previousWasFootnote &&
        lastFootnote !== undefined &&
        (s.continues[i] || fragment || (footnoteEndsOpen(lastFootnote.text) && !(s.evidence[i]?.citeLead ?? false)));
      if (continues && lastFootnote) {
        lastFootnote.text = `${lastFootnote.text} ${text}`;
        lastFootnote.lines.push(token.line);
      } else {
        footnotes.push({ number, text, line: token.line, marked: number !== null, lines: [token.line], found: s.why[i] ?? "printed number" });
      }
      previousWasFootnote = true;
      return;
    }
    if (
      token.kind === "text" &&
      previousWasFootnote &&
      lastFootnote &&
      startsLowercase(token.text) &&
      (endsInAddress(lastFootnote.text) ||
        (footnoteEndsOpen(lastFootnote.text) && !(lastBody && lastBody.kind !== "heading" && endsOpen(lastBody.text))))
    ) {
      lastFootnote.text = `${lastFootnote.text} ${token.text.trim()}`;
      lastFootnote.lines.push(token.line);
      return;
    }
    body.push(token);
    previousWasFootnote = false;
  });
  return { body, footnotes: joinOverfullRuns(footnotes, citations) };
}

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
