/**
 * Atom feeds (RFC 4287) with the `feed` package: published changes (the whole book or one agency)
 * and the passages matching a search or filtered list, so a saved search becomes an alert in any
 * feed reader. Pure: the callers pass the data and the site's address.
 */
import { Feed } from "feed";
import type { PublishedChange } from "../db/editing/list-published-changes";
import { blockPartLabel, permalink, type CorpusBlock } from "../explore/corpus";
import { partLabel } from "../book/parts";

const BOOK = "International Migration and Development: Contributions and Recommendations of the International System";
/** The book's publication, the date of every passage not changed since. */
const PUBLISHED = new Date("2013-01-01T00:00:00Z");

function base(site: string, { id, title, description, self, alternate, updated }: { id: string; title: string; description: string; self: string; alternate: string; updated: Date }) {
  return new Feed({
    id: new URL(id, site).toString(),
    title,
    description,
    link: new URL(alternate, site).toString(),
    feedLinks: { atom: new URL(self, site).toString() },
    language: "en",
    updated,
    copyright: "United Nations System Chief Executives Board for Coordination (2013); portal texts: the portal editors",
    author: { name: "Migration Compendium Portal" },
  });
}

const clip = (text: string, max = 600) => {
  const clean = text.replace(/\*/g, "");
  return clean.length > max ? `${clean.slice(0, max)} …` : clean;
};

/** A feed of published changes: each publish or restore is an entry, with the passages it changed. */
export function changesFeed(site: string, changes: PublishedChange[], scope: { slug: string; title: string } | null): string {
  const self = scope ? `/agencies/${scope.slug}/feed.xml` : "/feed.xml";
  const feed = base(site, {
    id: self,
    title: scope ? `${scope.title}: changes — ${BOOK}` : `Changes — ${BOOK}`,
    description: "Passages the portal editors published or restored, newest first.",
    self,
    alternate: scope ? `/agencies/${scope.slug}` : "/",
    updated: changes[0]?.at ?? PUBLISHED,
  });
  for (const c of changes) {
    const part = c.part === "footnotes" ? "Footnotes" : partLabel(c.part);
    const link = new URL(`/agencies/${c.slug}#${c.slug}-part-${c.part}`, site).toString();
    const summary = c.passages.length === 1 ? "1 passage" : `${c.passages.length} passages`;
    feed.addItem({
      id: new URL(`/feed.xml#revision-${c.id}`, site).toString(),
      title: `${c.acronym ?? c.title}, ${part}: ${c.kind === "restore" ? "restored" : "updated"} (revision ${c.number}, ${summary})`,
      link,
      date: c.at,
      published: c.at,
      description: c.note || (c.kind === "restore" ? "An earlier text was restored." : "Updated by the portal editors."),
      content: c.passages.map((p) => `${p.kind === "removed" ? "Removed" : p.kind === "added" ? "Added" : "Now reads"}: ${clip(p.text)}`).join("\n\n") || undefined,
      author: [{ name: "The portal editors" }],
    });
  }
  return feed.atom1();
}

/** A feed of the passages a search or filtered list returns, best first: subscribe to be told when the list changes. */
export function passagesFeed(site: string, blocks: CorpusBlock[], { title, self, alternate, updatedAt }: { title: string; self: string; alternate: string; updatedAt: (block: CorpusBlock) => Date | null }): string {
  const dates = blocks.map((b) => updatedAt(b) ?? PUBLISHED);
  const feed = base(site, {
    id: self,
    title: `${title} — ${BOOK}`,
    description: "Passages of the compendium matching this search or list; an entry's date is its last update.",
    self,
    alternate,
    updated: dates.reduce((a, b) => (b > a ? b : a), PUBLISHED),
  });
  blocks.forEach((b, i) => {
    feed.addItem({
      id: new URL(permalink(b), site).toString(),
      title: `${b.agency.acronym ?? b.agency.title}, ${blockPartLabel(b)}${b.label ? ` ${b.label}` : ""}`,
      link: new URL(permalink(b), site).toString(),
      date: dates[i]!,
      content: clip(b.text, 2000),
      author: [{ name: b.agency.title }],
    });
  });
  return feed.atom1();
}
