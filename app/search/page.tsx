import type { Metadata } from "next";
import { BlockResults } from "@/components/explore/block-results";
import { loadCorpus } from "@/lib/db/blocks/load-corpus";
import { getDb } from "@/lib/db/client";
import { simpleSearch } from "@/lib/explore/simple-search";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Search", description: "Search every passage of the 28 agencies' contributions." };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function SearchPage({ searchParams }: Props) {
  const raw = (await searchParams).q;
  const q = (typeof raw === "string" ? raw : "").slice(0, 500);
  const corpus = q ? await loadCorpus({ db: getDb() }) : null;
  const result = corpus ? simpleSearch(corpus.blocks, q) : null;
  return (
    <>
      <h1 className="font-serif text-3xl font-bold">Search</h1>
      <form method="get" action="/search" role="search" className="mt-4 flex max-w-2xl gap-2">
        <label htmlFor="search-q" className="sr-only">
          Search the compendium
        </label>
        <input
          id="search-q"
          name="q"
          type="search"
          defaultValue={q}
          maxLength={500}
          className="flex-1 rounded border border-slate-400 px-3 py-2 dark:border-slate-600 dark:bg-slate-900"
          placeholder="e.g. remittances rural"
        />
        <button type="submit" className="rounded bg-brand-700 px-4 py-2 font-semibold text-white hover:bg-brand-800">
          Search
        </button>
      </form>
      {result ? (
        <div className="mt-6">
          <p aria-live="polite" className="font-medium">
            {result.total === 0 ? `No passages contain all of: ${q}` : `${result.total} passages${result.total > result.hits.length ? `, showing the first ${result.hits.length}` : ""}`}
          </p>
          <div className="mt-4">
            <BlockResults blocks={result.hits} />
          </div>
        </div>
      ) : null}
    </>
  );
}
