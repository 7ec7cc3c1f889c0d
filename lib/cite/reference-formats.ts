/**
 * Citations for reference managers: CSL-JSON (the data format of Zotero, Mendeley and citeproc)
 * built from a citation target, and RIS written from it by citation-js, so the formats are the
 * library's, not hand-rolled. One passage, or any result set or filtered list.
 */
import { Cite } from "@citation-js/core";
import "@citation-js/plugin-ris";
import { BOOK, type CitationTarget } from "./format-citation";

export type CslItem = Record<string, unknown> & { id: string; type: "chapter" };

const dateParts = (d: Date) => ({ "date-parts": [[d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate()]] });

export function cslItem(t: CitationTarget, accessed: Date): CslItem {
  const chapter = t.acronym && !t.chapterTitle.includes(t.acronym) ? `${t.chapterTitle} (${t.acronym})` : t.chapterTitle;
  const where = [t.partLabel, t.itemLabel ? `item ${t.itemLabel}` : null].filter(Boolean).join(", ");
  return {
    id: `unceb2013-${t.blockId}`.replace(/[^a-z0-9-]/g, ""),
    type: "chapter",
    title: where ? `${chapter}: ${where}` : chapter,
    "container-title": BOOK.title,
    author: [{ literal: BOOK.author }],
    publisher: "United Nations",
    "publisher-place": "New York",
    issued: { "date-parts": [[BOOK.year]] },
    "chapter-number": String(t.chapterNumber),
    ...(t.firstPage !== null ? { page: t.lastPage !== null && t.lastPage !== t.firstPage ? `${t.firstPage}-${t.lastPage}` : String(t.firstPage) } : {}),
    URL: t.url,
    accessed: dateParts(accessed),
    note: BOOK.note,
    language: "en",
  };
}

export function toCslJson(items: CslItem[]): string {
  return `${JSON.stringify(items, null, 2)}\n`;
}

/**
 * RIS from citation-js, with one change: it folds values every 70 characters, mid-word, and readers
 * (citation-js itself, Zotero) join the pieces with a space ("Recomme ndations"). Our values never hold
 * a line break, so every line that does not start with a tag is put back on the line before it.
 */
export function toRis(items: CslItem[]): string {
  if (items.length === 0) return "";
  const ris = String(new Cite(items).format("ris"));
  return `${ris.replace(/\r?\n(?![A-Z][A-Z0-9] {2}- |\r?\n|$)/g, "")}\n`;
}
