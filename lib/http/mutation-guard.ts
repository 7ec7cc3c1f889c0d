/**
 * Checks every mutating request before any work: it must come from this site (Origin, or
 * Sec-Fetch-Site, naming our own origin; "null" and foreign origins are refused), carry JSON
 * as application/json (so a cross-site form posting text/plain cannot pass), and stay under
 * a size limit. Browsers cannot forge Origin, so this blocks cross-site request forgery.
 */
import { z } from "zod";
import { AppError } from "../errors/app-error";

export const MAX_BODY_BYTES = 512 * 1024;

export function allowedOrigins(request: Request, siteUrl: string): Set<string> {
  const origins = new Set([new URL(siteUrl).origin]);
  const host = request.headers.get("x-forwarded-host") ?? request.headers.get("host");
  if (host) {
    const proto = request.headers.get("x-forwarded-proto") ?? new URL(request.url).protocol.replace(":", "");
    origins.add(`${proto}://${host}`);
  }
  return origins;
}

export function assertSameOrigin(request: Request, siteUrl: string): void {
  const origin = request.headers.get("origin");
  if (origin === null) {
    // Non-browser clients send no Origin; browsers always send one on cross-site writes, or Sec-Fetch-Site.
    const site = request.headers.get("sec-fetch-site");
    if (site && site !== "same-origin" && site !== "none") throw new AppError("FORBIDDEN", "Cross-site requests cannot change anything.");
    return;
  }
  if (origin === "null" || !allowedOrigins(request, siteUrl).has(origin)) {
    throw new AppError("FORBIDDEN", `Requests from ${origin === "null" ? "an opaque origin" : origin} cannot change anything here.`);
  }
}

/** Reads a JSON body after the content-type and size checks, and validates it. */
export async function readJsonBody<S extends z.ZodType>(request: Request, schema: S): Promise<z.infer<S>> {
  const type = request.headers.get("content-type") ?? "";
  if (!/^application\/json\b/i.test(type)) throw new AppError("UNSUPPORTED_MEDIA_TYPE", "Send the body as application/json.");
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
