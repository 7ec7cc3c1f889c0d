import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { BlockList, type BlockExtras } from "@/components/chapter/block-list";
import { FootnoteList } from "@/components/chapter/footnote-list";
import { PartNav } from "@/components/chapter/part-nav";
import { RelatedAgencies } from "@/components/chapter/related-agencies";
import { EditNotice } from "@/components/chapter/edit-notice";
import { CiteController } from "@/components/cite/cite-controller";
import { chapterJsonLd, citationTags } from "@/lib/cite/citation-meta";
import { agencyAliases, categoryLabels, themeLabel } from "@/lib/book/content/labels";
import { loadCorpus } from "@/lib/db/blocks/load-corpus";
import { getAgencyProfile } from "@/lib/db/chapters/get-agency-profile";
import { listGlossary } from "@/lib/db/glossary/list-glossary";
import { env } from "@/lib/env";
import { relatedAgencies } from "@/lib/explore/related-agencies";
import { PART_LABELS } from "@/lib/book/parts";
import { PART_KINDS } from "@/lib/book/schema";

// Rendered once per content version by the page cache (lib/server/page-cache.ts) and per request for a
// signed-in editor; the data behind it is cached per content version (lib/db/chapters/get-agency-profile.ts).
export const dynamic = "force-dynamic";

type Props = { params: Promise<{ slug: string }> };

async function load(slug: string) {
  if (!/^[a-z0-9-]{1,64}$/.test(slug)) return null;
  return getAgencyProfile({ slug });
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const profile = await load((await params).slug);
  if (!profile) return { title: "Agency not found" };
  const { chapter, meta } = profile;
  const name = chapter.acronym ? `${chapter.title} (${chapter.acronym})` : chapter.title;
  const url = new URL(`/agencies/${chapter.slug}`, env.SITE_URL).toString();
  const description = `Chapter ${chapter.number}: ${name} — migration and development activities, GFMD support, good practices, challenges, gaps and recommendations (2013).`;
  return {
    title: chapter.acronym ?? chapter.title,
    description,
    alternates: { canonical: `/agencies/${chapter.slug}`, types: { "application/atom+xml": [{ url: `/agencies/${chapter.slug}/feed.xml`, title: `${chapter.acronym ?? chapter.title}: changes` }] } },
    openGraph: { title: name, description, type: "article", url: `/agencies/${chapter.slug}` },
    // Zotero, Google Scholar and other reference tools read these (Highwire Press and Dublin Core).
    other: citationTags({ number: chapter.number, title: chapter.title, acronym: chapter.acronym, firstPage: meta.firstPage, lastPage: meta.lastPage, url }),
  };
}

