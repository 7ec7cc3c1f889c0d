/**
 * Wraps a route handler once: validates params with zod and maps errors to HTTP through the
 * one error path (toAppError): invalid input → 400 with a readable message, NOT_FOUND → 404,
 * other codes by the table below, anything unexpected → a generic 500 that reveals nothing.
 */
import { NextResponse } from "next/server";
import { z } from "zod";
import type { AppErrorCode } from "../errors/app-error";
import { toAppError } from "../errors/to-app-error";
import { agencySlugSchema } from "../book/schema";

const STATUS: Partial<Record<AppErrorCode, number>> = {
  INVALID_INPUT: 400,
  NOT_FOUND: 404,
  UNAUTHORIZED: 401,
  FORBIDDEN: 403,
  CONFLICT: 409,
  UNSUPPORTED_MEDIA_TYPE: 415,
  PAYLOAD_TOO_LARGE: 413,
  RATE_LIMITED: 429,
  UNAVAILABLE: 503,
};

export function errorResponse(thrown: unknown): NextResponse {
  const error = toAppError(thrown);
  const status = STATUS[error.code];
  if (status) {
    const details = error.details === undefined ? {} : { details: error.details };
    const headers = error.code === "UNAVAILABLE" ? { "Retry-After": "5" } : undefined;
    return NextResponse.json({ error: { code: error.code, message: error.message, ...details } }, { status, headers });
  }
  console.error("Unhandled route error:", error.cause ?? error);
  return NextResponse.json({ error: { code: "INTERNAL", message: "Something went wrong." } }, { status: 500 });
}

export function handleRoute<P extends z.ZodType>(
  paramsSchema: P,
  handler: (request: Request, params: z.infer<P>) => Promise<Response>,
) {
  return async (request: Request, context?: { params?: Promise<unknown> }): Promise<Response> => {
    try {
      const params = paramsSchema.parse((await context?.params) ?? {});
      return await handler(request, params);
    } catch (error) {
      return errorResponse(error);
    }
  };
}

export const noParams = z.object({}).passthrough();
export const partParams = z.object({
  slug: agencySlugSchema,
  part: z.string().regex(/^[a-z-]{1,32}$/, "a part is intro or a part name such as recommendations"),
});
export const idParams = z.object({ id: z.coerce.number().int().min(1) });
export const slugParams = z.object({
  slug: agencySlugSchema,
});
