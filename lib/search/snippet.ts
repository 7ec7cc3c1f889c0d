/**
 * A snippet of a passage around its first match, as segments with the matched words
 * marked. Pure and HTML-free: the page renders <mark>, the API joins the text.
 * Reads the passage only as far as the window it shows: this runs for every hit of every search.
 */
import { wordStem } from "./text";

export type SnippetSegment = { text: string; mark: boolean };

export function snippet(text: string, matched: string[], words = 36): SnippetSegment[] {
  const wanted = [...new Set(matched.map((m) => wordStem(m)).filter((s) => s.length > 0))];
  const clean = text.includes("*") ? text.replace(/\*/g, "") : text;
  const isMatch = (word: string) => {
    const s = wordStem(word);
    return s.length > 0 && wanted.some((w) => s === w || (w.length >= 3 && s.startsWith(w)));
  };
  // Word offsets, up to the first match and then one window (plus one word, to know whether more follow).
  const starts: number[] = [];
  const ends: number[] = [];
  const marks: boolean[] = [];
  const before = Math.floor(words / 3);
  let firstHit = -1;
  const pattern = /\S+/g;
  for (let m = pattern.exec(clean); m; m = pattern.exec(clean)) {
    starts.push(m.index);
    ends.push(m.index + m[0].length);
    marks.push(isMatch(m[0]));
    if (firstHit === -1 && marks[marks.length - 1]) firstHit = starts.length - 1;
    if (firstHit !== -1 && starts.length > Math.max(0, firstHit - before) + words) break;
  }
  if (starts.length === 0) return [{ text: clean, mark: false }];
  const startWord = Math.max(0, (firstHit === -1 ? 0 : firstHit) - before);
  const endWord = Math.min(starts.length, startWord + words);
  const more = endWord < starts.length;

  const segments: SnippetSegment[] = [];
  const push = (part: string, mark: boolean) => {
    const last = segments[segments.length - 1];
    if (last && last.mark === mark && !mark) last.text += part;
    else segments.push({ text: part, mark });
  };
  if (startWord > 0) segments.push({ text: "… ", mark: false });
  for (let i = startWord; i < endWord; i++) {
    const word = clean.slice(starts[i], ends[i]);
    if (marks[i]) {
      // "(HDR)," marks HDR, not its brackets and comma.
      const core = /^([^\p{L}\p{N}]*)(.*?)([^\p{L}\p{N}]*)$/su.exec(word)!;
      if (core[1]) push(core[1], false);
      push(core[2] || word, true);
      if (core[3] && core[2]) push(core[3], false);
    } else push(word, false);
    const gap = i + 1 < starts.length ? clean.slice(ends[i], starts[i + 1]) : clean.slice(ends[i]!);
    if (gap) push(gap, false);
  }
  if (more) segments.push({ text: " …", mark: false });
  return segments;
}

export function snippetText(segments: SnippetSegment[]): string {
  return segments.map((s) => (s.mark ? `[${s.text}]` : s.text)).join("");
}
