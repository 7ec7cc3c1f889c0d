import type { Block } from "@/lib/book/schema";
import type { Glossary } from "@/lib/text/inline";
import { referenceAnchor } from "./anchors";
import { InlineText } from "./inline-text";

/** `explained`: acronyms already spelled out (the first use in a list gets the title; BlockList makes one per list when none is given). */
export type BlockExtras = { themes: ReadonlyMap<string, { slug: string; label: string }[]>; glossary?: Glossary; explained?: Set<string> };

type Props = { blocks: Block[]; slug: string; headingLevel: 3 | 2; extras?: BlockExtras; partLabel?: string };

type ItemNode = { block: Block; children: Block[] };
type Run = { kind: "block"; block: Block } | { kind: "list"; items: ItemNode[] };

/** Groups consecutive items into lists, nesting deeper items under the item before them. */
function toRuns(blocks: Block[]): Run[] {
  const runs: Run[] = [];
  for (const block of blocks) {
    const last = runs[runs.length - 1];
    if (block.type !== "item") {
      runs.push({ kind: "block", block });
      continue;
    }
    if (last?.kind !== "list") {
      runs.push({ kind: "list", items: [{ block, children: [] }] });
      continue;
    }
    const parent = last.items[last.items.length - 1];
    if (block.depth > 0 && parent && parent.block.depth < block.depth) parent.children.push(block);
    else last.items.push({ block, children: [] });
  }
  return runs;
}

function FootnoteRefs({ block, slug }: { block: Block; slug: string }) {
  if (block.footnotes.length === 0) return null;
  return (
    <>
      {block.footnotes.map((n) => (
        <sup key={n} className="fn-ref">
          <a id={referenceAnchor(block.id, n)} href={`#${slug}-fn-${n}`} aria-label={`Footnote ${n}`}>
            {n}
          </a>
        </sup>
      ))}
    </>
  );
}

/**
 * One action per passage and its theme chips. "Cite" is a plain link: the page's CiteController
 * turns it into a dialog (permalink, citations, similar passages); without JavaScript it leads to
 * /cite/<id>, which has the same. The dialog finds the part in the list's data-part and the item
 * in the passage's label, so the link carries nothing else.
 */
function BlockMeta({ block, extras, partLabel }: { block: Block; extras?: BlockExtras; partLabel?: string }) {
  const themes = extras?.themes.get(block.id) ?? [];
  const name = [partLabel, block.label ? `item ${block.label}` : partLabel ? "passage" : "this passage"].filter(Boolean).join(" ");
  const cite = (
    <a href={`/cite/${block.id}`} data-cite={block.id} aria-label={`Cite ${name}`} className={themes.length > 0 ? "psg-cite" : "psg-cite psg-meta"}>
      Cite
    </a>
  );
  // Without chips the link stands alone (one element less per passage).
  if (themes.length === 0) return cite;
  return (
    <div className="psg-meta">
      {cite}
      <ul aria-label="Themes" className="chips">
        {themes.map((t) => (
          <li key={t.slug}>
            <a href={`/themes/${t.slug}`}>{t.label}</a>
          </li>
        ))}
      </ul>
    </div>
  );
}

function ItemBody({ block, slug, extras, partLabel }: { block: Block; slug: string; extras?: BlockExtras; partLabel?: string }) {
  return (
    <>
      {block.label ? <span className="psg-label">{block.label}</span> : null}
      <InlineText text={block.text} glossary={extras?.glossary} explained={extras?.explained} />
      <FootnoteRefs block={block} slug={slug} />
      <BlockMeta block={block} extras={extras} partLabel={partLabel} />
    </>
  );
}

export function BlockList({ blocks, slug, headingLevel, extras: given, partLabel }: Props) {
  const Heading = headingLevel === 3 ? "h3" : "h2";
  const extras = given && { ...given, explained: given.explained ?? new Set<string>() };
  return (
    <div className="psg-list" {...(partLabel ? { "data-part": partLabel } : {})}>
      {toRuns(blocks).map((run) => {
        if (run.kind === "list") {
          return (
            <ul key={run.items[0]!.block.id} className="space-y-3">
              {run.items.map(({ block, children }) => (
                <li key={block.id} id={block.id} className={block.label ? "psg" : "psg psg-bullet"}>
                  <ItemBody block={block} slug={slug} extras={extras} partLabel={partLabel} />
                  {children.length > 0 ? (
                    <ul className="mt-2 space-y-2 border-l border-slate-200 pl-4 dark:border-slate-700">
                      {children.map((child) => (
                        <li key={child.id} id={child.id} className={child.label ? "psg" : "psg psg-bullet-2"}>
                          <ItemBody block={child} slug={slug} extras={extras} partLabel={partLabel} />
                        </li>
                      ))}
                    </ul>
                  ) : null}
                </li>
              ))}
            </ul>
          );
        }
        const { block } = run;
        if (block.type === "subheading") {
          return (
            <Heading key={block.id} id={block.id} className="pt-2 text-lg font-semibold text-slate-800 dark:text-slate-100">
              <InlineText text={block.text} glossary={extras?.glossary} explained={extras?.explained} />
              <FootnoteRefs block={block} slug={slug} />
            </Heading>
          );
        }
        return (
          <div key={block.id} id={block.id} className="psg">
            <p>
              <InlineText text={block.text} glossary={extras?.glossary} explained={extras?.explained} />
              <FootnoteRefs block={block} slug={slug} />
            </p>
            <BlockMeta block={block} extras={extras} partLabel={partLabel} />
          </div>
        );
      })}
    </div>
  );
}
