/**
 * Accounts: create (the CLI, or an admin), list, change role, disable and enable.
 * Better Auth's admin API does the work (hashing, sessions); this layer checks the actor
 * first and turns Better Auth's errors into AppErrors with readable messages.
 */
import "server-only";
import { APIError } from "better-auth/api";
import { z } from "zod";
import { assertCan, type Actor, type Role } from "../../access/actor";
/**
 * What these operations need of Better Auth's admin API, written here so the data layer does not
 * import lib/auth (which imports it): Better Auth's instance (lib/auth/server.ts) satisfies it.
 */
type AdminCall<B, R = unknown> = (input: { headers: Headers; body: B }) => Promise<R>;
export type UserAdmin = {
  api: {
    createUser: (input: { body: { email: string; password: string; name: string; role: Role } }) => Promise<{ user: { id: string; email: string } }>;
    setRole: AdminCall<{ userId: string; role: Role }>;
    banUser: AdminCall<{ userId: string; banReason?: string }>;
    unbanUser: AdminCall<{ userId: string }>;
    revokeUserSessions: AdminCall<{ userId: string }>;
  };
};
type Auth = UserAdmin;
import { AppError } from "../../errors/app-error";
import { getDb, type Db } from "../client";
import { recordAuditEvent } from "../audit/audit-events";

export const newUserSchema = z.object({
  email: z.email("Give a valid email address.").max(254).transform((e) => e.toLowerCase()),
  role: z.enum(["editor", "admin"]),
  name: z.string().trim().min(1).max(120).optional(),
  password: z.string().max(1024),
});

function fromAuthError(error: unknown): never {
  if (error instanceof APIError) {
    const message = error.body?.message ?? error.message;
    if (error.statusCode === 401) throw new AppError("UNAUTHORIZED", message);
    if (error.statusCode === 403) throw new AppError("FORBIDDEN", message);
    if (error.statusCode === 404) throw new AppError("NOT_FOUND", message);
    throw new AppError("INVALID_INPUT", message);
  }
  throw error;
}

export async function createUser({ auth, db = getDb(), actor, input }: { auth: Auth; db?: Db; actor: Actor; input: z.input<typeof newUserSchema> }) {
  assertCan(actor, "users:manage");
  const data = newUserSchema.parse(input);
  const result = await auth.api
    .createUser({ body: { email: data.email, password: data.password, name: data.name ?? data.email.split("@")[0]!, role: data.role } })
    .catch(fromAuthError);
  if (actor.kind === "system") await recordAuditEvent(db, { action: "user-created", actorEmail: `system:${actor.name}`, target: data.email, detail: { role: data.role } });
  return { id: result.user.id, email: result.user.email, role: data.role };
}

export type UserDto = { id: string; email: string; name: string; role: Role; disabled: boolean; createdAt: string; activeSessions: number };

export async function listUsers({ db = getDb(), actor }: { db?: Db; actor: Actor }): Promise<UserDto[]> {
  assertCan(actor, "users:manage");
  const now = new Date();
  const users = await db.user.findMany({ orderBy: { email: "asc" }, include: { _count: { select: { sessions: { where: { expiresAt: { gt: now } } } } } } });
  return users.map((u) => ({
    id: u.id,
    email: u.email,
    name: u.name,
    role: u.role === "admin" ? "admin" : "editor",
    disabled: u.banned === true,
    createdAt: u.createdAt.toISOString(),
    activeSessions: u._count.sessions,
  }));
}

const userIdSchema = z.string().min(1).max(64);

/** Admin actions go through Better Auth with the admin's own request headers, so it checks them too. */
export async function setUserRole({ auth, actor, headers, userId, role }: { auth: Auth; actor: Actor; headers: Headers; userId: string; role: Role }) {
  assertCan(actor, "users:manage");
  await auth.api.setRole({ headers, body: { userId: userIdSchema.parse(userId), role: z.enum(["editor", "admin"]).parse(role) } }).catch(fromAuthError);
}

/** Disabling ends every session of the user at once (Better Auth's ban revokes them). */
export async function setUserDisabled({ auth, actor, headers, userId, disabled }: { auth: Auth; actor: Actor; headers: Headers; userId: string; disabled: boolean }) {
  assertCan(actor, "users:manage");
  if (actor.kind === "user" && actor.id === userId) throw new AppError("INVALID_INPUT", "You cannot disable your own account.");
  const body = { userId: userIdSchema.parse(userId) };
  if (disabled) await auth.api.banUser({ headers, body: { ...body, banReason: "Disabled by an admin" } }).catch(fromAuthError);
  else await auth.api.unbanUser({ headers, body }).catch(fromAuthError);
}

/** Ends every session of a user (they must sign in again); the account stays enabled. */
export async function revokeUserSessions({ auth, actor, headers, userId }: { auth: Auth; actor: Actor; headers: Headers; userId: string }) {
  assertCan(actor, "users:manage");
  await auth.api.revokeUserSessions({ headers, body: { userId: userIdSchema.parse(userId) } }).catch(fromAuthError);
}
