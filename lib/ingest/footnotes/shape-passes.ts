/** Passes that decide notes by where they sit and what they say: printed numbers and corrections, page breaks inside open paragraphs, spreading from notes, numbering gaps, founding histories. */
import { endsOpen, looksLikeSubheading, sentenceCount, startsLowercase } from "../text-shape";
import { DEFINITION, isUnmarkedFootnote } from "./evidence";
import { type Separation, take, isCorrected, forcedNote, bodyBefore, isOpenBody, isLoose, reachesContinuation, draft } from "./separation";

/** Pass: notes printed with their number, and lines an editorial correction names. */
export function printedNumbers(s: Separation): void {
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
export function insideOpenParagraph(s: Separation): void {
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
export function spreadFromNotes(s: Separation): void {
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
export function numberingGap(s: Separation): void {
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
export function foundingHistory(s: Separation): void {
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
