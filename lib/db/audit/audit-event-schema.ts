/**
 * The audit log's actions, and what each records, as a discriminated union: checked when an event
 * is written and re-parsed when it is read. Written by the auth hooks and the editorial mutations.
 */
import "server-only";
import { z } from "zod";

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
