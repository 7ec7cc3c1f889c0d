/**
 * The one error path: any thrown value becomes an AppError with a code from the closed set, so
 * routes (HTTP status), server actions (the form's message), pages (not found) and the CLI (exit
 * code) decide from `code` alone. Invalid input (zod) is INVALID_INPUT with every issue named; a
 * content file that cannot be read or is invalid is CONFIG; a database that is not there is UNAVAILABLE; anything unexpected is INTERNAL, keeping the original
 * as its cause for the log and showing nobody its message.
 */
import { z } from "zod";
import { ContentFileError } from "../book/content/read-content";
import { isDatabaseUnavailable, unavailable } from "./database-unavailable";
import { AppError, isAppError } from "./app-error";

/** Every issue, each with the field it is about (`root` when it is about the whole input). */
export function zodMessage(error: z.ZodError, root = "request"): string {
  return error.issues.map((i) => `${i.path.join(".") || root}: ${i.message}`).join("; ");
}

/** `fields: false` for a form, whose messages stand next to their fields and need no names. */
export function toAppError(error: unknown, { fields = true }: { fields?: boolean } = {}): AppError {
  if (isAppError(error)) return error;
  if (error instanceof z.ZodError) return new AppError("INVALID_INPUT", fields ? zodMessage(error) : error.issues.map((i) => i.message).join("; "), { cause: error });
  if (error instanceof ContentFileError) return new AppError("CONFIG", error.message, { cause: error });
  if (isDatabaseUnavailable(error)) return unavailable(error);
  return new AppError("INTERNAL", undefined, { cause: error });
}
