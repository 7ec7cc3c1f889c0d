/** Makes a user an editor or an admin (admins only), through Better Auth with the admin's own request headers, so it checks them too. */
import "server-only";
import { z } from "zod";
import { assertCan, type Actor, type Role } from "../../access/actor";
import { fromAuthError, userIdSchema, type UserAdmin } from "./user-admin";

export async function setUserRole({ auth, actor, headers, userId, role }: { auth: UserAdmin; actor: Actor; headers: Headers; userId: string; role: Role }) {
  assertCan(actor, "users:manage");
  await auth.api.setRole({ headers, body: { userId: userIdSchema.parse(userId), role: z.enum(["editor", "admin"]).parse(role) } }).catch(fromAuthError);
}
