import Link from "next/link";
import { InlineText } from "@/components/chapter/inline-text";
import { blockPartLabel, permalink, type CorpusBlock } from "@/lib/explore/corpus";


/** A list of passages grouped by agency, each linking to its place in the profile. */
export function BlockResults({ blocks, headingLevel = 2 }: { blocks: CorpusBlock[]; headingLevel?: 2 | 3 }) {
  const groups = new Map<string, CorpusBlock[]>();
  for (const b of blocks) groups.set(b.agency.slug, [...(groups.get(b.agency.slug) ?? []), b]);
  const Heading = headingLevel === 2 ? "h2" : "h3";
  return (
    <div className="space-y-8">
      {[...groups.values()].map((group) => {
        const agency = group[0]!.agency;
        return (
          <section key={agency.slug} aria-labelledby={`group-${agency.slug}`}>
            <Heading id={`group-${agency.slug}`} className="mb-3 text-lg font-semibold">
              <Link href={`/agencies/${agency.slug}`}>{agency.acronym ?? agency.title}</Link>{" "}
              <span className="text-sm font-normal text-slate-600 dark:text-slate-400">
                {group.length} passage{group.length === 1 ? "" : "s"}
              </span>
            </Heading>
            <ol className="space-y-3">
              {group.map((b) => (
                <li key={b.id} className="rounded-md border border-slate-200 p-3 dark:border-slate-800">
                  <p className="text-xs font-medium uppercase tracking-wide text-slate-600 dark:text-slate-400">
                    {blockPartLabel(b)}
                    {b.label ? ` · ${b.label}` : ""}
                  </p>
                  <p className="mt-1 leading-relaxed">
                    <InlineText text={b.text} />
                  </p>
                  <p className="mt-1 text-xs">
                    <a href={permalink(b)}>
                      Read in context<span className="sr-only">: {agency.acronym ?? agency.title} {b.label ?? blockPartLabel(b)}</span>
                    </a>
                  </p>
                </li>
              ))}
            </ol>
          </section>
        );
      })}
    </div>
  );
}
