import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { bibtexCitation, plainCitation } from "@/lib/cite/format-citation";
import { getBlockContext } from "@/lib/db/blocks/get-block-context";
import { getDb } from "@/lib/db/client";
import { env } from "@/lib/env";
import { PART_LABELS } from "@/lib/ingest/headings";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Cite a passage", robots: { index: false } };

export default async function CitePage({ params }: { params: Promise<{ blockId: string }> }) {
  const { blockId } = await params;
  if (!/^[a-z0-9-]{1,120}$/.test(blockId)) notFound();
  const block = await getBlockContext({ db: getDb(), id: blockId });
  if (!block) notFound();
  const path = block.chapter.kind === "overview" ? `/overview#${block.id}` : `/agencies/${block.chapter.slug}#${block.id}`;
  const target = {
    chapterNumber: block.chapter.number,
    chapterTitle: block.chapter.title,
    acronym: block.chapter.acronym,
    partLabel: block.kinds.length > 0 ? block.kinds.map((k) => PART_LABELS[k]).join(" and ") : null,
    itemLabel: block.label,
    firstPage: block.chapter.firstPage,
    lastPage: block.chapter.lastPage,
    url: new URL(path, env.SITE_URL).toString(),
    blockId: block.id,
  };
  const now = new Date();
  return (
    <div className="max-w-3xl">
      <h1 className="font-serif text-3xl font-bold">Cite this passage</h1>
      <blockquote className="mt-4 border-l-4 border-slate-300 pl-4 text-slate-700 dark:text-slate-300">{block.text.replace(/\*/g, "")}</blockquote>
      <p className="mt-2 text-sm">
        <Link href={path}>Back to the passage</Link>
      </p>
      <h2 className="mt-6 text-lg font-semibold">Plain text</h2>
      <pre className="mt-1 whitespace-pre-wrap rounded bg-slate-50 p-3 text-sm dark:bg-slate-900">{plainCitation(target, now)}</pre>
      <h2 className="mt-6 text-lg font-semibold">BibTeX</h2>
      <pre tabIndex={0} aria-label="BibTeX citation" className="mt-1 overflow-x-auto rounded bg-slate-50 p-3 text-sm dark:bg-slate-900">{bibtexCitation(target, now)}</pre>
    </div>
  );
}
