import { parseInline } from "@/lib/text/inline";

/** Stored text with its light formatting: *emphasis* and, where asked, linked addresses. */
export function InlineText({ text, links = false }: { text: string; links?: boolean }) {
  return (
    <>
      {parseInline(text, { links }).map((piece, i) => {
        if (piece.kind === "em") return <em key={i}>{piece.text}</em>;
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
