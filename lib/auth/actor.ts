/**
 * Who is asking. Every data-layer mutation takes an actor and checks it itself, so a
 * route or server action that forgets a check still cannot change content.
 */
import { AppError } from "../errors/app-error";

export type Role = "editor" | "admin";
export type Actor = { kind: "anonymous" } | { kind: "system"; name: string } | { kind: "user"; id: string; role: Role };

export const SYSTEM_INGEST: Actor = { kind: "system", name: "ingest" };

export type Permission = "content:import";

const GRANTS: Record<Permission, (actor: Actor) => boolean> = {
  "content:import": (actor) => actor.kind === "system" || (actor.kind === "user" && actor.role === "admin"),
};

export function can(actor: Actor, permission: Permission): boolean {
  return GRANTS[permission](actor);
}

export function assertCan(actor: Actor, permission: Permission): void {
  if (can(actor, permission)) return;
  if (actor.kind === "anonymous") throw new AppError("UNAUTHORIZED", `Sign in to ${permission.replace(":", " ")}.`);
  throw new AppError("FORBIDDEN", `Your role may not ${permission.replace(":", " ")}.`);
}
