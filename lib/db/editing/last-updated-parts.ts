/** When each part of a chapter was last published or restored: the profile's "last updated" notes. */
import "server-only";
import { type Db } from "../client";

/** When each edited part was last changed, for the public "last updated" line. */
export async function lastUpdatedParts(db: Db, chapterNumber: number): Promise<Record<string, string>> {
  const rows = await db.revision.groupBy({ by: ["part"], where: { chapterNumber }, _max: { createdAt: true } });
  return Object.fromEntries(rows.flatMap((r) => (r._max.createdAt ? [[r.part, r._max.createdAt.toISOString()]] : [])));
}
