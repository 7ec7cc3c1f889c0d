import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { citationTags } from "@/lib/cite/citation-meta";
import { citationTarget, passagePath } from "@/lib/cite/citation-target";
import { bibtexCitation, plainCitation } from "@/lib/cite/format-citation";
import { getBlockContext } from "@/lib/db/blocks/get-block-context";
import { env } from "@/lib/env";
import { blockPartLabel, permalink } from "@/lib/explore/corpus";
import { getSearchEngine } from "@/lib/search/get-search-engine";

export const dynamic = "force-dynamic";
export async function generateMetadata({ params }: { params: Promise<{ blockId: string }> }): Promise<Metadata> {
  const { blockId } = await params;
  const block = /^[a-z0-9-]{1,120}$/.test(blockId) ? await getBlockContext({ id: blockId }) : null;
  if (!block) return { title: "Cite a passage", robots: { index: false } };
  const target = citationTarget(block, env.SITE_URL);
  return {
    title: "Cite a passage",
    robots: { index: false },
    // The passage as a reference manager reads it (Highwire Press and Dublin Core), pointing at its permalink.
    other: citationTags({ number: target.chapterNumber, title: target.chapterTitle, acronym: target.acronym, firstPage: target.firstPage, lastPage: target.lastPage, url: target.url, passage: { part: target.partLabel, label: target.itemLabel } }),
  };
}

export default async function CitePage({ params }: { params: Promise<{ blockId: string }> }) {
  const { blockId } = await params;
  if (!/^[a-z0-9-]{1,120}$/.test(blockId)) notFound();
  const block = await getBlockContext({ id: blockId });
  if (!block) notFound();
  const path = passagePath(block);
  const target = citationTarget(block, env.SITE_URL);
  const now = new Date();
  const similar = (await getSearchEngine()).engine.similar(block.id, 5) ?? [];
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
      <h2 className="mt-6 text-lg font-semibold">For reference managers</h2>
      <p className="mt-1 text-sm">
        <a href={`/api/v1/cite/${block.id}?format=ris`} download>
          RIS
        </a>{" "}
        (Zotero, EndNote, Mendeley) ·{" "}
        <a href={`/api/v1/cite/${block.id}?format=csl-json`} download>
          CSL-JSON
        </a>
        . Zotero&apos;s browser connector also reads this page and the passage&apos;s profile directly.
      </p>
      <section aria-labelledby="similar" className="mt-8">
        <h2 id="similar" className="text-lg font-semibold">
          Similar passages from other agencies
        </h2>
        <p className="mt-1 text-sm text-slate-600 dark:text-slate-400">
          The closest recommendations, good practices, challenges and gaps elsewhere in the book, by the distinctive words they share (
          <a href={`/api/v1/passages/${block.id}/similar`}>as JSON</a>).
        </p>
        {similar.length === 0 ? (
          <p className="mt-2">No other agency&apos;s passage is close to this one.</p>
        ) : (
          <ol className="mt-3 space-y-3">
            {similar.map((s) => (
              <li key={s.block.id} className="rounded-md border border-slate-200 p-3 dark:border-slate-800">
                <p className="text-xs font-medium text-slate-600 dark:text-slate-400">
                  {s.block.agency.acronym ?? s.block.agency.title} · {blockPartLabel(s.block)}
                  {s.block.label ? ` · ${s.block.label}` : ""} · shares: {s.shared.join(", ")}
                </p>
                <p className="mt-1 leading-relaxed">{s.block.text.replace(/\*/g, "").slice(0, 400)}{s.block.text.length > 400 ? " …" : ""}</p>
                <p className="mt-1 text-xs">
                  <a href={permalink(s.block)}>
                    Go to passage<span className="sr-only">: {s.block.agency.acronym ?? s.block.agency.title} {s.block.label ?? blockPartLabel(s.block)}</span>
                  </a>
                </p>
              </li>
            ))}
          </ol>
        )}
      </section>
    </div>
  );
}
