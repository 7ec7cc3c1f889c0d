import type { Metadata } from "next";
import Link from "next/link";
import { InlineText } from "@/components/chapter/inline-text";
import { loadCorpus } from "@/lib/db/blocks/load-corpus";
import { getDb } from "@/lib/db/client";
import { permalink } from "@/lib/explore/corpus";
import { PART_LABELS } from "@/lib/ingest/headings";
import { PART_KINDS } from "@/lib/ingest/schema";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Compare agencies", description: "Two to four agencies side by side, part by part." };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function ComparePage({ searchParams }: Props) {
  const raw = (await searchParams).agencies;
  const requested = (Array.isArray(raw) ? raw.join(",") : (raw ?? "")).split(",").map((s) => s.trim()).filter(Boolean);
  const corpus = await loadCorpus({ db: getDb() });
  const known = new Set(corpus.agencies.map((a) => a.slug));
  const unknown = requested.filter((s) => !known.has(s));
  const picked = [...new Set(requested.filter((s) => known.has(s)))].slice(0, 4);
  const agencies = picked.map((slug) => corpus.agencies.find((a) => a.slug === slug)!);
  const ready = agencies.length >= 2;

  return (
    <>
      <h1 className="font-serif text-3xl font-bold">Compare agencies</h1>
      <p className="mt-2 max-w-3xl text-slate-700 dark:text-slate-300">Choose two to four agencies to read their contributions side by side, part by part.</p>
      {unknown.length > 0 || requested.length > 4 ? (
        <p role="alert" className="mt-4 rounded border border-amber-400 bg-amber-50 p-3 text-sm text-slate-900">
          {unknown.length > 0 ? `Unknown agency: ${unknown.join(", ")}. ` : ""}
          {requested.length > 4 ? "At most four agencies can be compared; the first four are shown." : ""}
        </p>
      ) : null}
      <form method="get" action="/compare" className="no-print mt-6 rounded-lg border border-slate-200 p-4 dark:border-slate-800">
        <fieldset>
          <legend className="font-medium">Agencies to compare (two to four)</legend>
          <div className="mt-2 grid grid-cols-2 gap-1 text-sm sm:grid-cols-4 lg:grid-cols-7">
            {corpus.agencies.map((a) => (
              <label key={a.slug} className="flex items-center gap-2">
                <input type="checkbox" name="agencies" value={a.slug} defaultChecked={picked.includes(a.slug)} />
                {a.acronym ?? a.title}
              </label>
            ))}
          </div>
        </fieldset>
        <button type="submit" className="mt-3 rounded bg-brand-700 px-4 py-1.5 font-semibold text-white hover:bg-brand-800">
          Compare
        </button>
      </form>
      {ready ? (
        <div className="mt-8 overflow-x-auto" role="region" aria-label="Comparison" tabIndex={0}>
          <table className="w-full min-w-[48rem] table-fixed border-collapse text-sm">
            <caption className="sr-only">Passages of {agencies.map((a) => a.acronym ?? a.title).join(", ")} by part</caption>
            <thead>
              <tr>
                <th scope="col" className="w-32 p-2 text-left">
                  Part
                </th>
                {agencies.map((a) => (
                  <th key={a.slug} scope="col" className="p-2 text-left">
                    <Link href={`/agencies/${a.slug}`}>{a.acronym ?? a.title}</Link>
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {PART_KINDS.map((kind) => (
                <tr key={kind} className="border-t border-slate-300 align-top dark:border-slate-700">
                  <th scope="row" className="p-2 text-left font-semibold">
                    {PART_LABELS[kind]}
                  </th>
                  {agencies.map((a) => {
                    const blocks = corpus.blocks.filter((b) => b.agency.slug === a.slug && b.kinds.includes(kind) && b.type !== "subheading");
                    return (
                      <td key={a.slug} className="p-2">
                        {blocks.length === 0 ? (
                          <p className="italic text-slate-600 dark:text-slate-400">Not reported in this chapter.</p>
                        ) : (
                          <ul className="space-y-2">
                            {blocks.map((b) => (
                              <li key={b.id}>
                                {b.label ? <span className="font-semibold">{b.label} </span> : null}
                                <InlineText text={b.text} />{" "}
                                <Link href={permalink(b)} prefetch={false} className="text-xs">
                                  context<span className="sr-only"> for {a.acronym ?? a.title} {b.label ?? ""}</span>
                                </Link>
                              </li>
                            ))}
                          </ul>
                        )}
                      </td>
                    );
                  })}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : (
        <p className="mt-6">Select at least two agencies.</p>
      )}
    </>
  );
}
