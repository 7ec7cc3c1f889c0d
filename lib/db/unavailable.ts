/**
 * Serving from memory while the database is away (the classification of such failures is in
 * lib/errors/database-unavailable.ts). The pg pool reconnects by itself once the database is back.
 */

export { isDatabaseUnavailable, unavailable } from "../errors/database-unavailable";
import { isDatabaseUnavailable, unavailable } from "../errors/database-unavailable";

/**
 * Runs `read`; when the database is unavailable, gives `fallback` (what the caller holds in memory)
 * if there is one, and otherwise throws UNAVAILABLE. Other errors pass through untouched.
 */
export async function orInMemory<T>(read: () => Promise<T>, fallback: T | undefined): Promise<T> {
  try {
    return await read();
  } catch (error) {
    if (!isDatabaseUnavailable(error)) throw error;
    if (fallback !== undefined) return fallback;
    throw unavailable(error);
  }
}