export default async function AgencyPage({ params }: Props) {
  const slug = (await params).slug;
  const [profile, corpus, glossaryRows] = await Promise.all([load(slug), loadCorpus(), listGlossary()]);
  if (!profile) notFound();
  const { chapter, meta, previous, next, edits } = profile;
  const category = meta.category ? categoryLabels().get(meta.category)?.label : undefined;
  const allBlocks = [...chapter.intro, ...chapter.sections.flatMap((s) => s.blocks)];
  const changedIn = (blocks: typeof allBlocks) => blocks.filter((b) => b.id in edits.originals).map((b) => ({ key: b.id, label: b.label, original: edits.originals[b.id]! }));
  const anchorOf = (kind: (typeof PART_KINDS)[number]) => `${chapter.slug}-part-${kind}`;

  const own = corpus.blocks.filter((b) => b.agency.slug === chapter.slug);
  const extras: BlockExtras = {
    themes: new Map(own.map((b) => [b.id, b.themes.map((t) => ({ slug: t, label: themeLabel(t) }))])),
    glossary: new Map(glossaryRows.map((g) => [g.term, g.expansion])),
  };
  const aliases = agencyAliases();
  const related = relatedAgencies(
    chapter.slug,
    corpus.blocks,
    corpus.agencies.map((a) => ({ ...a, aliases: aliases.get(a.slug) ?? [] })),
  );

  const parts = PART_KINDS.map((kind) => ({
    kind,
    label: PART_LABELS[kind],
    href: chapter.sections.some((s) => s.kinds.includes(kind)) ? `#${anchorOf(kind)}` : null,
  }));
  const jsonLd = chapterJsonLd({ number: chapter.number, title: chapter.title, acronym: chapter.acronym, firstPage: meta.firstPage, lastPage: meta.lastPage, url: new URL(`/agencies/${chapter.slug}`, env.SITE_URL).toString() });
  return (
    <article className="lg:grid lg:grid-cols-[14rem_1fr] lg:gap-10 print:block">
      {/* A data block, never run (CSP does not apply to it). */}
      <script type="application/ld+json" dangerouslySetInnerHTML={{ __html: JSON.stringify(jsonLd).replace(/</g, "\\u003c") }} />
      <PartNav parts={parts} variant="sidebar" />
      <div className="min-w-0">
        <header className="mb-8">
          <p className="text-sm font-medium uppercase tracking-wide text-slate-600 dark:text-slate-400">
            Chapter {chapter.number}
            {category ? ` · ${category}` : ""}
            {meta.firstPage ? ` · pp. ${meta.firstPage}–${meta.lastPage ?? ""}` : ""}
          </p>
          <h1 className="mt-1 font-serif text-3xl font-bold leading-tight sm:text-4xl">{chapter.title}</h1>
          {chapter.acronym ? <p className="mt-1 text-lg text-slate-700 dark:text-slate-300">{chapter.acronym}</p> : null}
        </header>
        <PartNav parts={parts} variant="inline" />

        <section aria-label="Introduction" className="mb-10">
          <EditNotice updated={edits.parts.intro} changed={changedIn(chapter.intro)} />
          <BlockList blocks={chapter.intro} slug={chapter.slug} headingLevel={2} extras={extras} partLabel="Introduction" />
        </section>

        {PART_KINDS.map((kind) => {
          const section = chapter.sections.find((s) => s.kinds[0] === kind);
          if (chapter.sections.some((s) => s.kinds.includes(kind) && s.kinds[0] !== kind)) return null;
          if (!section) {
            return (
              <section key={kind} aria-labelledby={anchorOf(kind)} className="mb-10">
                <h2 id={anchorOf(kind)} className="font-serif text-2xl font-semibold">
                  {PART_LABELS[kind]}
                </h2>
                <p className="mt-2 italic text-slate-600 dark:text-slate-400">Not reported in this chapter.</p>
              </section>
            );
          }
          const partIds = section.kinds.map(anchorOf);
          return (
            <section key={kind} aria-labelledby={partIds[0]} className="mb-10">
              {partIds.slice(1).map((id) => (
                <span key={id} id={id} />
              ))}
              <h2 id={partIds[0]} className="font-serif text-2xl font-semibold">
                {section.kinds.map((k) => PART_LABELS[k]).join(" and ")}
              </h2>
              <p className="mb-4 mt-1 text-sm text-slate-600 dark:text-slate-400">As printed: “{section.heading}”</p>
              <EditNotice updated={edits.parts[kind]} changed={changedIn(section.blocks)} />
              <BlockList
                blocks={section.blocks}
                slug={chapter.slug}
                headingLevel={3}
                extras={extras}
                partLabel={section.kinds.map((k) => PART_LABELS[k]).join(" and ")}
              />
            </section>
          );
        })}

        <FootnoteList slug={chapter.slug} footnotes={chapter.footnotes} blocks={allBlocks} />
        <EditNotice
          what="list of notes"
          updated={edits.parts.footnotes}
          changed={Object.entries(edits.noteOriginals).map(([position, original]) => {
            const number = chapter.footnotes[Number(position)]?.number;
            return { key: `note-${position}`, label: number ? `Note ${number}:` : "Note:", original };
          })}
        />
        <RelatedAgencies related={related} />

        <nav aria-label="Chapters" className="no-print mt-12 flex justify-between gap-4 border-t border-slate-200 pt-6 text-sm dark:border-slate-800">
          {previous ? (
            <Link href={`/agencies/${previous.slug}`} rel="prev">
              ← Chapter {previous.number}: {previous.acronym ?? previous.title}
            </Link>
          ) : (
            <span />
          )}
          {next ? (
            <Link href={`/agencies/${next.slug}`} rel="next">
              Chapter {next.number}: {next.acronym ?? next.title} →
            </Link>
          ) : null}
        </nav>
      </div>
      <CiteController
        chapter={{ slug: chapter.slug, siteUrl: env.SITE_URL, chapterNumber: chapter.number, chapterTitle: chapter.title, acronym: chapter.acronym, firstPage: meta.firstPage, lastPage: meta.lastPage }}
      />
    </article>
  );
}
