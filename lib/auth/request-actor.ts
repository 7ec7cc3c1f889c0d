/** The actor of the current request, for route handlers, server actions and pages. */
import "server-only";
import { redirect } from "next/navigation";
import type { Actor } from "../access/actor";
import { getAuth } from "./get-auth";
import { actorFromHeaders } from "./session";

export async function requestActor(headers: Headers): Promise<Actor> {
  return actorFromHeaders(getAuth(), headers);
}

/** For editor pages: the signed-in user, or a redirect to the sign-in page. */
export async function requireSignedInUser(headers: Headers): Promise<Extract<Actor, { kind: "user" }>> {
  const actor = await requestActor(headers);
  if (actor.kind !== "user") redirect("/editor/sign-in");
  return actor;
}
