import Link from "next/link";
import type { Block } from "@/lib/ingest/schema";
import type { Glossary } from "@/lib/text/inline";
import { referenceAnchor } from "./anchors";
import { InlineText } from "./inline-text";

export type BlockExtras = { themes: ReadonlyMap<string, { slug: string; label: string }[]>; glossary?: Glossary };

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
        <sup key={n} className="ml-0.5">
          <a id={referenceAnchor(block.id, n)} href={`#${slug}-fn-${n}`} aria-label={`Footnote ${n}`} className="px-0.5 font-medium">
            {n}
          </a>
        </sup>
      ))}
    </>
  );
}

/** Permalink, citation and theme chips under a passage. */
const ACTION = "inline-flex min-h-6 min-w-6 items-center px-1";

function BlockMeta({ block, extras, partLabel }: { block: Block; extras?: BlockExtras; partLabel?: string }) {
  const themes = extras?.themes.get(block.id) ?? [];
  const name = [partLabel, block.label ? `item ${block.label}` : partLabel ? "passage" : "this passage"].filter(Boolean).join(" ");
  return (
    <div className="no-print mt-1 flex flex-wrap items-center gap-x-2 gap-y-1 text-xs text-slate-600 dark:text-slate-400">
      <a href={`#${block.id}`} aria-label={`Link to ${name}`} className={ACTION}>
        Link
      </a>
      {/* A plain link: the page's CiteController opens a dialog; without JavaScript it leads to /cite/<id>. */}
      <a href={`/cite/${block.id}`} data-cite={block.id} aria-label={`Cite ${name}`} className={ACTION}>
        Cite
      </a>
      {themes.length > 0 ? (
        <ul aria-label="Themes" className="flex flex-wrap gap-1">
          {themes.map((t) => (
            <li key={t.slug}>
              <Link
                href={`/themes/${t.slug}`}
                prefetch={false}
                className="inline-flex min-h-6 items-center rounded-full border border-slate-300 px-2 text-slate-700 no-underline hover:border-brand-600 hover:underline dark:border-slate-600 dark:text-slate-300"
              >
                {t.label}
              </Link>
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}

function ItemBody({ block, slug, extras, partLabel }: { block: Block; slug: string; extras?: BlockExtras; partLabel?: string }) {
  return (
    <>
      {block.label ? <span className="mr-2 font-semibold tabular-nums text-slate-600 dark:text-slate-300">{block.label}</span> : null}
      <InlineText text={block.text} glossary={extras?.glossary} />
      <FootnoteRefs block={block} slug={slug} />
      <BlockMeta block={block} extras={extras} partLabel={partLabel} />
    </>
  );
}

export function BlockList({ blocks, slug, headingLevel, extras, partLabel }: Props) {
  const Heading = headingLevel === 3 ? "h3" : "h2";
  return (
    <div className="space-y-4 leading-relaxed [overflow-wrap:anywhere]">
      {toRuns(blocks).map((run) => {
        if (run.kind === "list") {
          return (
            <ul key={run.items[0]!.block.id} className="space-y-3">
              {run.items.map(({ block, children }) => (
                <li key={block.id} id={block.id} className={block.label ? "scroll-mt-4" : "ml-5 list-disc scroll-mt-4"}>
                  <ItemBody block={block} slug={slug} extras={extras} partLabel={partLabel} />
                  {children.length > 0 ? (
                    <ul className="mt-2 space-y-2 border-l border-slate-200 pl-4 dark:border-slate-700">
                      {children.map((child) => (
                        <li key={child.id} id={child.id} className={child.label ? "scroll-mt-4" : "ml-5 list-[circle] scroll-mt-4"}>
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
              <InlineText text={block.text} glossary={extras?.glossary} />
              <FootnoteRefs block={block} slug={slug} />
            </Heading>
          );
        }
        return (
          <div key={block.id} id={block.id} className="scroll-mt-4">
            <p>
              <InlineText text={block.text} glossary={extras?.glossary} />
              <FootnoteRefs block={block} slug={slug} />
            </p>
            <BlockMeta block={block} extras={extras} partLabel={partLabel} />
          </div>
        );
      })}
    </div>
  );
}
