import { Heatmap } from "@/components/explore/heatmap";
import { categoryLabels, themeList } from "@/lib/book/content/labels";
import { loadCorpus } from "@/lib/db/blocks/load-corpus";
import { getOverview } from "@/lib/db/chapters/get-overview";
import { countByAgencyAndTag } from "@/lib/explore/filter-blocks";

export const dynamic = "force-dynamic";

/** The opening sentence of the overview, as a quotation: the rest is one click away. */
function firstSentence(text: string): string {
  const end = /[.!?](?=\s+[A-Z])/.exec(text);
  return end ? `${text.slice(0, end.index + 1)} …` : text;
}

export default async function HomePage() {
  const [corpus, overview] = await Promise.all([loadCorpus(), getOverview()]);
  const categories = categoryLabels();
  const themes = themeList();
  const counts = countByAgencyAndTag(corpus.blocks, "theme");
  const recommendations = corpus.blocks.filter((b) => b.part === "recommendations" && b.type !== "subheading").length;
  const opening = overview?.blocks.filter((b) => b.type === "paragraph").slice(0, 1) ?? [];

  return (
    <>
      <section aria-labelledby="intro" className="max-w-3xl">
        <h1 id="intro" className="font-serif text-3xl font-bold sm:text-4xl">
          International Migration and Development
        </h1>
        <p className="mt-2 text-lg text-slate-700 dark:text-slate-300">Contributions and Recommendations of the International System (2013)</p>
        {/* Search first: on a phone it is the first thing under the title. */}
        <form method="get" action="/search" role="search" className="mt-6 flex gap-2">
          <label htmlFor="home-q" className="sr-only">
            Search the compendium
          </label>
          <input
            id="home-q"
            name="q"
            type="search"
            maxLength={500}
            placeholder="Search, or ask a question"
            className="min-w-0 flex-1 rounded border border-slate-500 px-3 py-2 dark:border-slate-500 dark:bg-slate-900"
          />
          <button type="submit" className="rounded bg-brand-700 px-4 py-2 font-semibold text-white hover:bg-brand-800">
            Search
          </button>
        </form>
        <p className="mt-3 flex flex-wrap gap-x-6 gap-y-2">
          <a href="/recommendations">Explore all recommendations</a>
          <a href="/compare?agencies=fao,ilo,iom">Compare agencies</a>
          <a href="/themes">Browse by theme</a>
        </p>
        <p className="mt-6 leading-relaxed">
          For the 2013 UN General Assembly High-level Dialogue on International Migration and Development, the UN System Chief Executives
          Board asked UNFPA and IOM to gather what the UN system and its partners had learned since 2006. The result is this book: an
          overview and one chapter for each of {corpus.agencies.length} agencies and entities, reporting their activities, their support to
          the Global Forum on Migration and Development, good practices, challenges, gaps and {recommendations} recommendation passages.
        </p>
        {opening.map((b) => (
          <blockquote key={b.id} className="mt-4 border-l-4 border-brand-600 pl-4 text-slate-700 dark:text-slate-300">
            {firstSentence(b.text.replace(/\*/g, ""))} <a href={`/overview#${b.id}`}>Read the overview</a>
          </blockquote>
        ))}
      </section>

      <section aria-labelledby="agencies" className="mt-12">
        <h2 id="agencies" className="text-2xl font-semibold">
          The agencies
        </h2>
        <div className="mt-4 grid gap-6 md:grid-cols-2 lg:grid-cols-3">
          {[...categories.entries()].map(([slug, info]) => {
            const members = corpus.agencies.filter((a) => a.category === slug);
            if (members.length === 0) return null;
            return (
              <div key={slug}>
                <h3 className="font-semibold">{info.label}</h3>
                <ul className="mt-1 flex flex-wrap gap-x-3 gap-y-1 text-sm">
                  {members.map((a) => (
                    <li key={a.slug}>
                      <a href={`/agencies/${a.slug}`} title={a.title}>
                        {a.acronym ?? a.title}
                      </a>
                    </li>
                  ))}
                </ul>
              </div>
            );
          })}
        </div>
      </section>

      <section aria-labelledby="shape" className="mt-12">
        <h2 id="shape" className="text-2xl font-semibold">
          The book at a glance
        </h2>
        <p className="mt-1 max-w-3xl text-sm text-slate-600 dark:text-slate-400">Which agencies speak to which themes: each number counts passages and opens them.</p>
        <div className="mt-4">
          <Heatmap
            caption="Passages per theme (rows) and agency (columns)"
            rows={themes.map((t) => ({ slug: t.slug, label: t.label, href: `/themes/${t.slug}` }))}
            agencies={corpus.agencies}
            counts={counts}
            cellHref={(theme, agency) => `/themes/${theme}?agency=${agency}`}
          />
        </div>
      </section>
    </>
  );
}
