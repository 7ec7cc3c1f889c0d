/**
 * Splits stored text into inline pieces: plain text, *emphasis*, [links](https://…), web
 * addresses and acronyms from the book's glossary. Pure, so the same rules render pages and
 * are tested alone. Text is never treated as HTML: pieces become React elements, so markup
 * an editor types shows as text, and a link is made only for an http(s) or mailto address.
 */
export type InlinePiece =
  | { kind: "text"; text: string }
  | { kind: "em"; text: string }
  | { kind: "link"; text: string; href: string }
  | { kind: "abbr"; text: string; title: string };

export type Glossary = ReadonlyMap<string, string>;

const EMPHASIS = /\*([^*\n]+)\*/g;
const MARKDOWN_LINK = /\[([^\]\n]{1,300})\]\(([^()\s]{1,2000})\)/g;
const SAFE_PROTOCOLS = new Set(["http:", "https:", "mailto:"]);

/** The address if it is absolute and http(s) or mailto; anything else (javascript:, data:, relative) is refused. */
export function safeHref(raw: string): string | null {
  try {
    const url = new URL(raw);
    return SAFE_PROTOCOLS.has(url.protocol) ? url.href : null;
  } catch {
    return null;
  }
}
const ADDRESS = /\b(?:https?:\/\/|www\.)[^\s<>"”]+[^\s<>"”.,;:)]/g;

const glossaryPatterns = new WeakMap<Glossary, RegExp | null>();

function glossaryPattern(glossary: Glossary): RegExp | null {
  if (glossaryPatterns.has(glossary)) return glossaryPatterns.get(glossary)!;
  const terms = [...glossary.keys()]
    .filter((t) => /^[A-Z][A-Za-z]*[A-Z][A-Za-z]*$/.test(t))
    .sort((a, b) => b.length - a.length)
    .map((t) => t.replace(/[.*+?^${}()|[\]\\]/g, "\\$&"));
  const pattern = terms.length > 0 ? new RegExp(`(?<![\\w-])(?:${terms.join("|")})(?![\\w-])`, "g") : null;
  glossaryPatterns.set(glossary, pattern);
  return pattern;
}

function splitBy(
  text: string,
  pattern: RegExp | null,
  make: (match: string) => InlinePiece,
  rest: (segment: string) => InlinePiece[],
): InlinePiece[] {
  if (!pattern) return rest(text);
  const pieces: InlinePiece[] = [];
  let last = 0;
  pattern.lastIndex = 0;
  for (const match of text.matchAll(pattern)) {
    const start = match.index ?? 0;
    if (start > last) pieces.push(...rest(text.slice(last, start)));
    pieces.push(make(match[0]));
    last = start + match[0].length;
  }
  if (last < text.length) pieces.push(...rest(text.slice(last)));
  return pieces;
}

export function parseInline(text: string, options: { links?: boolean; glossary?: Glossary } = {}): InlinePiece[] {
  const seen = new Set<string>();
  const plain = (segment: string): InlinePiece[] => {
    const withAbbr = (s: string) =>
      splitBy(
        s,
        options.glossary ? glossaryPattern(options.glossary) : null,
        (term) => {
          // Only the first use in a passage carries the expansion; later uses stay plain.
          if (seen.has(term)) return { kind: "text", text: term };
          seen.add(term);
          return { kind: "abbr", text: term, title: options.glossary!.get(term)! };
        },
        (t) => (t ? [{ kind: "text", text: t }] : []),
      );
    return options.links
      ? splitBy(segment, new RegExp(ADDRESS.source, "g"), (a) => ({ kind: "link", text: a, href: a.startsWith("http") ? a : `https://${a}` }), withAbbr)
      : withAbbr(segment);
  };
  const emphasised = (segment: string) => splitBy(segment, new RegExp(EMPHASIS.source, "g"), (m) => ({ kind: "em", text: m.slice(1, -1) }), plain);
  const linked = splitBy(
    text,
    new RegExp(MARKDOWN_LINK.source, "g"),
    (m) => {
      const [, label, target] = new RegExp(MARKDOWN_LINK.source).exec(m)!;
      const href = safeHref(target!);
      return href ? { kind: "link", text: label!, href } : { kind: "text", text: label! };
    },
    emphasised,
  );
  return linked.reduce<InlinePiece[]>(
    (merged, piece) => {
      const previous = merged[merged.length - 1];
      if (piece.kind === "text" && previous?.kind === "text") previous.text += piece.text;
      else merged.push({ ...piece });
      return merged;
    },
    [],
  );
}
