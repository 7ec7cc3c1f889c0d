import type { Metadata } from "next";
import Link from "next/link";
import { Fragment, Suspense } from "react";
import { ExportLinks } from "@/components/explore/export-links";
import { FilterNotice } from "@/components/explore/filter-notice";
import { SearchBox } from "@/components/search/search-box";
import { themeLabel } from "@/lib/book/content/labels";
import { loadCorpus } from "@/lib/db/blocks/load-corpus";
import { blockPartLabel, permalink } from "@/lib/explore/corpus";
import { partLabel } from "@/lib/book/parts";
import type { PartKind } from "@/lib/book/schema";
import { getSearchEngine } from "@/lib/search/get-search-engine";
import { searchPassages } from "@/lib/search/search-passages";
import type { SearchHit } from "@/lib/search/search-engine";
import { readSearchParams } from "@/lib/search/search-params";
import { snippet } from "@/lib/search/snippet";

export const dynamic = "force-dynamic";
export async function generateMetadata({ searchParams }: Props): Promise<Metadata> {
  // A saved search is an alert: its Atom feed lists the passages it finds.
  const query = new URLSearchParams(Object.entries(await searchParams).flatMap(([k, v]) => (typeof v === "string" && ["q", "agency", "part", "theme", "gcm"].includes(k) ? [[k, v]] : []))).toString();
  return {
    title: "Search",
    description: "Search every passage of the 28 agencies' contributions.",
    alternates: { types: { "application/atom+xml": [{ url: `/search/feed.xml${query ? `?${query}` : ""}`, title: "These results as a feed" }] } },
  };
}

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };
type Facet = "agency" | "part" | "theme";


const VIA_LABEL: Record<SearchHit["via"], string> = { exact: "the words", acronym: "acronym", synonym: "synonym", typo: "spelling correction", partial: "some of the words", apart: "the words apart", meaning: "meaning", keywords: "the question it answers" };

function Hit({ hit }: { hit: SearchHit }) {
  const b = hit.block;
  return (
    <li className="result">
      <p className="result-where">
        {b.agency.acronym ?? b.agency.title} · {blockPartLabel(b)}
        {b.label ? ` · ${b.label}` : ""}
        {hit.via !== "exact" ? <span className="ml-2">(matched by {VIA_LABEL[hit.via]})</span> : null}
      </p>
      {hit.why.length > 0 ? <p className="mt-0.5 text-xs text-slate-600 dark:text-slate-400">Why: {hit.why.join("; ")}</p> : null}
      <p className="mt-1 leading-relaxed">
        {snippet(b.text, hit.matched).map((s, i) => (s.mark ? <mark key={i}>{s.text}</mark> : <Fragment key={i}>{s.text}</Fragment>))}
      </p>
      <p className="mt-1 text-xs">
        {/* A full navigation, so the passage is the :target and is highlighted on arrival. */}
        <a href={permalink(b)}>
          Go to passage<span className="sr-only">: {b.agency.acronym ?? b.agency.title} {b.label ?? blockPartLabel(b)}</span>
        </a>
      </p>
    </li>
  );
}

