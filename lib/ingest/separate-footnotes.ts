/**
 * Stage 5: pull footnotes out of the token stream. Marked footnotes start with a
 * superscript number; unmarked ones (about 40%) are recognised by what they say
 * and where they sit: citation openers, addresses and references, next to other
 * footnotes. A footnote broken over two blocks is joined back together.
 */
import type { RawFootnote, Token } from "./types";
import { superscriptMarkers } from "./markers";
import { endsOpen, looksLikeSubheading, sentenceCount, startsLowercase } from "./text-shape";

const CITE_LEAD =
  /^(?:www\.|https?:\/\/|See\b|See also\b|For further\b|Cf\.|Ibid|For (?:more|further|additional) (?:information|details)|More (?:information|details)|Further (?:information|details)|For (?:a|the) (?:complete |full )?(?:list|text|report)|For details|Details (?:on|of|about)|Available (?:at|from|on)|Visit\b|Sources?:|Namely:|Project name:|A copy of\b|Information (?:on|about) the\b|(?:The|This|These|All)\b[^.]{0,150}\b(?:is|are|can be|may be) (?:available|accessible|found|downloaded|viewed|consulted)\b)/i;
const URL = /\b(?:www\.|https?:\/\/|ftp:\/\/)|\w\.(?:org|int|net|com)\/|\.pdf\b|\.html?\b/i;
const CITATION =
  /\bavailable (?:from|at|on):?\s|\bsee,? (?:for example|for instance|e\.g\.|inter alia)\b|\b(?:in|see|from):\s+["“*]?[A-Z]|\((?:[^()]{0,120}?,\s*)?(?:19|20)\d\d[a-z]?\)|\bpp?\.\s?\d|\bNo\.\s?\d+\s*\(|^[A-Z]\.\s?(?:[A-Z]\.\s?)*[A-Z][a-z]+|^[A-Z][a-z]+,\s[A-Z]\.|^(?:[A-Z][A-Za-z-]*\s?){1,6},\s(?:[“"*]|[A-Z][a-z]+\s[A-Z])/;
const FOUNDING =
  /\b(?:founded|established|establishing|created|introduced|set up|launched|came into being)\b[^.]*\b(?:1[89]\d\d|20[01]\d)\b|\b(?:1[89]\d\d|20[01]\d)\b[^.]*\b(?:founded|established|establishing|created)\b/;
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
  hasMarker: boolean;
};

