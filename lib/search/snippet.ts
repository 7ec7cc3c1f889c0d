/**
 * A snippet of a passage around its first match, as segments with the matched words
 * marked. Pure and HTML-free: the page renders <mark>, the API joins the text.
 */
import { fold, stem } from "./text";

export type SnippetSegment = { text: string; mark: boolean };

export function snippet(text: string, matched: string[], words = 36): SnippetSegment[] {
  const wanted = matched.map((m) => stem(fold(m))).filter((s) => s.length > 0);
  const parts = text.replace(/\*/g, "").split(/(\s+)/);
  const isMatch = (part: string) => {
    const s = stem(fold(part));
    return s.length > 0 && wanted.some((w) => s === w || (w.length >= 3 && s.startsWith(w)));
  };
  const wordIndexes = parts.map((p, i) => (/\S/.test(p) ? i : -1)).filter((i) => i >= 0);
  const firstHit = wordIndexes.findIndex((i) => isMatch(parts[i]!));
  const startWord = Math.max(0, (firstHit === -1 ? 0 : firstHit) - Math.floor(words / 3));
  const endWord = Math.min(wordIndexes.length, startWord + words);
  const from = wordIndexes[startWord] ?? 0;
  const to = endWord < wordIndexes.length ? wordIndexes[endWord]! : parts.length;
  const segments: SnippetSegment[] = [];
  if (startWord > 0) segments.push({ text: "… ", mark: false });
  for (const part of parts.slice(from, to)) {
    const mark = /\S/.test(part) && isMatch(part);
    const last = segments[segments.length - 1];
    if (last && last.mark === mark && !mark) last.text += part;
    else segments.push({ text: part, mark });
  }
  if (endWord < wordIndexes.length) segments.push({ text: " …", mark: false });
  return segments;
}

export function snippetText(segments: SnippetSegment[]): string {
  return segments.map((s) => (s.mark ? `[${s.text}]` : s.text)).join("");
}
