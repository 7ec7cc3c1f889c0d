import { parseInline, type Glossary } from "@/lib/text/inline";

/** Stored text with its light formatting: *emphasis*, glossary acronyms and, where asked, linked addresses. */
export function InlineText({ text, links = false, glossary }: { text: string; links?: boolean; glossary?: Glossary }) {
  return (
    <>
      {parseInline(text, { links, glossary }).map((piece, i) => {
        if (piece.kind === "em") return <em key={i}>{piece.text}</em>;
        if (piece.kind === "abbr")
          return (
            <abbr key={i} title={piece.title} className="cursor-help no-underline decoration-dotted hover:underline">
              {piece.text}
            </abbr>
          );
        if (piece.kind === "link")
          return (
            <a key={i} href={piece.href} rel="noopener noreferrer" className="break-all">
              {piece.text}
            </a>
          );
        return <span key={i}>{piece.text}</span>;
      })}
    </>
  );
}
