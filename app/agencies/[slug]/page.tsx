import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { BlockList } from "@/components/chapter/block-list";
import { FootnoteList } from "@/components/chapter/footnote-list";
import { PartNav } from "@/components/chapter/part-nav";
import { categoryLabels } from "@/lib/content/categories";
import { getAgencyProfile } from "@/lib/db/chapters/get-agency-profile";
import { getDb } from "@/lib/db/client";
import { PART_LABELS } from "@/lib/ingest/headings";
import { PART_KINDS } from "@/lib/ingest/schema";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ slug: string }> };

async function load(slug: string) {
  if (!/^[a-z0-9-]{1,64}$/.test(slug)) return null;
  return getAgencyProfile({ db: getDb(), slug });
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const profile = await load((await params).slug);
  if (!profile) return { title: "Agency not found" };
  const { chapter } = profile;
  const name = chapter.acronym ? `${chapter.title} (${chapter.acronym})` : chapter.title;
  return {
    title: chapter.acronym ?? chapter.title,
    description: `Chapter ${chapter.number}: ${name} — migration and development activities, GFMD support, good practices, challenges, gaps and recommendations (2013).`,
  };
}

export default async function AgencyPage({ params }: Props) {
  const profile = await load((await params).slug);
  if (!profile) notFound();
  const { chapter, meta, previous, next } = profile;
  const category = meta.category ? categoryLabels().get(meta.category)?.label : undefined;
  const allBlocks = [...chapter.intro, ...chapter.sections.flatMap((s) => s.blocks)];
  const anchorOf = (kind: (typeof PART_KINDS)[number]) => `${chapter.slug}-part-${kind}`;

  return (
    <article className="lg:grid lg:grid-cols-[14rem_1fr] lg:gap-10">
      <PartNav
        parts={PART_KINDS.map((kind) => ({
          kind,
          label: PART_LABELS[kind],
          href: chapter.sections.some((s) => s.kinds.includes(kind)) ? `#${anchorOf(kind)}` : null,
        }))}
      />
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

        <section aria-label="Introduction" className="mb-10">
          <BlockList blocks={chapter.intro} slug={chapter.slug} headingLevel={2} />
        </section>

        {PART_KINDS.map((kind) => {
          const section = chapter.sections.find((s) => s.kinds[0] === kind);
          const mergedInto = chapter.sections.find((s) => s.kinds.includes(kind) && s.kinds[0] !== kind);
          if (mergedInto) return null;
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
              <BlockList blocks={section.blocks} slug={chapter.slug} headingLevel={3} />
            </section>
          );
        })}

        <FootnoteList slug={chapter.slug} footnotes={chapter.footnotes} blocks={allBlocks} />

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
    </article>
  );
}
