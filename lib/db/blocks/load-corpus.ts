/**
 * Every agency block with its part and effective tags, cached per content version so
 * lists, matrices and exports do one cheap version check per request instead of a scan.
 * Editor tags override rule tags: an editor tag with applied=false removes the rule tag.
 */
import "server-only";
import { z } from "zod";
import type { CorpusBlock, Corpus, TagProvenance } from "../../explore/corpus";
import { blockTypeSchema, type PartKind } from "../../book/schema";
import { effectiveTags } from "../../themes/effective-tags";
import { getDb, type Db } from "../client";
import { parseKinds } from "../chapters/dto";
import { getContentVersion } from "../content/get-content-version";
import { orInMemory } from "../unavailable";

const matchedSchema = z.array(z.string());
let cache: Corpus | null = null;

export async function loadCorpus({ db = getDb() }: { db?: Db } = {}): Promise<Corpus> {
  // With the database away, the corpus in memory is served as it was (lists, themes and exports keep working).
  const version = await orInMemory(() => getContentVersion(db), cache?.version);
  if (cache && cache.version === version) return cache;

  const chapters = await db.chapter.findMany({
    where: { kind: "agency" },
    orderBy: { number: "asc" },
    select: { number: true, slug: true, title: true, acronym: true, category: true },
  });
  const rows = await db.block.findMany({
    where: { chapter: { kind: "agency" } },
    orderBy: [{ chapterNumber: "asc" }, { position: "asc" }],
    select: {
      id: true,
      chapterNumber: true,
      type: true,
      label: true,
      depth: true,
      text: true,
      position: true,
      section: { select: { kinds: true } },
      tags: { select: { vocabulary: true, tag: true, source: true, matched: true, applied: true } },
      footnoteLinks: { orderBy: { position: "asc" }, select: { footnote: { select: { text: true } } } },
    },
  });
  const agencyOf = new Map(chapters.map((c) => [c.number, c]));
  const blocks: CorpusBlock[] = rows.map((row) => {
    const kinds: PartKind[] = row.section ? parseKinds(row.section.kinds) : [];
    const provenance: TagProvenance[] = effectiveTags(row.tags).map((t) => ({
      vocabulary: z.enum(["theme", "gcm"]).parse(t.vocabulary),
      tag: t.tag,
      source: z.enum(["rule", "editor"]).parse(t.source),
      matched: matchedSchema.parse(JSON.parse(t.matched)),
    }));
    const tagsOf = (vocabulary: "theme" | "gcm") => [...new Set(provenance.filter((p) => p.vocabulary === vocabulary).map((p) => p.tag))];
    return {
      id: row.id,
      agency: agencyOf.get(row.chapterNumber)!,
      part: kinds[0] ?? "intro",
      kinds,
      type: blockTypeSchema.parse(row.type),
      label: row.label,
      depth: row.depth,
      text: row.text,
      position: row.position,
      themes: tagsOf("theme"),
      gcm: tagsOf("gcm"),
      provenance,
      notes: row.footnoteLinks.map((l) => l.footnote.text),
    };
  });
  cache = { version, agencies: chapters, blocks };
  return cache;
}
