/** Raises the content version every app instance watches to know its caches are stale. */
import "server-only";
import type { Tx } from "../transaction";

export async function bumpContentVersion(tx: Tx): Promise<number> {
  const state = await tx.contentState.upsert({
    where: { id: 1 },
    create: { id: 1, version: 1 },
    update: { version: { increment: 1 } },
  });
  return state.version;
}
