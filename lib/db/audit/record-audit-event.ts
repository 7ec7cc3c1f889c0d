/** Writes one audit event (inside the caller's transaction when given one), its detail checked against its action's schema. */
import "server-only";
import { type Db } from "../client";
import { type AuditInput, auditEventSchema } from "./audit-event-schema";

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
