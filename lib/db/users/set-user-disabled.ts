/** Disables or enables an account (admins only). Disabling ends every session at once (Better Auth's ban revokes them). */
import "server-only";
import { assertCan, type Actor } from "../../access/actor";
import { AppError } from "../../errors/app-error";
import { fromAuthError, userIdSchema, type UserAdmin } from "./user-admin";

export async function setUserDisabled({ auth, actor, headers, userId, disabled }: { auth: UserAdmin; actor: Actor; headers: Headers; userId: string; disabled: boolean }) {
  assertCan(actor, "users:manage");
  if (actor.kind === "user" && actor.id === userId) throw new AppError("INVALID_INPUT", "You cannot disable your own account.");
  const body = { userId: userIdSchema.parse(userId) };
  if (disabled) await auth.api.banUser({ headers, body: { ...body, banReason: "Disabled by an admin" } }).catch(fromAuthError);
  else await auth.api.unbanUser({ headers, body }).catch(fromAuthError);
}