export function footnoteEvidence(text: string): FootnoteEvidence {
  return {
    citeLead: CITE_LEAD.test(text),
    url: URL.test(text),
    citation: CITATION.test(text),
    founding: FOUNDING.test(text),
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
  return false;
}

export type SeparateOptions = {
  /** Chapters whose first footnote (the founding history) is printed without a number. */
  expectUnmarkedFirstFootnote: boolean;
  /** Lines an editorial correction classifies (see corrections.ts). */
  forced?: Map<number, "footnote" | "body">;
};

export function separateFootnotes(
  tokens: Token[],
  options: SeparateOptions,
): { body: Token[]; footnotes: RawFootnote[] } {
  const forced = options.forced ?? new Map<number, "footnote" | "body">();
  const isFootnote: boolean[] = tokens.map((t) => t.kind === "footnote" || forced.get(t.line) === "footnote");
  const evidence = tokens.map((t) => (t.kind === "text" ? footnoteEvidence(t.text) : null));

  const bodyBefore = (i: number) => {
    for (let j = i - 1; j >= 0; j--) {
      const t = tokens[j]!;
      if (isFootnote[j] || t.kind === "noise") continue;
      return t;
    }
    return null;
  };
  const isOpenBody = (t: Token | null) =>
    t !== null && (t.kind === "text" || t.kind === "item") && !looksLikeSubheading(t.text) && endsOpen(t.text);

  /** From token i, over marker-free text and footnotes, is the next body line a lower-case continuation? */
  const reachesContinuation = (i: number) => {
    for (let j = i + 1; j < Math.min(tokens.length, i + 6); j++) {
      const t = tokens[j]!;
      if (t.kind === "footnote" || isFootnote[j]) continue;
      if (t.kind !== "text") return false;
      if (startsLowercase(t.text)) return true;
      if (evidence[j]?.hasMarker || looksLikeSubheading(t.text)) return false;
    }
    return false;
  };

  // A page break inside an open paragraph: what stands between it and the footnotes printed at the foot
  // of that page (before the paragraph goes on) is footnote text too.
  tokens.forEach((token, i) => {
    if (!isOpenBody(token) || (token.kind === "text" && token.text.length < 80)) return;
    const run: number[] = [];
    for (let j = i + 1; j < Math.min(tokens.length, i + 5); j++) {
      const next = tokens[j]!;
      if (next.kind === "footnote") {
        const after = tokens.slice(j).find((t) => t.kind !== "footnote" && !isFootnote[tokens.indexOf(t)]);
        const continues = after !== undefined && (after.kind === "text" || after.kind === "item");
        if (continues) run.forEach((r) => (isFootnote[r] = !forced.has(tokens[r]!.line) || forced.get(tokens[r]!.line) === "footnote"));
        return;
      }
      if (next.kind !== "text" || startsLowercase(next.text) || evidence[j]?.hasMarker || looksLikeSubheading(next.text)) return;
      run.push(j);
    }
  });

  // Footnotes cluster at page bottoms: let detection spread from marked footnotes to neighbours.
  for (let changed = true; changed; ) {
    changed = false;
    tokens.forEach((token, i) => {
      const ev = evidence[i];
      if (isFootnote[i] || token.kind !== "text" || !ev || forced.has(token.line)) return;
      const near = Boolean(isFootnote[i - 1] || isFootnote[i + 1]);
      // Wedged between an open sentence and its lower-case continuation: only a footnote sits there.
      // An open paragraph whose lower-case continuation follows the footnotes is the broken body text itself.
      if (endsOpen(token.text) && !ev.citeLead && !ev.url && reachesContinuation(i)) return;
      const interrupts = !startsLowercase(token.text) && isOpenBody(bodyBefore(i)) && reachesContinuation(i);
      if (interrupts || isUnmarkedFootnote(token.text, ev, near)) {
        isFootnote[i] = true;
        changed = true;
      }
    });
  }

  // A paragraph next to footnotes, where the numbering shows a footnote is missing, is that footnote.
  const markedNumber = (i: number) => (tokens[i]?.kind === "footnote" ? (tokens[i] as { number: number }).number : null);
  tokens.forEach((token, i) => {
    if (token.kind !== "text" || isFootnote[i] || forced.has(token.line) || evidence[i]?.hasMarker) return;
    // Inside a run of page-foot text that starts and ends with footnotes.
    const reachesFootnote = (step: number) => {
      for (let j = i + step, hops = 0; j >= 0 && j < tokens.length && hops < 4; j += step, hops++) {
        if (isFootnote[j]) return true;
        const t = tokens[j]!;
        if (t.kind !== "text" || evidence[j]?.hasMarker || looksLikeSubheading(t.text) || startsLowercase(t.text)) return false;
      }
      return false;
    };
    const wedged = reachesFootnote(-1) && reachesFootnote(1);
    // Beside footnotes, only a definition ("Atikha is a local NGO …") is taken without more evidence.
    const beside =
      (isFootnote[i - 1] || isFootnote[i + 1]) && DEFINITION.test(token.text) && token.text.length < 700 && sentenceCount(token.text) <= 4;
    const afterTitle = tokens[i - 1]?.kind === "heading" || (tokens[i - 1]?.kind === "text" && looksLikeSubheading(tokens[i - 1]!.text));
    if (afterTitle) return;
    if (!(wedged || beside) || startsLowercase(token.text) || looksLikeSubheading(token.text)) return;
    let before = 0;
    let beforeIndex = -1;
    for (let j = i - 1; j >= 0; j--) {
      const n = markedNumber(j);
      if (n !== null) {
        before = n;
        beforeIndex = j;
        break;
      }
    }
    let after: number | null = null;
    let afterIndex = tokens.length;
    for (let j = i + 1; j < tokens.length; j++) {
      const n = markedNumber(j);
      if (n !== null) {
        after = n;
        afterIndex = j;
        break;
      }
    }
    if (after === null) return;
    let unmarked = 0;
    for (let j = beforeIndex + 1; j < afterIndex; j++) if (isFootnote[j] && tokens[j]!.kind === "text") unmarked++;
    if (after - before - 1 > unmarked) isFootnote[i] = true;
  });

  // The founding history (footnote 1) of most chapters is unmarked and reads like a paragraph.
  if (options.expectUnmarkedFirstFootnote) {
    // It sits at the foot of the chapter's first page: before the second part heading.
    const headings = tokens.flatMap((t, i) => (t.kind === "heading" ? [i] : []));
    const limit = headings[1] ?? tokens.length;
    const alreadyFound = tokens.some((_, i) => i < limit && isFootnote[i] && evidence[i]?.founding);
    for (let i = 0; i < (alreadyFound ? 0 : limit); i++) {
      const token = tokens[i]!;
      const candidate = token.kind === "text" && !isFootnote[i] && !forced.has(token.line);
      if (candidate && evidence[i]?.founding && !evidence[i]?.hasMarker) {
        isFootnote[i] = true;
        break;
      }
    }
  }

  const body: Token[] = [];
  const footnotes: RawFootnote[] = [];
  let previousWasFootnote = false;
  tokens.forEach((token, i) => {
    const lastFootnote = footnotes[footnotes.length - 1];
    const lastBody = body[body.length - 1];
    if (isFootnote[i]) {
      const text = token.text.trim();
      const number = token.kind === "footnote" ? token.number : null;
      // An unmarked piece right after an open footnote, while the body is closed, continues that footnote.
      const continues =
        number === null &&
        previousWasFootnote &&
        lastFootnote !== undefined &&
        (isAddressFragment(text) || (footnoteEndsOpen(lastFootnote.text) && !(evidence[i]?.citeLead ?? false)));
      if (continues && lastFootnote) {
        lastFootnote.text = `${lastFootnote.text} ${text}`;
        lastFootnote.lines.push(token.line);
      } else footnotes.push({ number, text, line: token.line, marked: number !== null, lines: [token.line] });
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
  return { body, footnotes };
}
