/**
 * The per-account sign-in limit, decided atomically. Every attempt first reserves a row
 * ("sign-in-attempt") in the same transaction that counts the account's failed and pending
 * attempts in the window; over the limit, the row is written as a refused failure instead.
 * Concurrent attempts for one account are serialised (SQLite's single writer; on PostgreSQL a
 * transaction-scoped advisory lock on the email), so a burst of guesses cannot all be counted
 * before any is written. When the password has been checked, the row becomes "sign-in" or
 * "sign-in-failed".
 */
import "server-only";
import { inTransaction } from "../transaction";
import type { Db } from "../client";

export type Reservation = { allowed: boolean };

const COUNTED = ["sign-in-failed", "sign-in-attempt"];

export async function reserveSignInAttempt(
  db: Db,
  { email, ip, limit, since, provider }: { email: string; ip: string | null; limit: number; since: Date; provider: "sqlite" | "postgresql" },
): Promise<Reservation> {
  return inTransaction(db, async (tx) => {
    if (provider === "postgresql") await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${email}))`;
    const counted = await tx.auditEvent.count({ where: { action: { in: COUNTED }, target: email, at: { gte: since } } });
    const allowed = counted < limit;
    await tx.auditEvent.create({
      data: { action: allowed ? "sign-in-attempt" : "sign-in-failed", target: email, ip, detail: JSON.stringify(allowed ? {} : { reason: "too many failed attempts" }) },
    });
    return { allowed };
  });
}

/**
 * Turns one pending attempt of the account into its outcome. Pending attempts of one account are
 * alike, so the oldest is taken; a conditional update keeps two settlements from taking the same row.
 */
export async function settleSignInAttempt(
  db: Db,
  { email, outcome }: { email: string; outcome: { action: "sign-in"; actorId: string | null; actorEmail: string | null } | { action: "sign-in-failed"; reason: string } },
): Promise<void> {
  for (let tries = 0; tries < 5; tries++) {
    const pending = await db.auditEvent.findFirst({ where: { action: "sign-in-attempt", target: email }, orderBy: { id: "asc" }, select: { id: true } });
    if (!pending) return;
    const data =
      outcome.action === "sign-in"
        ? { action: "sign-in", actorId: outcome.actorId, actorEmail: outcome.actorEmail }
        : { action: "sign-in-failed", detail: JSON.stringify({ reason: outcome.reason.slice(0, 60) }) };
    const { count } = await db.auditEvent.updateMany({ where: { id: pending.id, action: "sign-in-attempt" }, data });
    if (count === 1) return;
  }
}
