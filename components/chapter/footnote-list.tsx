import type { Block, Footnote } from "@/lib/book/schema";
import { footnoteAnchor, referenceAnchor } from "./anchors";
import { InlineText } from "./inline-text";

/** The chapter's notes, each linking back to every passage that cites it. */
export function FootnoteList({ slug, footnotes, blocks }: { slug: string; footnotes: Footnote[]; blocks: Block[] }) {
  if (footnotes.length === 0) return null;
  const citedBy = new Map<number, string[]>();
  for (const block of blocks) for (const n of block.footnotes) citedBy.set(n, [...(citedBy.get(n) ?? []), block.id]);
  return (
    <section aria-labelledby={`${slug}-notes`} className="mt-12 border-t border-slate-200 pt-6 text-sm [overflow-wrap:anywhere] dark:border-slate-800">
      <h2 id={`${slug}-notes`} className="mb-4 text-xl font-semibold">
        Notes
      </h2>
      <ol className="space-y-2">
        {footnotes.map((footnote, position) => {
          const refs = footnote.number === null ? [] : (citedBy.get(footnote.number) ?? []);
          return (
            <li key={position} id={footnoteAnchor(slug, footnote, position)} className="flex gap-2">
              <span className="w-8 shrink-0 text-right font-semibold tabular-nums">{footnote.number ?? "–"}</span>
              <span>
                <InlineText text={footnote.text} links />
                {refs.map((blockId, i) => (
                  <a
                    key={blockId}
                    href={`#${referenceAnchor(blockId, footnote.number!)}`}
                    className="no-print ml-1"
                    aria-label={`Back to reference ${i + 1} of note ${footnote.number}`}
                  >
                    ↩
                  </a>
                ))}
                {footnote.number === null ? <span className="ml-1 text-slate-600 dark:text-slate-400">(number lost in the source)</span> : null}
              </span>
            </li>
          );
        })}
      </ol>
    </section>
  );
}
