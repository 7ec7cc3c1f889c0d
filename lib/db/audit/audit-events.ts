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

const none = z.strictObject({});
const role = z.strictObject({ role: z.string().max(40) });
const revision = z.strictObject({ revision: z.number().int().min(1), note: z.string().max(2000) });
/**
 * What each action records, as a discriminated union: checked when written (a secret or a stray key
 * cannot reach the log) and re-parsed when read (a row that no longer fits is shown as unreadable,
 * never silently emptied).
 */
export const auditEventSchema = z.discriminatedUnion("action", [
  z.object({ action: z.literal("sign-in"), detail: none }),
  z.object({ action: z.literal("sign-in-failed"), detail: z.strictObject({ reason: z.string().max(60).optional() }) }),
  z.object({ action: z.literal("sign-in-attempt"), detail: none }),
  z.object({ action: z.literal("sign-out"), detail: none }),
  z.object({ action: z.literal("user-created"), detail: role }),
  z.object({ action: z.literal("role-changed"), detail: role }),
  z.object({ action: z.literal("user-disabled"), detail: none }),
  z.object({ action: z.literal("user-enabled"), detail: none }),
  z.object({ action: z.literal("sessions-revoked"), detail: none }),
  z.object({ action: z.literal("password-set"), detail: none }),
  z.object({ action: z.literal("user-removed"), detail: none }),
  z.object({ action: z.literal("draft-submitted"), detail: z.strictObject({ draftVersion: z.number().int().min(1) }) }),
  z.object({ action: z.literal("published"), detail: revision }),
  z.object({ action: z.literal("restored"), detail: revision }),
]);
export type AuditEvent = z.infer<typeof auditEventSchema>;
type DetailOf<A extends AuditAction> = Extract<AuditEvent, { action: A }>["detail"];

/** An event to record: its action, and its detail unless the action has none. */
export type AuditInput = {
  [A in AuditAction]: { action: A; actorId?: string | null; actorEmail?: string | null; target?: string | null; ip?: string | null } & (Record<never, never> extends DetailOf<A> ? { detail?: DetailOf<A> } : { detail: DetailOf<A> });
}[AuditAction];

type AuditWriter = Pick<Db, "auditEvent">;

export async function recordAuditEvent(db: AuditWriter, input: AuditInput): Promise<void> {
  const { detail } = auditEventSchema.parse({ action: input.action, detail: input.detail ?? {} });
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
