/**
 * One agency chapter in the export shape (README, "Export format"), plus what its page needs around it.
 * Cached per database and content version: a publish moves the version, so every instance
 * serves the new text on its next request.
 */
import "server-only";
import { chapterSchema } from "../../book/schema";
import { getDb, type Db } from "../client";
import { getContentVersion } from "../content/get-content-version";
import { orInMemory } from "../unavailable";
import { lastUpdatedParts } from "../editing/last-updated-parts";
import { blockWithFootnotes } from "./block-include";
import { chapterMetaSelect as metaSelect, parseKinds, toBlock, toFootnote, type AgencyProfile, type ChapterMeta } from "./dto";

const caches = new WeakMap<Db, { version: number; profiles: Map<string, Promise<AgencyProfile | null>> }>();

export async function getAgencyProfile({ db = getDb(), slug }: { db?: Db; slug: string }): Promise<AgencyProfile | null> {
  // With the database away, profiles already read are served from memory.
  const version = await orInMemory(() => getContentVersion(db), caches.get(db)?.version);
  let cache = caches.get(db);
  if (!cache || cache.version !== version) {
    cache = { version, profiles: new Map() };
    caches.set(db, cache);
  }
  let profile = cache.profiles.get(slug);
  if (!profile) {
    profile = readAgencyProfile(db, slug);
    cache.profiles.set(slug, profile);
    profile.catch(() => cache.profiles.delete(slug));
  }
  return profile;
}

async function readAgencyProfile(db: Db, slug: string): Promise<AgencyProfile | null> {
  const row = await db.chapter.findUnique({
    where: { slug },
    select: {
      ...metaSelect,
      kind: true,
      sections: { orderBy: { position: "asc" }, select: { id: true, kinds: true, heading: true } },
      blocks: { orderBy: { position: "asc" }, include: blockWithFootnotes },
      footnotes: { orderBy: { position: "asc" } },
    },
  });
  if (!row || row.kind !== "agency") return null;

  const chapter = chapterSchema.parse({
    number: row.number,
    slug: row.slug,
    title: row.title,
    acronym: row.acronym,
    intro: row.blocks.filter((b) => b.sectionId === null).map(toBlock),
    sections: row.sections.map((s) => ({
      kinds: parseKinds(s.kinds),
      heading: s.heading,
      blocks: row.blocks.filter((b) => b.sectionId === s.id).map(toBlock),
    })),
    footnotes: row.footnotes.map(toFootnote),
  });

  const [previous, next] = await Promise.all([
    db.chapter.findFirst({ where: { kind: "agency", number: { lt: row.number } }, orderBy: { number: "desc" }, select: metaSelect }),
    db.chapter.findFirst({ where: { kind: "agency", number: { gt: row.number } }, orderBy: { number: "asc" }, select: metaSelect }),
  ]);
  const meta: ChapterMeta = {
    number: row.number,
    slug: row.slug,
    title: row.title,
    acronym: row.acronym,
    category: row.category,
    firstPage: row.firstPage,
    lastPage: row.lastPage,
  };
  const edits = {
    parts: await lastUpdatedParts(db, row.number),
    originals: Object.fromEntries(row.blocks.filter((b) => b.text !== b.sourceText).map((b) => [b.id, b.sourceText])),
    noteOriginals: Object.fromEntries(row.footnotes.filter((f) => f.text !== f.sourceText).map((f) => [f.position, f.sourceText])),
  };
  return { chapter, meta, previous, next, edits };
}
