/** The history of published changes (editors and admins): each revision with its word diff, filtered by agency and part. */
import "server-only";
import { z } from "zod";
import { assertCan, type Actor } from "../../access/actor";
import { parseSnapshotJson, type PartSnapshot } from "../../editing/part-snapshot";
import { diffSnapshots, type BlockDiff } from "../../editing/word-diff";
import { agencySlugSchema } from "../../book/schema";
import { getDb, type Db } from "../client";

export type RevisionDto = {
  id: number;
  slug: string;
  title: string;
  part: string;
  number: number;
  kind: "publish" | "restore";
  author: string;
  note: string;
  createdAt: string;
  before: PartSnapshot;
  after: PartSnapshot;
  diff: BlockDiff[];
};

export const historyQuerySchema = z.object({
  slug: agencySlugSchema.optional(),
  part: z.string().regex(/^[a-z-]{1,32}$/).optional(),
  block: z.string().regex(/^[a-z0-9-]{1,120}$/).optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
});

export async function listRevisions({ db = getDb(), actor, query }: { db?: Db; actor: Actor; query: z.input<typeof historyQuerySchema> }): Promise<RevisionDto[]> {
  assertCan(actor, "content:read-drafts");
  const q = historyQuerySchema.parse(query);
  const chapter = q.slug ? await db.chapter.findUnique({ where: { slug: q.slug }, select: { number: true } }) : null;
  if (q.slug && !chapter) return [];
  const rows = await db.revision.findMany({
    where: { ...(chapter ? { chapterNumber: chapter.number } : {}), ...(q.part ? { part: q.part } : {}), ...(q.block ? { OR: [{ before: { contains: `"${q.block}"` } }, { after: { contains: `"${q.block}"` } }] } : {}) },
    orderBy: { id: "desc" },
    take: q.limit,
  });
  const chapters = new Map((await db.chapter.findMany({ select: { number: true, slug: true, title: true } })).map((c) => [c.number, c]));
  return rows.map((r) => {
    const before = parseSnapshotJson(r.before);
    const after = parseSnapshotJson(r.after);
    let diff = diffSnapshots(before, after).filter((d) => d.kind !== "unchanged");
    if (q.block) diff = diff.filter((d) => d.id === q.block);
    return {
      id: r.id,
      slug: chapters.get(r.chapterNumber)?.slug ?? "",
      title: chapters.get(r.chapterNumber)?.title ?? "",
      part: r.part,
      number: r.number,
      kind: z.enum(["publish", "restore"]).parse(r.kind),
      author: r.authorEmail,
      note: r.note,
      createdAt: r.createdAt.toISOString(),
      before,
      after,
      diff,
    };
  });
}
