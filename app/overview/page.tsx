import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { BlockList } from "@/components/chapter/block-list";
import { FootnoteList } from "@/components/chapter/footnote-list";
import { getOverview } from "@/lib/db/chapters/get-overview";
import { listGlossary } from "@/lib/db/glossary/list-glossary";

export const dynamic = "force-dynamic";
export const metadata: Metadata = {
  title: "Overview: The international system working as one",
  description: "Chapter 1 of the compendium: how the UN system and IOM work together on migration and development.",
};

export default async function OverviewPage() {
  const [overview, glossary] = await Promise.all([getOverview(), listGlossary()]);
  if (!overview) notFound();
  return (
    <article className="max-w-3xl">
      <p className="text-sm font-medium uppercase tracking-wide text-slate-600 dark:text-slate-400">Chapter 1 · Overview</p>
      <h1 className="mt-1 font-serif text-3xl font-bold sm:text-4xl">{overview.title}</h1>
      <div className="mt-8">
        <BlockList
          blocks={overview.blocks}
          slug="overview"
          headingLevel={2}
          extras={{ themes: new Map(), glossary: new Map(glossary.map((g) => [g.term, g.expansion])) }}
        />
      </div>
      <FootnoteList slug="overview" footnotes={overview.footnotes} blocks={overview.blocks} />
    </article>
  );
}
