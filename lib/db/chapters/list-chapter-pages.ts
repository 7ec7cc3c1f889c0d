/** Each chapter's printed pages, by slug: for citations of many passages at once (exports). */
import "server-only";
import { getDb, type Db } from "../client";

export async function listChapterPages({ db = getDb() }: { db?: Db } = {}): Promise<Map<string, { firstPage: number | null; lastPage: number | null }>> {
  const rows = await db.chapter.findMany({ select: { slug: true, firstPage: true, lastPage: true } });
  return new Map(rows.map((r) => [r.slug, { firstPage: r.firstPage, lastPage: r.lastPage }]));
}
