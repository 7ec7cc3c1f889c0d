import type { Metadata } from "next";
import { z } from "zod";
import { InlineText } from "@/components/chapter/inline-text";
import { loadCorpus } from "@/lib/db/blocks/load-corpus";
import { permalink } from "@/lib/explore/corpus";
import { PART_LABELS } from "@/lib/book/parts";
import { PART_KINDS } from "@/lib/book/schema";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Compare agencies", description: "Two to four agencies side by side, one part at a time." };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

/** Side by side from a tablet's width up; one under the other on a phone. */
const COLUMNS: Record<number, string> = { 2: "md:grid-cols-2", 3: "md:grid-cols-3", 4: "md:grid-cols-2 xl:grid-cols-4" };
const partSchema = z.enum(PART_KINDS).catch("recommendations");

export default async function ComparePage({ searchParams }: Props) {
  const query = await searchParams;
  const raw = query.agencies;
  // One part at a time (recommendations first): the page stays readable, and ?part= makes each view shareable.
  const part = partSchema.parse(query.part);
  const requested = (Array.isArray(raw) ? raw.join(",") : (raw ?? "")).split(",").map((s) => s.trim()).filter(Boolean);
  const corpus = await loadCorpus();
  const known = new Set(corpus.agencies.map((a) => a.slug));
  const unknown = requested.filter((s) => !known.has(s));
  const picked = [...new Set(requested.filter((s) => known.has(s)))].slice(0, 4);
  const agencies = picked.map((slug) => corpus.agencies.find((a) => a.slug === slug)!);
  const ready = agencies.length >= 2;
  const hrefFor = (kind: (typeof PART_KINDS)[number]) => `/compare?agencies=${picked.join(",")}${kind === "recommendations" ? "" : `&part=${kind}`}`;

  return (
    <>
      <h1 className="font-serif text-3xl font-bold">Compare agencies</h1>
      <p className="mt-2 max-w-3xl text-slate-700 dark:text-slate-300">Choose two to four agencies to read their contributions side by side, one part at a time.</p>
      {unknown.length > 0 || requested.length > 4 ? (
        <p role="alert" className="mt-4 rounded border border-amber-400 bg-amber-50 p-3 text-sm text-slate-900">
          {unknown.length > 0 ? `Unknown agency: ${unknown.join(", ")}. ` : ""}
          {requested.length > 4 ? "At most four agencies can be compared; the first four are shown." : ""}
        </p>
      ) : null}
      {/* Once agencies are chosen, the 28 choices fold away (on a phone they fill a screen). */}
      <details open={!ready} className="no-print mt-6 rounded-lg border border-slate-200 dark:border-slate-800">
        <summary className="cursor-pointer p-4 font-medium">
          {ready ? `Comparing ${agencies.map((a) => a.acronym ?? a.title).join(", ")}: change agencies` : "Agencies to compare"}
        </summary>
      <form method="get" action="/compare" className="px-4 pb-4">
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
        {part !== "recommendations" ? <input type="hidden" name="part" value={part} /> : null}
        <button type="submit" className="mt-3 rounded bg-brand-700 px-4 py-1.5 font-semibold text-white hover:bg-brand-800">
          Compare
        </button>
      </form>
      </details>
      {ready ? (
        <>
          <nav aria-label="Part to compare" className="no-print mt-8">
            <ul className="flex flex-wrap gap-2 text-sm">
              {PART_KINDS.map((kind) => (
                <li key={kind}>
                  <a
                    href={hrefFor(kind)}
                    aria-current={kind === part ? "page" : undefined}
                    className={`inline-flex min-h-8 items-center rounded-full border px-3 ${kind === part ? "border-brand-700 bg-brand-700 font-semibold text-white no-underline dark:border-sky-300 dark:bg-sky-300 dark:text-slate-950" : "border-slate-300 no-underline hover:underline dark:border-slate-600"}`}
                  >
                    {PART_LABELS[kind]}
                  </a>
                </li>
              ))}
            </ul>
          </nav>
          <h2 className="mt-6 font-serif text-2xl font-semibold">{PART_LABELS[part]}</h2>
          {/* On a phone the columns stack: a line to jump between them. */}
          <p className="mt-1 text-sm md:hidden">
            Jump to:{" "}
            {agencies.map((a, i) => (
              <span key={a.slug}>
                {i > 0 ? " · " : ""}
                <a href={`#compare-${a.slug}`}>{a.acronym ?? a.title}</a>
              </span>
            ))}
          </p>
          <div className={`mt-4 grid gap-6 ${COLUMNS[agencies.length] ?? ""}`}>
            {agencies.map((a) => {
              const blocks = corpus.blocks.filter((b) => b.agency.slug === a.slug && b.kinds.includes(part) && b.type !== "subheading");
              const name = a.acronym ?? a.title;
              return (
                <section key={a.slug} aria-labelledby={`compare-${a.slug}`} className="min-w-0 border-t-4 border-brand-700 pt-3 dark:border-sky-300">
                  <h3 id={`compare-${a.slug}`} className="text-lg font-semibold">
                    <a href={`/agencies/${a.slug}`}>{name}</a>{" "}
                    <span className="text-sm font-normal text-slate-600 dark:text-slate-400">
                      {blocks.length} passage{blocks.length === 1 ? "" : "s"}
                    </span>
                  </h3>
                  {blocks.length === 0 ? (
                    <p className="mt-2 italic text-slate-600 dark:text-slate-400">Not reported in this chapter.</p>
                  ) : (
                    <ul className="mt-2 space-y-3 text-sm leading-relaxed">
                      {blocks.map((b) => (
                        <li key={b.id}>
                          {b.label ? <span className="psg-label">{b.label}</span> : null}
                          <InlineText text={b.text} />{" "}
                          <a href={permalink(b)} className="text-xs">
                            context<span className="sr-only"> for {name} {b.label ?? ""}</span>
                          </a>
                        </li>
                      ))}
                    </ul>
                  )}
                </section>
              );
            })}
          </div>
        </>
      ) : (
        <p className="mt-6">Select at least two agencies.</p>
      )}
    </>
  );
}
