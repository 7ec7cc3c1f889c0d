/**
 * Who is asking. Every data-layer mutation takes an actor and checks it itself, so a
 * route or server action that forgets a check still cannot change content.
 */
import { AppError } from "../errors/app-error";

export type Role = "editor" | "admin";
export type Actor = { kind: "anonymous" } | { kind: "system"; name: string } | { kind: "user"; id: string; email: string; role: Role };

export const SYSTEM_INGEST: Actor = { kind: "system", name: "ingest" };
export const SYSTEM_CLI: Actor = { kind: "system", name: "cli" };

export type Permission =
  | "content:import"
  /** Read drafts, revisions and the editor's view of a part. */
  | "content:read-drafts"
  /** Save and submit drafts. */
  | "content:edit"
  /** Make a draft public, or restore an earlier revision. */
  | "content:publish"
  | "users:manage"
  | "audit:read";

const isUser = (actor: Actor): actor is Extract<Actor, { kind: "user" }> => actor.kind === "user";
const isAdmin = (actor: Actor) => isUser(actor) && actor.role === "admin";

const GRANTS: Record<Permission, (actor: Actor) => boolean> = {
  "content:import": (actor) => actor.kind === "system" || isAdmin(actor),
  "content:read-drafts": isUser,
  "content:edit": isUser,
  "content:publish": isAdmin,
  "users:manage": (actor) => actor.kind === "system" || isAdmin(actor),
  "audit:read": isAdmin,
};

export function can(actor: Actor, permission: Permission): boolean {
  return GRANTS[permission](actor);
}

export function assertCan(actor: Actor, permission: Permission): void {
  if (can(actor, permission)) return;
  if (actor.kind === "anonymous") throw new AppError("UNAUTHORIZED", `Sign in to ${permission.replace(":", " ")}.`);
  throw new AppError("FORBIDDEN", `Your role may not ${permission.replace(":", " ")}.`);
}

/** For routes and actions: refuse anonymous callers before reading their input. */
export function assertSignedIn(actor: Actor): void {
  if (actor.kind === "anonymous") throw new AppError("UNAUTHORIZED", "Sign in first.");
}
