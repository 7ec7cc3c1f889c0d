import type { Metadata } from "next";
import Link from "next/link";
import { Heatmap } from "@/components/explore/heatmap";
import { gcmList, themeList } from "@/lib/content/labels";
import { loadCorpus } from "@/lib/db/blocks/load-corpus";
import { getDb } from "@/lib/db/client";
import { countByAgencyAndTag } from "@/lib/explore/filter-blocks";

export const dynamic = "force-dynamic";
export const metadata: Metadata = {
  title: "Themes",
  description: "Twenty topical themes and the 23 objectives of the Global Compact for Migration across the 28 agencies' contributions.",
};

export default async function ThemesPage() {
  const corpus = await loadCorpus({ db: getDb() });
  const themes = themeList();
  const gcm = gcmList();
  const byTheme = countByAgencyAndTag(corpus.blocks, "theme");
  const byGcm = countByAgencyAndTag(corpus.blocks, "gcm");
  const total = (tag: string, vocabulary: "theme" | "gcm") =>
    corpus.blocks.filter((b) => b.type !== "subheading" && (vocabulary === "theme" ? b.themes : b.gcm).includes(tag)).length;

  return (
    <>
      <h1 className="font-serif text-3xl font-bold">Themes</h1>
      <p className="mt-2 max-w-3xl text-slate-700 dark:text-slate-300">
        Every passage is tagged by transparent rules (the terms are listed on each theme page). Pick a theme to see its passages by
        agency and part, or read the map below: each cell counts one agency's passages on one theme.
      </p>
      <section aria-labelledby="topical" className="mt-8">
        <h2 id="topical" className="text-xl font-semibold">
          Topical themes
        </h2>
        <ul className="mt-3 grid gap-2 sm:grid-cols-2 lg:grid-cols-3">
          {themes.map((t) => (
            <li key={t.slug}>
              <Link href={`/themes/${t.slug}`}>{t.label}</Link> <span className="text-sm text-slate-600 dark:text-slate-400">({total(t.slug, "theme")})</span>
            </li>
          ))}
        </ul>
      </section>
      <section aria-labelledby="heatmap" className="mt-10">
        <h2 id="heatmap" className="mb-2 text-xl font-semibold">
          Agencies × themes
        </h2>
        <Heatmap
          caption="Number of passages per theme (rows) and agency (columns); select a number to read them."
          rows={themes.map((t) => ({ slug: t.slug, label: t.label, href: `/themes/${t.slug}` }))}
          agencies={corpus.agencies}
          counts={byTheme}
          cellHref={(theme, agency) => `/themes/${theme}?agency=${agency}`}
        />
      </section>
      <section aria-labelledby="gcm" className="mt-10">
        <h2 id="gcm" className="text-xl font-semibold">
          Global Compact for Migration objectives (2018)
        </h2>
        <p className="mt-1 max-w-3xl text-sm text-slate-600 dark:text-slate-400">
          The 2013 contributions read against today&apos;s framework: the 23 objectives of the Global Compact for Safe, Orderly and Regular Migration.
        </p>
        <ol className="mt-3 grid gap-2 sm:grid-cols-2">
          {gcm.map((g) => (
            <li key={g.slug}>
              <Link href={`/themes/${g.slug}`}>
                {g.number}. {g.title}
              </Link>{" "}
              <span className="text-sm text-slate-600 dark:text-slate-400">({total(g.slug, "gcm")})</span>
            </li>
          ))}
        </ol>
        <div className="mt-6">
          <Heatmap
            caption="Number of passages per GCM objective (rows) and agency (columns)."
            rows={gcm.map((g) => ({ slug: g.slug, label: `${g.number}. ${g.title.split(" ").slice(0, 5).join(" ")}…`, href: `/themes/${g.slug}` }))}
            agencies={corpus.agencies}
            counts={byGcm}
            cellHref={(tag, agency) => `/themes/${tag}?agency=${agency}`}
          />
        </div>
      </section>
    </>
  );
}
