/** Creates an account (the CLI, or an admin) through Better Auth, which hashes the password; the CLI's is audited here. */
import "server-only";
import type { z } from "zod";
import { assertCan, type Actor } from "../../access/actor";
import { recordAuditEvent } from "../audit/record-audit-event";
import { getDb, type Db } from "../client";
import { fromAuthError, newUserSchema, type UserAdmin } from "./user-admin";

export async function createUser({ auth, db = getDb(), actor, input }: { auth: UserAdmin; db?: Db; actor: Actor; input: z.input<typeof newUserSchema> }) {
  assertCan(actor, "users:manage");
  const data = newUserSchema.parse(input);
  const result = await auth.api
    .createUser({ body: { email: data.email, password: data.password, name: data.name ?? data.email.split("@")[0]!, role: data.role } })
    .catch(fromAuthError);
  if (actor.kind === "system") await recordAuditEvent(db, { action: "user-created", actorEmail: `system:${actor.name}`, target: data.email, detail: { role: data.role } });
  return { id: result.user.id, email: result.user.email, role: data.role };
}
