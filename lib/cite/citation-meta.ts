/**
 * What reference managers and search engines read from a page: Highwire Press `citation_*`
 * tags (Zotero's and Google Scholar's translators), Dublin Core, and schema.org JSON-LD
 * (a Chapter that is part of the Book). Pure: the caller gives the chapter and the page's address.
 */
import { BOOK } from "./format-citation";

export type CitedChapter = { number: number; title: string; acronym: string | null; firstPage: number | null; lastPage: number | null; url: string; passage?: { label: string | null; part: string | null } };

const PUBLISHER = "United Nations";

/** The tags, as Next.js `metadata.other` (name → content). */
export function citationTags(c: CitedChapter): Record<string, string> {
  const title = c.acronym && !c.title.includes(c.acronym) ? `${c.title} (${c.acronym})` : c.title;
  const tags: Record<string, string> = {
    citation_title: c.passage ? `${title}: ${[c.passage.part, c.passage.label].filter(Boolean).join(" ")}` : title,
    citation_inbook_title: BOOK.title,
    citation_book_title: BOOK.title,
    citation_author: BOOK.author,
    citation_publisher: PUBLISHER,
    citation_publication_date: String(BOOK.year),
    citation_date: String(BOOK.year),
    citation_language: "en",
    citation_public_url: c.url,
    citation_abstract_html_url: c.url,
    "DC.title": title,
    "DC.creator": BOOK.author,
    "DC.publisher": PUBLISHER,
    "DC.date": String(BOOK.year),
    "DC.type": "Text",
    "DC.format": "text/html",
    "DC.language": "en",
    "DC.identifier": c.url,
    "DC.relation.ispartof": BOOK.title,
  };
  if (c.firstPage !== null) tags.citation_firstpage = String(c.firstPage);
  if (c.lastPage !== null) tags.citation_lastpage = String(c.lastPage);
  return tags;
}

/** schema.org JSON-LD: the chapter, part of the book. */
export function chapterJsonLd(c: CitedChapter): Record<string, unknown> {
  const author = { "@type": "Organization", name: BOOK.author };
  return {
    "@context": "https://schema.org",
    "@type": "Chapter",
    name: c.title,
    ...(c.acronym ? { alternateName: c.acronym } : {}),
    position: c.number,
    ...(c.firstPage !== null ? { pageStart: c.firstPage } : {}),
    ...(c.lastPage !== null ? { pageEnd: c.lastPage } : {}),
    url: c.url,
    author,
    isPartOf: { "@type": "Book", name: BOOK.title, author, publisher: { "@type": "Organization", name: PUBLISHER }, datePublished: String(BOOK.year), inLanguage: "en" },
  };
}
