import type { Metadata } from "next";
import Link from "next/link";
import { BlockResults } from "@/components/explore/block-results";
import { ExportLinks } from "@/components/explore/export-links";
import { FilterNotice } from "@/components/explore/filter-notice";
import { Pager } from "@/components/explore/pager";
import { SelectFilter } from "@/components/explore/select-filter";
import { gcmList, themeList } from "@/lib/book/content/labels";
import { loadCorpus } from "@/lib/db/blocks/load-corpus";
import { blockFilterSchema, filterQuery, type BlockFilter } from "@/lib/explore/block-filter";
import { filterBlocks } from "@/lib/explore/filter-blocks";
import { countBy } from "@/lib/explore/count-by";
import { PAGE_SIZE, pageOf } from "@/lib/explore/paging";

export const dynamic = "force-dynamic";
export const metadata: Metadata = {
  title: "Recommendations explorer",
  description: "Every recommendation the 28 agencies made to the 2013 High-level Dialogue, filterable by agency, theme and GCM objective.",
};

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function RecommendationsPage({ searchParams }: Props) {
  const raw = await searchParams;
  const one = (key: string) => (typeof raw[key] === "string" && raw[key] !== "" ? (raw[key] as string) : undefined);
  const parsed = blockFilterSchema.pick({ agency: true, theme: true, gcm: true }).safeParse({ agency: one("agency"), theme: one("theme"), gcm: one("gcm") });
  const chosen = parsed.success ? parsed.data : {};
  const filter: BlockFilter = { ...chosen, part: ["recommendations"] };
  const corpus = await loadCorpus();
  const all = filterBlocks(corpus.blocks, { part: ["recommendations"] });
  const shown = filterBlocks(corpus.blocks, filter);
  const active = Object.values(chosen).some((v) => v && v.length > 0);
  const page = pageOf(shown, raw.page);
  const hrefFor = (n: number) => `/recommendations${filterQuery(chosen, n > 1 ? { page: String(n) } : {})}`;

  return (
    <>
      <h1 className="font-serif text-3xl font-bold">Recommendations explorer</h1>
      <p className="mt-2 max-w-3xl text-slate-700 dark:text-slate-300">
        All {all.length} recommendation passages of the 28 agency chapters. Filters combine, and the address of this page always
        reflects them, so any view can be shared.
      </p>
      <FilterNotice show={!parsed.success} />
      <form method="get" action="/recommendations" className="no-print mt-6 grid gap-4 rounded-lg border border-slate-200 p-4 sm:grid-cols-2 lg:grid-cols-4 dark:border-slate-800" aria-label="Filter recommendations">
        <SelectFilter
          name="agency"
          label="Agency"
          value={chosen.agency?.[0]}
          options={corpus.agencies.map((a) => ({ value: a.slug, label: a.acronym ?? a.title }))}
        />
        <SelectFilter name="theme" label="Theme" value={chosen.theme?.[0]} options={themeList().map((t) => ({ value: t.slug, label: t.label }))} />
        <SelectFilter
          name="gcm"
          label="GCM objective"
          value={chosen.gcm?.[0]}
          options={gcmList().map((g) => ({ value: g.slug, label: `${g.number}. ${g.title}` }))}
        />
        <div className="flex items-end gap-3">
          <button type="submit" className="rounded bg-brand-700 px-4 py-1.5 font-semibold text-white hover:bg-brand-800">
            Apply filters
          </button>
          {active ? <Link href="/recommendations">Clear</Link> : null}
        </div>
      </form>
      <div className="mt-6" aria-live="polite">
        <p className="font-medium">
          {shown.length} of {all.length} recommendation passages{page.pages > 1 ? `, ${page.first}–${page.last} shown` : ""}
        </p>
        <ExportLinks filter={filter} count={shown.length} api={`/api/v1/recommendations${filterQuery(chosen, { limit: String(PAGE_SIZE), ...(page.page > 1 ? { offset: String((page.page - 1) * PAGE_SIZE) } : {}) })}`} />
      </div>
      <div className="mt-6">
        {shown.length === 0 ? <p>No recommendations match these filters.</p> : <BlockResults blocks={page.items} totals={countBy(shown, (b) => b.agency.slug)} />}
      </div>
      <Pager page={page} hrefFor={hrefFor} label="Pages of recommendations" />
    </>
  );
}
