/**
 * Checks every mutating request before any work: it must name this site as its Origin (SITE_URL's
 * origin, or the host a trusted proxy forwarded, which lib/server/front-door.ts alone passes on); a missing, "null" or foreign Origin is refused, since every write here is
 * authenticated by a cookie and browsers always send Origin on such requests. It must carry JSON as
 * exactly application/json (so a cross-site form posting text/plain cannot pass) and stay under a
 * size limit. Browsers cannot forge Origin, so this blocks cross-site request forgery.
 */
import { z } from "zod";
import { AppError } from "../errors/app-error";
import { FORWARDED_ORIGIN_HEADER } from "../request-headers";

export const MAX_BODY_BYTES = 512 * 1024;

export function allowedOrigins(request: Request, siteUrl: string): Set<string> {
  const origins = new Set([new URL(siteUrl).origin]);
  // Set by the front door only, from a trusted proxy's forwarded host; X-Forwarded-Host itself is never believed here.
  const forwarded = request.headers.get(FORWARDED_ORIGIN_HEADER);
  if (forwarded) origins.add(forwarded);
  return origins;
}

export function assertSameOrigin(request: Request, siteUrl: string): void {
  const origin = request.headers.get("origin");
  if (origin === null) throw new AppError("FORBIDDEN", "Changes are accepted only from this site's own pages (the request has no Origin).");
  if (origin === "null" || !allowedOrigins(request, siteUrl).has(origin)) {
    throw new AppError("FORBIDDEN", `Requests from ${origin === "null" ? "an opaque origin" : origin} cannot change anything here.`);
  }
}

/** Reads a JSON body after the content-type and size checks, and validates it. */
export async function readJsonBody<S extends z.ZodType>(request: Request, schema: S): Promise<z.infer<S>> {
  const type = request.headers.get("content-type") ?? "";
  // Exactly application/json, with parameters at most: not application/json-patch+json or other types.
  if (!/^application\/json\s*(;|$)/i.test(type)) throw new AppError("UNSUPPORTED_MEDIA_TYPE", "Send the body as application/json.");
  const declared = Number(request.headers.get("content-length") ?? "0");
  if (declared > MAX_BODY_BYTES) throw new AppError("PAYLOAD_TOO_LARGE", `The body is over ${MAX_BODY_BYTES / 1024} KB.`);
  const text = await request.text();
  if (Buffer.byteLength(text) > MAX_BODY_BYTES) throw new AppError("PAYLOAD_TOO_LARGE", `The body is over ${MAX_BODY_BYTES / 1024} KB.`);
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    throw new AppError("INVALID_INPUT", "The body is not valid JSON.");
  }
  return schema.parse(parsed);
}