export default async function SearchPage({ searchParams }: Props) {
  const raw = await searchParams;
  const parsed = readSearchParams(raw);
  const params = parsed.success ? parsed.data : { q: "", limit: 20, offset: 0 };
  const group = raw.group === "agency" ? "agency" : "flat";
  const [{ engine }, corpus] = await Promise.all([getSearchEngine(), loadCorpus()]);
  const agencyName = new Map(corpus.agencies.map((a) => [a.slug, a.acronym ?? a.title]));
  const filters = {
    agency: ("agency" in params && params.agency) || [],
    part: ("part" in params && params.part) || [],
    theme: ("theme" in params && params.theme) || [],
    gcm: ("gcm" in params && params.gcm) || [],
  };
  const result = params.q.trim() || filters.agency.length || filters.theme.length ? await searchPassages(engine, params.q, filters, { limit: params.limit, offset: params.offset }) : null;

  const href = (change: Record<string, string | null>) => {
    const next = new URLSearchParams();
    for (const [k, v] of Object.entries(raw)) if (typeof v === "string" && v !== "" && k !== "offset") next.set(k, v);
    for (const [k, v] of Object.entries(change)) {
      if (v === null) next.delete(k);
      else next.set(k, v);
    }
    return `/search?${next.toString()}`;
  };
  const toggle = (facet: Facet, value: string) => {
    const current = (filters[facet] as string[]).filter(Boolean);
    const nextValues = current.includes(value) ? current.filter((v) => v !== value) : [...current, value];
    return href({ [facet]: nextValues.length ? nextValues.join(",") : null });
  };
  const activeCount = filters.agency.length + filters.part.length + filters.theme.length;
  const facetLabel = (facet: Facet, value: string) =>
    facet === "part" ? partLabel(value) : facet === "theme" ? themeLabel(value) : (agencyName.get(value) ?? value);

  return (
    <>
      <h1 className="font-serif text-3xl font-bold">Search</h1>
      <div className="mt-4">
        <Suspense fallback={null}>
          <SearchBox initial={params.q} />
        </Suspense>
        <p id="search-help" className="mt-2 text-sm text-slate-600 dark:text-slate-400">
          Type keywords or a question in your own words: passages with the most of its informative words come first, everyday words also
          find the book&apos;s terms, and a question is also matched by its meaning and by the questions each passage answers.
        </p>
        <details className="mt-1 text-sm text-slate-600 dark:text-slate-400">
          <summary className="cursor-pointer">Search tips</summary>
          <p className="mt-1">
            Use &quot;quotes&quot; for an exact phrase, +word to require a word, -word to exclude one, and agency:ilo, part:recommendations or
            theme:remittances to filter; quotes and +words turn matching by meaning off. Press / to search from anywhere on this page.
          </p>
        </details>
      </div>
      <FilterNotice show={!parsed.success} message={parsed.success ? undefined : parsed.error.issues[0]?.message} />
      {result ? (
        <div className="mt-6 lg:grid lg:grid-cols-[15rem_1fr] lg:gap-8">
          {/* Results come first on a phone: the facets wait behind "Filters"; from lg up they are a column, always open (globals.css). */}
          <details className="facets no-print mb-6 text-sm">
            <summary className="inline-flex min-h-8 cursor-pointer items-center rounded border border-slate-300 px-3 font-semibold dark:border-slate-600">
              Filters{activeCount > 0 ? ` (${activeCount} on)` : ""}
            </summary>
            <aside aria-label="Refine results" className="mt-3 space-y-5 lg:mt-0">
              {(["part", "agency", "theme"] as Facet[]).map((facet) => {
                const counts = Object.entries(result.facets[facet]).sort((a, b) => b[1] - a[1]).slice(0, 12);
                if (counts.length === 0) return null;
                return (
                  <section key={facet} aria-labelledby={`facet-${facet}`}>
                    <h2 id={`facet-${facet}`} className="font-semibold capitalize">
                      {facet}
                    </h2>
                    <ul className="mt-1 space-y-0.5">
                      {counts.map(([value, count]) => {
                        const active = (filters[facet] as string[]).includes(value);
                        return (
                          <li key={value}>
                            <a href={toggle(facet, value)} aria-current={active ? "true" : undefined} className={`inline-flex min-h-6 items-center ${active ? "font-bold" : ""}`}>
                              {active ? "✓ " : ""}
                              {facetLabel(facet, value)}&nbsp;<span className="whitespace-nowrap text-slate-600 dark:text-slate-400">({count})</span>
                            </a>
                          </li>
                        );
                      })}
                    </ul>
                  </section>
                );
              })}
            </aside>
          </details>
          <div>
            <div aria-live="polite" aria-atomic="true">
              <p className="font-medium">
                {result.total === 0 ? "No passages match." : `${result.total} passage${result.total === 1 ? "" : "s"}`}
                {result.filled > 0 ? (
                  <span className="font-normal">
                    : {result.total - result.filled} with the {result.phrase ? "exact phrase" : "words"}, then{" "}
                    {[result.filledBy.apart > 0 ? `${result.filledBy.apart} with its words apart` : "", result.filledBy.meaning > 0 ? `${result.filledBy.meaning} close in meaning or answering similar questions` : ""].filter(Boolean).join(" and ")}
                  </span>
                ) : null}
              </p>
              {result.suggestion ? (
                <p className="mt-1">
                  {result.total === 0 ? "Try: " : "Showing results for "}
                  <Link href={href({ q: result.suggestion })} className="font-semibold">
                    {result.suggestion}
                  </Link>
                </p>
              ) : null}
              {result.expansions.length > 0 ? <p className="mt-1 text-sm text-slate-600 dark:text-slate-400">Also searched: {result.expansions.join("; ")}</p> : null}
            </div>
            <div className="no-print mt-3 flex flex-wrap items-center gap-4 text-sm">
              <span>
                Show:{" "}
                {group === "flat" ? <strong>list</strong> : <Link href={href({ group: null })}>list</Link>} ·{" "}
                {group === "agency" ? <strong>by agency</strong> : <Link href={href({ group: "agency" })}>by agency</Link>}
              </span>
              <ExportLinks
                filter={{ ...filters, part: filters.part as PartKind[] }}
                count={result.total}
                query={params.q}
                api={`/api/v1/search?${new URLSearchParams([...(params.q ? [["q", params.q]] : []), ...Object.entries(filters).flatMap(([k, v]) => (v.length ? [[k, v.join(",")]] : [])), ["limit", String(params.limit)], ...(params.offset ? [["offset", String(params.offset)]] : [])]).toString()}`}
              />
            </div>
            {group === "agency" ? (
              <div className="mt-4 space-y-6">
                {[...new Set(result.hits.map((h) => h.block.agency.slug))].map((slug) => {
                  const hits = result.hits.filter((h) => h.block.agency.slug === slug);
                  return (
                    <section key={slug} aria-labelledby={`hits-${slug}`}>
                      <h2 id={`hits-${slug}`} className="text-lg font-semibold">
                        {hits[0]!.block.agency.acronym ?? hits[0]!.block.agency.title}
                      </h2>
                      <ol className="mt-2 space-y-3">
                        {hits.map((h) => (
                          <Hit key={h.block.id} hit={h} />
                        ))}
                      </ol>
                    </section>
                  );
                })}
              </div>
            ) : (
              <ol className="mt-4 space-y-3">
                {result.hits.map((h) => (
                  <Hit key={h.block.id} hit={h} />
                ))}
              </ol>
            )}
            {result.total > params.offset + params.limit ? (
              <p className="mt-6">
                <Link href={href({ offset: String(params.offset + params.limit) })} className="font-semibold">
                  More results ({params.offset + params.limit + 1}–{Math.min(result.total, params.offset + 2 * params.limit)} of {result.total})
                </Link>
              </p>
            ) : null}
          </div>
        </div>
      ) : null}
    </>
  );
}
