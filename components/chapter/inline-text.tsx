import { parseInline, type Glossary } from "@/lib/text/inline";

/**
 * Stored text with its light formatting: *emphasis*, glossary acronyms and, where asked, linked
 * addresses. Plain runs are bare strings (no element, which keeps the page and its React payload
 * small). With `explained`, an acronym gets its expansion as a title only the first time in that
 * set (a part of a chapter, say), as a printed book spells it out on first use.
 */
export function InlineText({ text, links = false, glossary, explained }: { text: string; links?: boolean; glossary?: Glossary; explained?: Set<string> }) {
  return (
    <>
      {parseInline(text, { links, glossary }).map((piece, i) => {
        if (piece.kind === "em") return <em key={i}>{piece.text}</em>;
        if (piece.kind === "abbr") {
          if (explained?.has(piece.text)) return piece.text;
          explained?.add(piece.text);
          return (
            <abbr key={i} title={piece.title}>
              {piece.text}
            </abbr>
          );
        }
        if (piece.kind === "link")
          return (
            <a key={i} href={piece.href} rel="noopener noreferrer" className="break-all">
              {piece.text}
            </a>
          );
        return piece.text;
      })}
    </>
  );
}
