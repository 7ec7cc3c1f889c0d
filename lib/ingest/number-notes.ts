/**
 * A chapter's footnote numbering, cross-checked against the markers the body cites.
 * Notes come in source order; some carry their printed number, the rest lost it. Each
 * run of unnumbered notes between two known numbers is fitted to the numbers the gap
 * leaves, preferring numbers the body cites before the note (a note follows its
 * marker) and numbers that leave no cited marker without a note. A number is given
 * only where every best fit agrees on it; the evidence says how it was decided.
 */

export type NoteSlot = { line: number; number: number | null };
/** A marker in the body: the number it cites and the source line it is printed on. */
export type Citation = { number: number; line: number };

export type Numbering = {
  /** The number of each note (printed, or inferred), or null where none fits for certain. */
  numbers: (number | null)[];
  /** For each inferred number, why; null for printed numbers and notes left unnumbered. */
  evidence: (string | null)[];
  /** Numbers the body cites for which no note has (or could be given) that number. */
  citedWithoutNote: number[];
  /** Runs of unnumbered notes with more notes than numbers left for them: [first, last] note index. */
  overfull: [number, number][];
  /** How badly the notes fit the markers (lower is better); each overfull note counts heavily. */
  cost: number;
};

/** What a choice costs: a note given a number cited only after it, a number cited but given to no note, … */
const COST = {
  citedBefore: 0,
  uncited: 1,
  citedAfter: 4,
  skipUncited: 2,
  skipCited: 3,
} as const;

/** Beyond this many candidate numbers a run is only numbered when it fits exactly. */
const MAX_CANDIDATES = 40;

export function firstCitations(citations: Citation[]): Map<number, number> {
  const first = new Map<number, number>();
  for (const c of citations) if (!first.has(c.number) || c.line < first.get(c.number)!) first.set(c.number, c.line);
  return first;
}

type RunFit = { cost: number; choices: number[][] } | null;

/** All best assignments of increasing numbers from `candidates` to notes at `lines`. */
function fitRun(lines: number[], candidates: number[], firstCite: Map<number, number>): RunFit {
  const u = lines.length;
  const k = candidates.length;
  if (u === 0 || k < u) return null;
  const assign = (j: number, i: number) => {
    const m = candidates[i]!;
    const at = firstCite.get(m);
    if (at === undefined) return COST.uncited;
    return at <= lines[j]! ? COST.citedBefore : COST.citedAfter;
  };
  const skip = (i: number) => (firstCite.has(candidates[i]!) ? COST.skipCited : COST.skipUncited);
  // best[j][i]: least cost of numbering notes j.. with candidates i.. (every candidate used or skipped).
  const best: number[][] = Array.from({ length: u + 1 }, () => new Array<number>(k + 1).fill(Infinity));
  best[u]![k] = 0;
  for (let i = k - 1; i >= 0; i--) best[u]![i] = best[u]![i + 1]! + skip(i);
  for (let j = u - 1; j >= 0; j--) {
    for (let i = k - 1; i >= 0; i--) {
      const take = assign(j, i) + best[j + 1]![i + 1]!;
      const pass = skip(i) + best[j]![i + 1]!;
      best[j]![i] = Math.min(take, pass);
    }
  }
  const cost = best[0]![0]!;
  if (!Number.isFinite(cost)) return null;
  // The numbers each note takes in some best assignment.
  const choices: Set<number>[] = lines.map(() => new Set<number>());
  const visit = (j: number, i: number, seen: Set<string>) => {
    const key = `${j}:${i}`;
    if (seen.has(key) || j === u) return;
    seen.add(key);
    if (i >= k) return;
    if (assign(j, i) + best[j + 1]![i + 1]! === best[j]![i]) {
      choices[j]!.add(candidates[i]!);
      visit(j + 1, i + 1, seen);
    }
    if (skip(i) + best[j]![i + 1]! === best[j]![i]) visit(j, i + 1, seen);
  };
  visit(0, 0, new Set());
  return { cost, choices: choices.map((s) => [...s].sort((a, b) => a - b)) };
}

export function numberNotes(notes: NoteSlot[], citations: Citation[]): Numbering {
  const firstCite = firstCitations(citations);
  const cited = [...firstCite.keys()].sort((a, b) => a - b);
  const numbers = notes.map((n) => n.number);
  const evidence: (string | null)[] = notes.map(() => null);
  const overfull: [number, number][] = [];
  let cost = 0;

  for (let i = 0; i < notes.length; ) {
    if (notes[i]!.number !== null) {
      i++;
      continue;
    }
    let j = i;
    while (j < notes.length && notes[j]!.number === null) j++;
    const before = i > 0 ? notes[i - 1]!.number! : 0;
    const after = j < notes.length ? notes[j]!.number : null;
    const u = j - i;
    const top = after !== null ? after - 1 : Math.max(before + u, ...cited.filter((n) => n > before));
    const candidates = Array.from({ length: Math.max(0, top - before) }, (_, n) => before + 1 + n);
    const span =
      before > 0 && after !== null
        ? `notes ${before} and ${after}`
        : `${before === 0 ? "the start" : `note ${before}`} and ${after === null ? "the end" : `note ${after}`}`;
    const lines = notes.slice(i, j).map((n) => n.line);
    if (candidates.length < u) {
      overfull.push([i, j - 1]);
      cost += 100 * (u - candidates.length);
    } else if (candidates.length === u) {
      cost += fitRun(lines, candidates, firstCite)?.cost ?? 0;
      candidates.forEach((n, k) => {
        numbers[i + k] = n;
        evidence[i + k] =
          after === null
            ? `the numbering goes on after ${before === 0 ? "the start" : `note ${before}`}`
            : `the ${u === 1 ? "one number" : `${u} numbers`} left between ${span}`;
      });
    } else if (candidates.length <= MAX_CANDIDATES) {
      const fit = fitRun(lines, candidates, firstCite);
      cost += fit?.cost ?? 0;
      fit?.choices.forEach((choice, k) => {
        if (choice.length !== 1) return;
        const n = choice[0]!;
        numbers[i + k] = n;
        const at = firstCite.get(n);
        evidence[i + k] =
          at === undefined
            ? `the numbering goes on between ${span} (no marker cites ${n})`
            : `cited at line ${at}, the one fit between ${span}`;
      });
    }
    i = j;
  }
  const given = new Set(numbers.filter((n): n is number => n !== null));
  return { numbers, evidence, citedWithoutNote: cited.filter((n) => !given.has(n)), overfull, cost };
}
