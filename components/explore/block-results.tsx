import { InlineText } from "@/components/chapter/inline-text";
import { blockPartLabel, permalink, type CorpusBlock } from "@/lib/explore/corpus";

/**
 * A list of passages grouped by agency, each linking to its place in the profile. `totals` gives
 * each agency's count over the whole list when this is one page of it.
 */
export function BlockResults({ blocks, headingLevel = 2, totals }: { blocks: CorpusBlock[]; headingLevel?: 2 | 3; totals?: ReadonlyMap<string, number> }) {
  const groups = new Map<string, CorpusBlock[]>();
  for (const b of blocks) groups.set(b.agency.slug, [...(groups.get(b.agency.slug) ?? []), b]);
  const Heading = headingLevel === 2 ? "h2" : "h3";
  return (
    <div className="space-y-8">
      {[...groups.values()].map((group) => {
        const agency = group[0]!.agency;
        const name = agency.acronym ?? agency.title;
        const count = totals?.get(agency.slug) ?? group.length;
        return (
          <section key={agency.slug} aria-labelledby={`group-${agency.slug}`}>
            <Heading id={`group-${agency.slug}`} className="mb-3 text-lg font-semibold">
              <a href={`/agencies/${agency.slug}`}>{name}</a>{" "}
              <span className="text-sm font-normal text-slate-600 dark:text-slate-400">
                {count} passage{count === 1 ? "" : "s"}
              </span>
            </Heading>
            <ol className="space-y-3">
              {group.map((b) => (
                <li key={b.id} className="result">
                  <p className="result-where">
                    {blockPartLabel(b)}
                    {b.label ? ` · ${b.label}` : ""}
                  </p>
                  <p className="mt-1 leading-relaxed">
                    <InlineText text={b.text} />
                  </p>
                  <p className="mt-1 text-xs">
                    <a href={permalink(b)}>
                      Read in context<span className="sr-only">: {name} {b.label ?? blockPartLabel(b)}</span>
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
