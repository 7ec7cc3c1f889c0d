/**
 * The one way to write a mutating route handler. It runs, in order and for every such route:
 * the route params (zod, 400), the same-origin check (403), a signed-in actor (401, before the
 * body is read), then the JSON body (415 if not exactly application/json, 413 over the size
 * limit, 400 from its zod schema). The handler gets the actor, params and body already checked;
 * the data layer then checks the actor's role. Errors map to statuses as in handleRoute.
 * A route cannot forget a guard: tests/unit/http/mutating-routes.test.ts fails on any
 * PUT/POST/PATCH/DELETE under app/api/v1 that is not built with this.
 */
import "server-only";
import type { z } from "zod";
import type { Actor } from "../access/actor";
import { handleRoute } from "./handle-route";
import { readMutation } from "./read-mutation";

export type Mutation<P, B> = { request: Request; actor: Exclude<Actor, { kind: "anonymous" }>; params: P; body: B };

export function handleMutation<P extends z.ZodType, B extends z.ZodType>(
  paramsSchema: P,
  bodySchema: B,
  handler: (mutation: Mutation<z.infer<P>, z.infer<B>>) => Promise<Response>,
) {
  return handleRoute(paramsSchema, async (request, params) => {
    const { actor, body } = await readMutation(request, bodySchema);
    return handler({ request, actor, params, body });
  });
}
