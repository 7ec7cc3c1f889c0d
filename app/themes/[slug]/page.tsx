import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { BlockResults } from "@/components/explore/block-results";
import { ExportLinks } from "@/components/explore/export-links";
import { FilterNotice } from "@/components/explore/filter-notice";
import { Pager } from "@/components/explore/pager";
import { PartHeader } from "@/components/explore/part-header";
import { gcmList, themeList } from "@/lib/book/content/labels";
import { loadCorpus } from "@/lib/db/blocks/load-corpus";
import { blockFilterSchema, filterQuery, type BlockFilter } from "@/lib/explore/block-filter";
import { countBy } from "@/lib/explore/count-by";
import { countByAgencyAndPart, filterBlocks } from "@/lib/explore/filter-blocks";
import { pageOf } from "@/lib/explore/paging";
import { PART_LABELS } from "@/lib/book/parts";
import { PART_KINDS } from "@/lib/book/schema";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ slug: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

function findTag(slug: string) {
  const theme = themeList().find((t) => t.slug === slug);
  if (theme) return { vocabulary: "theme" as const, slug, label: theme.label, description: theme.description, terms: [...theme.terms, ...theme.weakTerms] };
  const objective = gcmList().find((g) => g.slug === slug);
  if (objective)
    return {
      vocabulary: "gcm" as const,
      slug,
      label: `GCM objective ${objective.number}`,
      description: objective.title,
      terms: [...objective.terms, ...objective.weakTerms],
    };
  return null;
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const tag = findTag((await params).slug);
  if (!tag) return { title: "Theme not found" };
  return { title: tag.label, description: `${tag.description} — passages from 28 UN agencies (2013).` };
}

export default async function ThemePage({ params, searchParams }: Props) {
  const tag = findTag((await params).slug);
  if (!tag) notFound();
  const raw = await searchParams;
  const parsed = blockFilterSchema.pick({ agency: true, part: true }).safeParse({
    agency: typeof raw.agency === "string" ? raw.agency : undefined,
    part: typeof raw.part === "string" ? raw.part : undefined,
  });
  const narrow = parsed.success ? parsed.data : {};
  const corpus = await loadCorpus();
  const base: BlockFilter = tag.vocabulary === "theme" ? { theme: [tag.slug] } : { gcm: [tag.slug] };
  const all = filterBlocks(corpus.blocks, base);
  const shown = filterBlocks(all, narrow);
  const matrix = countByAgencyAndPart(all);
  const agencies = corpus.agencies.filter((a) => matrix.has(a.slug));
  const exportFilter: BlockFilter = { ...base, ...narrow };
  const here = (f: { agency?: string; part?: string; page?: number }) =>
    `/themes/${tag.slug}${filterQuery({ agency: f.agency ? [f.agency] : undefined, part: f.part ? [f.part as (typeof PART_KINDS)[number]] : undefined }, f.page && f.page > 1 ? { page: String(f.page) } : {})}`;
  const activePart = narrow.part?.[0];
  const activeAgency = narrow.agency?.[0];
  const page = pageOf(shown, raw.page);

  return (
    <>
      <p className="text-sm">
        <Link href="/themes">All themes</Link>
      </p>
      <h1 className="mt-1 font-serif text-3xl font-bold">{tag.label}</h1>
      <p className="mt-2 max-w-3xl text-slate-700 dark:text-slate-300">{tag.description}</p>
      <p className="mt-2 text-sm text-slate-600 dark:text-slate-400">
        {all.length} passages from {agencies.length} agencies. Tagged by rule when a passage uses one of these terms:{" "}
        <span className="italic">{tag.terms.join(", ")}</span>.
      </p>
      <FilterNotice show={!parsed.success} />

      <section aria-labelledby="matrix" className="mt-8">
        <h2 id="matrix" className="text-xl font-semibold">
          Where it appears
        </h2>
        <div className="mt-2 overflow-x-auto" role="region" aria-label="Passages by agency and part" tabIndex={0}>
          <table className="text-sm">
            <caption className="sr-only">Passages on {tag.label} by agency and part; select a number to filter the list.</caption>
            <thead>
              <tr>
                <th scope="col" className="p-1 text-left">
                  Agency
                </th>
                {PART_KINDS.map((k) => (
                  <th key={k} scope="col" className="p-1 text-right font-medium">
                    <PartHeader kind={k} />
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {agencies.map((a) => (
                <tr key={a.slug} className="border-t border-slate-200 dark:border-slate-800">
                  <th scope="row" className="p-1 text-left font-medium">
                    <a href={here({ agency: a.slug })}>{a.acronym ?? a.title}</a>
                  </th>
                  {PART_KINDS.map((k) => {
                    const n = matrix.get(a.slug)?.get(k) ?? 0;
                    return (
                      <td key={k} className="p-1 text-right tabular-nums">
                        {n === 0 ? (
                          <span className="text-slate-500 dark:text-slate-400">0</span>
                        ) : (
                          <a href={here({ agency: a.slug, part: k })} aria-label={`${a.acronym ?? a.title}, ${PART_LABELS[k]}: ${n}`}>
                            {n}
                          </a>
                        )}
                      </td>
                    );
                  })}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </section>

      <section aria-labelledby="passages" className="mt-10">
        <h2 id="passages" className="text-xl font-semibold">
          Passages{activeAgency ? ` from ${corpus.agencies.find((a) => a.slug === activeAgency)?.acronym ?? activeAgency}` : ""}
          {activePart ? ` in ${PART_LABELS[activePart]}` : ""}
        </h2>
        <nav aria-label="Filter by part" className="no-print mt-3">
          <ul className="flex flex-wrap gap-2 text-sm">
            <li>
              <Link href={here({ agency: activeAgency })} aria-current={!activePart ? "page" : undefined} className={!activePart ? "font-bold" : ""}>
                All parts
              </Link>
            </li>
            {PART_KINDS.map((k) => (
              <li key={k}>
                <Link href={here({ agency: activeAgency, part: k })} aria-current={activePart === k ? "page" : undefined} className={activePart === k ? "font-bold" : ""}>
                  Only {PART_LABELS[k].replace(/^(\w)/, (c) => c.toLowerCase()).replace("gFMD", "GFMD")}
                </Link>
              </li>
            ))}
            {activeAgency ? (
              <li>
                <Link href={here({ part: activePart })}>All agencies</Link>
              </li>
            ) : null}
          </ul>
        </nav>
        <div className="mt-3">
          <ExportLinks filter={exportFilter} count={shown.length} api={`/api/v1/themes/${tag.slug}${filterQuery(narrow)}`} />
        </div>
        <div className="mt-4">
          {shown.length === 0 ? (
            <p>No passages match these filters.</p>
          ) : (
            <BlockResults blocks={page.items} headingLevel={3} totals={countBy(shown, (b) => b.agency.slug)} />
          )}
        </div>
        <Pager page={page} hrefFor={(n) => here({ agency: activeAgency, part: activePart, page: n })} label="Pages of passages" />
      </section>
    </>
  );
}
