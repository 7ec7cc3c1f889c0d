/** The number of a part's latest revision (0: the 2013 text). */
import "server-only";
import { type Db } from "../client";
import type { Tx } from "../transaction";

/** The part's latest revision number (0: never edited, the 2013 text). */
export async function currentRevision(db: Db | Tx, chapterNumber: number, part: string): Promise<number> {
  const latest = await db.revision.findFirst({ where: { chapterNumber, part }, orderBy: { number: "desc" }, select: { number: true } });
  return latest?.number ?? 0;
}
