/** The audit log for admins, newest first, each event's detail re-parsed (a row that no longer fits shows as unreadable). */
import "server-only";
import { assertCan, type Actor } from "../../access/actor";
import { getDb, type Db } from "../client";
import { type AuditAction, auditEventSchema } from "./audit-event-schema";

/** `detail` is null when a stored row does not fit its action's schema any more (`stored` then keeps what it holds). */
export type AuditEventDto = { id: number; at: string; action: string; actorEmail: string | null; target: string | null; detail: Record<string, unknown> | null; stored?: string; ip: string | null };

function readDetail(action: string, json: string): { detail: Record<string, unknown> | null; stored?: string } {
  let value: unknown;
  try {
    value = JSON.parse(json);
  } catch {
    return { detail: null, stored: json.slice(0, 200) };
  }
  const event = auditEventSchema.safeParse({ action, detail: value });
  return event.success ? { detail: event.data.detail } : { detail: null, stored: json.slice(0, 200) };
}

export async function listAuditEvents({ db = getDb(), actor, limit = 200, action }: { db?: Db; actor: Actor; limit?: number; action?: AuditAction }): Promise<AuditEventDto[]> {
  assertCan(actor, "audit:read");
  const rows = await db.auditEvent.findMany({ where: action ? { action } : {}, orderBy: { id: "desc" }, take: Math.min(1000, Math.max(1, limit)) });
  return rows.map((r) => ({
    id: r.id,
    at: r.at.toISOString(),
    action: r.action,
    actorEmail: r.actorEmail,
    target: r.target,
    ...readDetail(r.action, r.detail),
    ip: r.ip,
  }));
}
