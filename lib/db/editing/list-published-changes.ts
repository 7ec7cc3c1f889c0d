/**
 * Published changes for the public feeds: every publish and restore, newest first, with the
 * passages it changed. Public by design (the pages show the same text): editors are named
 * only as "the portal editors", never by their email.
 */
import "server-only";
import { z } from "zod";
import { parseSnapshotJson } from "../../editing/part-snapshot";
import { diffSnapshots } from "../../editing/word-diff";
import { getDb, type Db } from "../client";

export type PublishedChange = {
  id: number;
  number: number;
  kind: "publish" | "restore";
  slug: string;
  title: string;
  acronym: string | null;
  part: string;
  note: string;
  at: Date;
  /** The passages it changed: their id and text after (or before, for a removal). */
  passages: { id: string | null; kind: "added" | "removed" | "changed"; text: string }[];
};

const querySchema = z.object({ slug: z.string().regex(/^[a-z0-9-]{1,64}$/).optional(), limit: z.number().int().min(1).max(200).default(50) });

export async function listPublishedChanges({ db = getDb(), slug, limit }: { db?: Db; slug?: string; limit?: number } = {}): Promise<PublishedChange[]> {
  const q = querySchema.parse({ slug, limit });
  const chapters = await db.chapter.findMany({ select: { number: true, slug: true, title: true, acronym: true } });
  const chapter = q.slug ? chapters.find((c) => c.slug === q.slug) : undefined;
  if (q.slug && !chapter) return [];
  const rows = await db.revision.findMany({ where: chapter ? { chapterNumber: chapter.number } : {}, orderBy: { id: "desc" }, take: q.limit });
  const byNumber = new Map(chapters.map((c) => [c.number, c]));
  return rows.map((r) => {
    const c = byNumber.get(r.chapterNumber);
    const passages = diffSnapshots(parseSnapshotJson(r.before), parseSnapshotJson(r.after)).flatMap((d) =>
      d.kind === "unchanged" ? [] : [{ id: d.id, kind: d.kind, text: d.kind === "removed" ? d.before.text : d.after.text }],
    );
    return { id: r.id, number: r.number, kind: z.enum(["publish", "restore"]).parse(r.kind), slug: c?.slug ?? "", title: c?.title ?? "", acronym: c?.acronym ?? null, part: r.part, note: r.note, at: r.createdAt, passages };
  });
}
