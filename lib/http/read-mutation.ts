/**
 * The checks every mutating route runs, in order: same origin (403), a signed-in actor (401,
 * before the body is even read), then a JSON body within the size limit, validated (415, 413, 400).
 * The data layer then checks the actor's role.
 */
import "server-only";
import type { z } from "zod";
import { assertSignedIn, type Actor } from "../access/actor";
import { requestActor } from "../auth/request-actor";
import { env } from "../env";
import { assertSameOrigin, readJsonBody } from "./mutation-guard";

export async function readMutation<S extends z.ZodType>(request: Request, schema: S): Promise<{ actor: Exclude<Actor, { kind: "anonymous" }>; body: z.infer<S> }> {
  assertSameOrigin(request, env.SITE_URL);
  const actor = assertSignedIn(await requestActor(request.headers));
  return { actor, body: await readJsonBody(request, schema) };
}
