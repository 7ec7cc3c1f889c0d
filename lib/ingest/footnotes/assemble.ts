/** The decided lines become notes and body tokens; runs with more notes than numbers are joined where they number best. */
import { numberNotes, type Citation } from "../number-notes";
import { endsOpen, startsLowercase } from "../text-shape";
import type { RawFootnote, Token } from "../types";
import { URL, looksBibliographic, endsInAddress, footnoteEndsOpen, isAddressFragment } from "./evidence";
import type { Separation } from "./separation";

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
export function assemble(s: Separation, citations: Citation[]): { body: Token[]; footnotes: RawFootnote[] } {
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
