/** Every account with its role, whether it is disabled, and its active sessions (admins only). */
import "server-only";
import { assertCan, type Actor, type Role } from "../../access/actor";
import { getDb, type Db } from "../client";

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
