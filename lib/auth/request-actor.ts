/** The actor of the current request, for route handlers, server actions and pages. */
import "server-only";
import type { Actor } from "./actor";
import { getAuth } from "./get-auth";
import { actorFromHeaders } from "./session";

export async function requestActor(headers: Headers): Promise<Actor> {
  return actorFromHeaders(getAuth(), headers);
}
