/** Passes that decide notes by the numbering the body cites: a cited number with no note, a page foot inside a list, and further paragraphs of a note. */
import { SUPERSCRIPT_RUN, stripSuperscripts, superscriptToNumber } from "../markers";
import { firstCitations } from "../number-notes";
import { sentenceCount } from "../text-shape";
import { type Separation, take, isLoose, neighbour, type Draft, draft, numberAt } from "./separation";

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
export function citedWithoutNote(s: Separation): void {
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
export function listInterruptions(s: Separation): void {
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
export function noteParagraphs(s: Separation): void {
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
