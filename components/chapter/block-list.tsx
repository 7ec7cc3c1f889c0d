import type { Block } from "@/lib/ingest/schema";
import { referenceAnchor } from "./anchors";
import { InlineText } from "./inline-text";

type Props = { blocks: Block[]; slug: string; headingLevel: 3 | 2 };

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
          <a
            id={referenceAnchor(block.id, n)}
            href={`#${slug}-fn-${n}`}
            aria-label={`Footnote ${n}`}
            className="px-0.5 font-medium"
          >
            {n}
          </a>
        </sup>
      ))}
    </>
  );
}

function Permalink({ id }: { id: string }) {
  return (
    <a
      href={`#${id}`}
      className="no-print ml-2 text-xs text-slate-500 dark:text-slate-400"
      aria-label="Permalink to this passage"
      title="Permalink"
    >
      #
    </a>
  );
}

function ItemBody({ block, slug }: { block: Block; slug: string }) {
  return (
    <>
      {block.label ? <span className="mr-2 font-semibold tabular-nums text-slate-600 dark:text-slate-300">{block.label}</span> : null}
      <InlineText text={block.text} />
      <FootnoteRefs block={block} slug={slug} />
      <Permalink id={block.id} />
    </>
  );
}

export function BlockList({ blocks, slug, headingLevel }: Props) {
  const Heading = headingLevel === 3 ? "h3" : "h2";
  return (
    <div className="space-y-4 leading-relaxed">
      {toRuns(blocks).map((run) => {
        if (run.kind === "list") {
          return (
            <ul key={run.items[0]!.block.id} className="space-y-3">
              {run.items.map(({ block, children }) => (
                <li key={block.id} id={block.id} className={block.label ? "" : "ml-5 list-disc"}>
                  <ItemBody block={block} slug={slug} />
                  {children.length > 0 ? (
                    <ul className="mt-2 space-y-2 border-l border-slate-200 pl-4 dark:border-slate-700">
                      {children.map((child) => (
                        <li key={child.id} id={child.id} className={child.label ? "" : "ml-5 list-[circle]"}>
                          <ItemBody block={child} slug={slug} />
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
              <InlineText text={block.text} />
              <FootnoteRefs block={block} slug={slug} />
            </Heading>
          );
        }
        return (
          <p key={block.id} id={block.id}>
            <InlineText text={block.text} />
            <FootnoteRefs block={block} slug={slug} />
            <Permalink id={block.id} />
          </p>
        );
      })}
    </div>
  );
}
