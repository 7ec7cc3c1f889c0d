/**
 * The audit log: who did what, when (UTC). Written by the auth hooks and by the
 * editorial mutations (inside their transactions); read by admins only.
 */
import "server-only";
import { z } from "zod";
import { assertCan, type Actor } from "../../access/actor";
import { getDb, type Db } from "../client";

export const AUDIT_ACTIONS = [
  "sign-in",
  "sign-in-failed",
  "sign-in-attempt",
  "sign-out",
  "user-created",
  "role-changed",
  "user-disabled",
  "user-enabled",
  "sessions-revoked",
  "password-set",
  "user-removed",
  "draft-submitted",
  "published",
  "restored",
] as const;
export type AuditAction = (typeof AUDIT_ACTIONS)[number];

/** Keys that must never reach the log, whatever a caller passes. */
const SECRET_KEYS = /pass(word)?|token|secret|hash|cookie|authorization/i;

const detailSchema = z.record(z.string(), z.unknown());

export type AuditInput = {
  action: AuditAction;
  actorId?: string | null;
  actorEmail?: string | null;
  target?: string | null;
  detail?: Record<string, unknown>;
  ip?: string | null;
};

type AuditWriter = Pick<Db, "auditEvent">;

export async function recordAuditEvent(db: AuditWriter, input: AuditInput): Promise<void> {
  const detail = Object.fromEntries(Object.entries(input.detail ?? {}).filter(([key]) => !SECRET_KEYS.test(key)));
  await db.auditEvent.create({
    data: {
      action: input.action,
      actorId: input.actorId ?? null,
      actorEmail: input.actorEmail ?? null,
      // Bounded whatever a caller passes: a target is an email or a part, an address at most 45 characters.
      target: input.target?.slice(0, 254) ?? null,
      detail: JSON.stringify(detail),
      ip: input.ip?.slice(0, 45) ?? null,
    },
  });
}

export type AuditEventDto = { id: number; at: string; action: string; actorEmail: string | null; target: string | null; detail: Record<string, unknown>; ip: string | null };

export async function listAuditEvents({ db = getDb(), actor, limit = 200, action }: { db?: Db; actor: Actor; limit?: number; action?: AuditAction }): Promise<AuditEventDto[]> {
  assertCan(actor, "audit:read");
  const rows = await db.auditEvent.findMany({ where: action ? { action } : {}, orderBy: { id: "desc" }, take: Math.min(1000, Math.max(1, limit)) });
  return rows.map((r) => ({
    id: r.id,
    at: r.at.toISOString(),
    action: r.action,
    actorEmail: r.actorEmail,
    target: r.target,
    detail: detailSchema.catch({}).parse(JSON.parse(r.detail)),
    ip: r.ip,
  }));
}
