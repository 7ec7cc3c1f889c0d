import type { Metadata } from "next";
import { gcmList, themeList } from "@/lib/book/content/labels";
import { loadCorpus } from "@/lib/db/blocks/load-corpus";
import { countByAgencyAndTag } from "@/lib/explore/filter-blocks";

export const dynamic = "force-dynamic";
export const metadata: Metadata = {
  title: "Themes",
  description: "Twenty topical themes and the 23 objectives of the Global Compact for Migration across the 28 agencies' contributions.",
};

export default async function ThemesPage() {
  const corpus = await loadCorpus();
  const themes = themeList();
  const gcm = gcmList();
  const byTheme = countByAgencyAndTag(corpus.blocks, "theme");
  const byGcm = countByAgencyAndTag(corpus.blocks, "gcm");
  const total = (tag: string, vocabulary: "theme" | "gcm") =>
    corpus.blocks.filter((b) => b.type !== "subheading" && (vocabulary === "theme" ? b.themes : b.gcm).includes(tag)).length;

  const agenciesOn = (tag: string, vocabulary: "theme" | "gcm") => [...(vocabulary === "theme" ? byTheme : byGcm).values()].filter((counts) => (counts.get(tag) ?? 0) > 0).length;

  return (
    <>
      <h1 className="font-serif text-3xl font-bold">Themes</h1>
      <p className="mt-2 max-w-3xl text-slate-700 dark:text-slate-300">
        Every passage is tagged by transparent rules (the terms are listed on each theme page). Pick a theme to see its passages by agency
        and part. The <a href="/#shape">map on the home page</a> shows which agencies speak to which themes.
      </p>
      <section aria-labelledby="topical" className="mt-8">
        <h2 id="topical" className="text-xl font-semibold">
          Topical themes
        </h2>
        <ul className="mt-3 grid gap-x-8 gap-y-4 sm:grid-cols-2 lg:grid-cols-3">
          {themes.map((t) => (
            <li key={t.slug}>
              <a href={`/themes/${t.slug}`} className="font-semibold">
                {t.label}
              </a>
              <p className="text-sm text-slate-600 dark:text-slate-400">
                {total(t.slug, "theme")} passages · {agenciesOn(t.slug, "theme")} agencies
              </p>
              <p className="mt-1 text-sm leading-snug text-slate-700 dark:text-slate-300">{t.description}</p>
            </li>
          ))}
        </ul>
      </section>
      <section aria-labelledby="gcm" className="mt-10">
        <h2 id="gcm" className="text-xl font-semibold">
          Global Compact for Migration objectives (2018)
        </h2>
        <p className="mt-1 max-w-3xl text-sm text-slate-600 dark:text-slate-400">
          The 2013 contributions read against today&apos;s framework: the 23 objectives of the Global Compact for Safe, Orderly and Regular Migration.
        </p>
        <ol className="mt-3 grid gap-x-8 gap-y-2 sm:grid-cols-2">
          {gcm.map((g) => (
            <li key={g.slug}>
              <a href={`/themes/${g.slug}`}>
                {g.number}. {g.title}
              </a>{" "}
              <span className="whitespace-nowrap text-sm text-slate-600 dark:text-slate-400">
                ({total(g.slug, "gcm")} passages, {agenciesOn(g.slug, "gcm")} agencies)
              </span>
            </li>
          ))}
        </ol>
      </section>
    </>
  );
}
