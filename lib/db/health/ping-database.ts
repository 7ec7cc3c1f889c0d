/** Whether the database answers, and how fast: for /api/health. Gives up after `timeoutMs`. */
import "server-only";
import { getDb, type Db } from "../client";
import { getContentVersion } from "../content/get-content-version";

export type DatabaseHealth = { reachable: true; ms: number; contentVersion: number } | { reachable: false; ms: number; error: string };

export async function pingDatabase({ db = getDb(), timeoutMs = 2000 }: { db?: Db; timeoutMs?: number } = {}): Promise<DatabaseHealth> {
  const started = performance.now();
  let timer: NodeJS.Timeout | undefined;
  try {
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new Error(`no answer within ${timeoutMs} ms`)), timeoutMs);
    });
    const contentVersion = await Promise.race([getContentVersion(db), timeout]);
    return { reachable: true, ms: Math.round(performance.now() - started), contentVersion };
  } catch (error) {
    // The message names the failure (refused, timed out) without connection details.
    const message = error instanceof Error ? error.message.split("\n")[0]!.slice(0, 120) : "unreachable";
    return { reachable: false, ms: Math.round(performance.now() - started), error: message };
  } finally {
    clearTimeout(timer);
  }
}
