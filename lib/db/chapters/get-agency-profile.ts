/** One agency chapter in the export shape (DESIGN.md §3), plus what its page needs around it. */
import "server-only";
import { chapterSchema } from "../../ingest/schema";
import type { Db } from "../client";
import { blockWithFootnotes } from "./block-include";
import { chapterMetaSelect as metaSelect, parseKinds, toBlock, toFootnote, type AgencyProfile, type ChapterMeta } from "./dto";

export async function getAgencyProfile({ db, slug }: { db: Db; slug: string }): Promise<AgencyProfile | null> {
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
  return { chapter, meta, previous, next };
}
