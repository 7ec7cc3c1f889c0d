/** Ends every session of a user (admins only): they must sign in again; the account stays enabled. */
import "server-only";
import { assertCan, type Actor } from "../../access/actor";
import { fromAuthError, userIdSchema, type UserAdmin } from "./user-admin";

export async function revokeUserSessions({ auth, actor, headers, userId }: { auth: UserAdmin; actor: Actor; headers: Headers; userId: string }) {
  assertCan(actor, "users:manage");
  await auth.api.revokeUserSessions({ headers, body: { userId: userIdSchema.parse(userId) } }).catch(fromAuthError);
}
