/**
 * Transactions, by construction: `inTransaction` is the one way to open one, and the client it hands
 * out is branded `Tx`. Writes that must run inside a transaction (applying a snapshot, bumping the
 * content version) take a `Tx`, so passing the plain client there does not compile.
 */
import "server-only";
import type { Db } from "./client";

declare const inside: unique symbol;
type RawTx = Parameters<Parameters<Db["$transaction"]>[0]>[0];
export type Tx = RawTx & { readonly [inside]: true };

export function inTransaction<T>(db: Db, run: (tx: Tx) => Promise<T>, options?: { timeout?: number; maxWait?: number }): Promise<T> {
  return db.$transaction((raw) => run(raw as Tx), options);
}
