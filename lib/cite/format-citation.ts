/**
 * Ready-made citations for a block: plain text and BibTeX. Pure; the access date is
 * passed in so the same function serves the page (today) and tests (a fixed date).
 */
export const BOOK = {
  title: "International Migration and Development: Contributions and Recommendations of the International System",
  author: "United Nations System Chief Executives Board for Coordination",
  year: 2013,
  note: "Coordinated by UNFPA and IOM",
} as const;

export type CitationTarget = {
  chapterNumber: number;
  chapterTitle: string;
  acronym: string | null;
  partLabel: string | null;
  itemLabel: string | null;
  firstPage: number | null;
  lastPage: number | null;
  url: string;
  blockId: string;
};

function pages(t: CitationTarget, dash: string): string | null {
  if (t.firstPage === null) return null;
  return t.lastPage !== null && t.lastPage !== t.firstPage ? `${t.firstPage}${dash}${t.lastPage}` : String(t.firstPage);
}

function formatDate(date: Date): string {
  return new Intl.DateTimeFormat("en-GB", { day: "numeric", month: "long", year: "numeric", timeZone: "UTC" }).format(date);
}

export function plainCitation(t: CitationTarget, accessed: Date): string {
  const chapter = t.acronym && !t.chapterTitle.includes(t.acronym) ? `${t.chapterTitle} (${t.acronym})` : t.chapterTitle;
  const where = [
    `chapter ${t.chapterNumber}`,
    t.partLabel,
    t.itemLabel ? `item ${t.itemLabel}` : null,
    pages(t, "–") ? `pp. ${pages(t, "–")}` : null,
  ].filter(Boolean);
  return `${BOOK.author} (${BOOK.year}). "${chapter}", ${where.join(", ")}. In ${BOOK.title}. ${BOOK.note}. Available at ${t.url} (accessed ${formatDate(accessed)}).`;
}

const bibtexEscape = (text: string) => text.replace(/([{}%&$#_])/g, "\\$1");

export function bibtexCitation(t: CitationTarget, accessed: Date): string {
  const key = `unceb2013-${t.blockId}`.replace(/[^a-z0-9-]/g, "");
  const note = [t.partLabel, t.itemLabel ? `item ${t.itemLabel}` : null].filter(Boolean).join(", ");
  const fields: [string, string][] = [
    ["author", `{${BOOK.author}}`],
    ["title", t.acronym && !t.chapterTitle.includes(t.acronym) ? `${t.chapterTitle} (${t.acronym})` : t.chapterTitle],
    ["booktitle", BOOK.title],
    ["year", String(BOOK.year)],
    ["chapter", String(t.chapterNumber)],
    ...(pages(t, "--") ? ([["pages", pages(t, "--")!]] as [string, string][]) : []),
    ...(note ? ([["note", note]] as [string, string][]) : []),
    ["url", t.url],
    ["urldate", accessed.toISOString().slice(0, 10)],
  ];
  const body = fields.map(([k, v]) => `  ${k} = {${k === "url" ? v : bibtexEscape(v)}}`).join(",\n");
  return `@incollection{${key},\n${body}\n}`;
}
