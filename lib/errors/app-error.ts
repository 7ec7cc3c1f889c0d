/**
 * One error type for the whole app. `code` is a closed set so callers (CLI, route
 * handlers, server actions) can map it to an exit code or HTTP status without
 * string-matching messages.
 */
export const APP_ERROR_CODES = {
  SOURCE_MISSING: "The source file does not exist or cannot be read.",
  SOURCE_EMPTY: "The source file is empty.",
  SOURCE_BINARY: "The source file is not UTF-8 text.",
  SOURCE_NO_TOC: "The source has no table of contents.",
  SOURCE_CHAPTER_MISSING: "A chapter listed in the table of contents is missing from the body.",
  SOURCE_CHAPTER_DUPLICATED: "A chapter appears more than once.",
  SOURCE_TRUNCATED: "The source ends early.",
  PARSE_INVALID: "The parsed book failed validation.",
  INVALID_INPUT: "The input failed validation.",
  NOT_FOUND: "The requested item does not exist.",
  UNAUTHORIZED: "Sign-in is required.",
  FORBIDDEN: "The signed-in user may not do this.",
  CONFLICT: "The item changed since it was read.",
  UNSUPPORTED_MEDIA_TYPE: "The body must be JSON.",
  PAYLOAD_TOO_LARGE: "The body is too large.",
  RATE_LIMITED: "Too many requests.",
  UNAVAILABLE: "The database is not reachable right now.",
  CONFIG: "The configuration is invalid.",
  INTERNAL: "Something went wrong.",
} as const;

export type AppErrorCode = keyof typeof APP_ERROR_CODES;

export class AppError extends Error {
  readonly code: AppErrorCode;
  /** 1-based source line the error refers to, when there is one. */
  readonly line: number | undefined;
  /** Safe to show the caller: e.g. both texts of a conflict. */
  readonly details: unknown;

  constructor(code: AppErrorCode, message?: string, options: { line?: number; cause?: unknown; details?: unknown } = {}) {
    super(message ?? APP_ERROR_CODES[code], { cause: options.cause });
    this.name = "AppError";
    this.code = code;
    this.line = options.line;
    this.details = options.details;
  }
}

export function isAppError(error: unknown): error is AppError {
  return error instanceof AppError;
}
