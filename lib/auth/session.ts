/**
 * The actor behind a request: a signed-in, enabled editor or admin, or anonymous.
 * Pages, server actions and route handlers pass it to the data layer, which checks it.
 */
import "server-only";
import { z } from "zod";
import { isDatabaseUnavailable, unavailable } from "../db/unavailable";
import type { Actor } from "../access/actor";
import type { Auth } from "./server";

const sessionUserSchema = z.object({ id: z.string(), email: z.string(), role: z.enum(["editor", "admin"]).catch("editor").nullish(), banned: z.boolean().nullish() });

export async function actorFromHeaders(auth: Auth, headers: Headers): Promise<Actor> {
  // A malformed or expired cookie is simply no session; a database that is away is not "anonymous" (that would answer 401).
  const session = await auth.api.getSession({ headers }).catch((error: unknown) => {
    if (isDatabaseUnavailable(error)) throw unavailable(error);
    return null;
  });
  if (!session) return { kind: "anonymous" };
  const user = sessionUserSchema.parse(session.user);
  if (user.banned) return { kind: "anonymous" };
  return { kind: "user", id: user.id, email: user.email, role: user.role ?? "editor" };
}
