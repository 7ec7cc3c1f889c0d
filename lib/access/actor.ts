/**
 * Who is asking. Every data-layer mutation takes an actor and checks it itself, so a
 * route or server action that forgets a check still cannot change content.
 */
import { AppError } from "../errors/app-error";

export type Role = "editor" | "admin";
export type Actor = { kind: "anonymous" } | { kind: "system"; name: string } | { kind: "user"; id: string; email: string; role: Role };

export const SYSTEM_INGEST: Actor = { kind: "system", name: "ingest" };
export const SYSTEM_CLI: Actor = { kind: "system", name: "cli" };
/** Better Auth's hooks, which log what they see (lib/auth/server.ts). */
export const SYSTEM_AUTH: Actor = { kind: "system", name: "auth" };

export type Permission =
  | "content:import"
  /** Read drafts, revisions and the editor's view of a part. */
  | "content:read-drafts"
  /** Save and submit drafts. */
  | "content:edit"
  /** Make a draft public, or restore an earlier revision. */
  | "content:publish"
  | "users:manage"
  | "audit:read"
  /** Write to the audit log directly: only the system (the auth hooks); every other event is written by the operation it records. */
  | "audit:write";

export type UserActor = Extract<Actor, { kind: "user" }>;
export type SystemActor = Extract<Actor, { kind: "system" }>;
/** Who can hold each permission: what assertCan narrows an actor to. */
type Grantee = {
  "content:import": SystemActor | UserActor;
  "content:read-drafts": UserActor;
  "content:edit": UserActor;
  "content:publish": UserActor;
  "users:manage": SystemActor | UserActor;
  "audit:read": UserActor;
  "audit:write": SystemActor;
};

const isUser = (actor: Actor): actor is UserActor => actor.kind === "user";
const isAdmin = (actor: Actor) => isUser(actor) && actor.role === "admin";

const GRANTS: Record<Permission, (actor: Actor) => boolean> = {
  "content:import": (actor) => actor.kind === "system" || isAdmin(actor),
  "content:read-drafts": isUser,
  "content:edit": isUser,
  "content:publish": isAdmin,
  "users:manage": (actor) => actor.kind === "system" || isAdmin(actor),
  "audit:read": isAdmin,
  "audit:write": (actor) => actor.kind === "system",
};

export function can(actor: Actor, permission: Permission): boolean {
  return GRANTS[permission](actor);
}

/** Throws UNAUTHORIZED or FORBIDDEN unless the actor holds the permission; returns it narrowed (e.g. to a user). */
export function assertCan<P extends Permission>(actor: Actor, permission: P): Grantee[P] {
  if (can(actor, permission)) return actor as Grantee[P];
  if (actor.kind === "anonymous") throw new AppError("UNAUTHORIZED", `Sign in to ${permission.replace(":", " ")}.`);
  throw new AppError("FORBIDDEN", `Your role may not ${permission.replace(":", " ")}.`);
}

/** For routes and actions: refuse anonymous callers before reading their input. */
export function assertSignedIn(actor: Actor): Exclude<Actor, { kind: "anonymous" }> {
  if (actor.kind === "anonymous") throw new AppError("UNAUTHORIZED", "Sign in first.");
  return actor;
}
