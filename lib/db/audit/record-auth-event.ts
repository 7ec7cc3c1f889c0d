/**
 * Records what the auth layer saw (a sign-out, an admin's account change made through Better Auth)
 * in the audit log. The one audit write lib/auth may call: it takes the auth system's actor and checks it,
 * like every other write of the data layer.
 */
import "server-only";
import { assertCan, type Actor } from "../../access/actor";
import type { Db } from "../client";
import type { AuditInput } from "./audit-event-schema";
import { recordAuditEvent } from "./record-audit-event";

/** The account events auth hooks log; sign-in attempts have their own ledger (sign-in-attempts.ts). */
type AuthEvent = Extract<AuditInput, { action: "sign-out" | "user-created" | "role-changed" | "user-disabled" | "user-enabled" | "sessions-revoked" | "password-set" | "user-removed" }>;

export async function recordAuthEvent({ db, actor, event }: { db: Db; actor: Actor; event: AuthEvent }): Promise<void> {
  assertCan(actor, "audit:write");
  await recordAuditEvent(db, event);
}
