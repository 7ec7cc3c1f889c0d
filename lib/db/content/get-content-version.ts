/** The current content version (0 before the first import). */
import "server-only";
import type { Db } from "../client";

export async function getContentVersion(db: Db): Promise<number> {
  const state = await db.contentState.findUnique({ where: { id: 1 } });
  return state?.version ?? 0;
}
