"use client";

/**
 * Opens a citation dialog for any "Cite" link on the page (event delegation, so the
 * passages themselves stay server-rendered and carry no script): the passage's permalink,
 * plain and BibTeX citations, RIS and CSL-JSON downloads, and its similar passages. The link
 * names the passage (data-cite), its list the part (data-part) and the passage's label the item
 * (components/chapter/block-list.tsx). Without JavaScript the
 * links lead to the /cite/<id> page instead.
 */
import { useEffect, useRef, useState } from "react";
import { CopyButton } from "@/components/common/copy-button";
import { bibtexCitation, plainCitation, type CitationTarget } from "@/lib/cite/format-citation";

/** `siteUrl`: the portal's address (SITE_URL), so the dialog, /cite/<id>, exports and the sitemap cite one URL. */
export type CiteChapter = Omit<CitationTarget, "partLabel" | "itemLabel" | "url" | "blockId"> & { slug: string; siteUrl: string };

function CopyField({ label, value }: { label: string; value: string }) {
  const id = `cite-${label.toLowerCase().replace(/\W+/g, "-")}`;
  return (
    <div className="mt-4">
      <div className="flex items-center justify-between">
        <label htmlFor={id} className="text-sm font-semibold">
          {label}
        </label>
        <CopyButton value={value} label={`Copy ${label.toLowerCase()}`} announce={`${label} citation copied`} />
      </div>
      <textarea
        id={id}
        readOnly
        value={value}
        rows={label === "BibTeX" ? 9 : label === "Link" ? 2 : 5}
        className="mt-1 w-full rounded border border-slate-300 bg-slate-50 p-2 font-mono text-xs dark:border-slate-700 dark:bg-slate-900"
      />
    </div>
  );
}

export function CiteController({ chapter }: { chapter: CiteChapter }) {
  const dialog = useRef<HTMLDialogElement>(null);
  const [target, setTarget] = useState<CitationTarget | null>(null);
  const [accessed] = useState(() => new Date());

  useEffect(() => {
    const onClick = (event: MouseEvent) => {
      const link = (event.target as Element | null)?.closest<HTMLAnchorElement>("a[data-cite]");
      const blockId = link?.dataset.cite;
      if (!link || !blockId || event.metaKey || event.ctrlKey || event.shiftKey) return;
      event.preventDefault();
      const { slug, siteUrl, ...rest } = chapter;
      const url = new URL(`/agencies/${slug}#${blockId}`, siteUrl).toString();
      const partLabel = link.closest<HTMLElement>("[data-part]")?.dataset.part ?? null;
      const itemLabel = link.closest(".psg")?.querySelector(":scope > .psg-label")?.textContent ?? null;
      setTarget({ ...rest, partLabel, itemLabel, blockId, url });
      dialog.current?.showModal();
    };
    document.addEventListener("click", onClick);
    return () => document.removeEventListener("click", onClick);
  }, [chapter]);

  return (
    <dialog
      ref={dialog}
      aria-labelledby="cite-title"
      className="m-auto w-[min(40rem,calc(100vw-2rem))] rounded-lg bg-white p-6 text-slate-900 shadow-xl backdrop:bg-slate-900/50 dark:bg-slate-900 dark:text-slate-100"
      onClose={() => setTarget(null)}
    >
      {target ? (
        <>
          <h2 id="cite-title" className="text-xl font-semibold">
            Cite {[target.partLabel, target.itemLabel ? `item ${target.itemLabel}` : target.partLabel ? "passage" : "this passage"].filter(Boolean).join(" ")}
          </h2>
          <CopyField label="Link" value={target.url} />
          <CopyField label="Plain text" value={plainCitation(target, accessed)} />
          <CopyField label="BibTeX" value={bibtexCitation(target, accessed)} />
          <p className="mt-4 flex flex-wrap gap-x-4 gap-y-1 text-sm">
            <a href={`/api/v1/cite/${target.blockId}?format=ris`} download>
              Download RIS
            </a>
            <a href={`/api/v1/cite/${target.blockId}?format=csl-json`} download>
              Download CSL-JSON
            </a>
            <a href={`/cite/${target.blockId}#similar`}>Similar passages from other agencies</a>
          </p>
          <form method="dialog" className="mt-4 text-right">
            <button type="submit" className="rounded bg-brand-700 px-4 py-2 font-semibold text-white">
              Close
            </button>
          </form>
        </>
      ) : null}
    </dialog>
  );
}
