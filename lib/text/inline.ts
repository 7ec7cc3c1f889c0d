/**
 * Splits stored text into inline pieces: plain text, *emphasis* and web addresses.
 * Pure, so the same rules render pages and can be tested alone.
 */
export type InlinePiece =
  | { kind: "text"; text: string }
  | { kind: "em"; text: string }
  | { kind: "link"; text: string; href: string };

const EMPHASIS = /\*([^*\n]+)\*/g;
const ADDRESS = /\b(?:https?:\/\/|www\.)[^\s<>"”]+[^\s<>"”.,;:)]/g;

function linkify(text: string): InlinePiece[] {
  const pieces: InlinePiece[] = [];
  let last = 0;
  for (const match of text.matchAll(ADDRESS)) {
    const start = match.index ?? 0;
    if (start > last) pieces.push({ kind: "text", text: text.slice(last, start) });
    const address = match[0];
    pieces.push({ kind: "link", text: address, href: address.startsWith("http") ? address : `https://${address}` });
    last = start + address.length;
  }
  if (last < text.length) pieces.push({ kind: "text", text: text.slice(last) });
  return pieces;
}

export function parseInline(text: string, options: { links?: boolean } = {}): InlinePiece[] {
  const pieces: InlinePiece[] = [];
  let last = 0;
  const plain = (segment: string) => {
    if (segment === "") return;
    if (options.links) pieces.push(...linkify(segment));
    else pieces.push({ kind: "text", text: segment });
  };
  for (const match of text.matchAll(EMPHASIS)) {
    const start = match.index ?? 0;
    plain(text.slice(last, start));
    pieces.push({ kind: "em", text: match[1]! });
    last = start + match[0].length;
  }
  plain(text.slice(last));
  return pieces;
}
