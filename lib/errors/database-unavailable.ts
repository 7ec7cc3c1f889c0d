/**
 * Telling "the database is not there right now" (stopped, restarting, unreachable) from every other
 * failure, so callers can serve what they hold in memory, and routes can answer 503 with a clear
 * message instead of a 500. Pure error classification (no database access), so the one error path
 * (to-app-error.ts) can use it without depending on the data layer.
 */
import { AppError } from "./app-error";

/** Prisma's codes for an unreachable server, a timed-out or dropped connection. */
const UNREACHABLE = new Set(["P1001", "P1002", "P1008", "P1017"]);
const CONNECTION_TROUBLE = /ECONNREFUSED|ECONNRESET|EPIPE|Connection terminated|connection (is )?(closed|lost)|the database system is (shutting down|starting up|in recovery mode)|terminating connection|Can't reach database server|Server has closed the connection/i;

export function isDatabaseUnavailable(error: unknown): boolean {
  if (error instanceof AppError) return error.code === "UNAVAILABLE";
  const code = (error as { code?: unknown } | null)?.code;
  if (typeof code === "string" && UNREACHABLE.has(code)) return true;
  const message = error instanceof Error ? `${error.message} ${String((error as { cause?: unknown }).cause ?? "")}` : String(error);
  return CONNECTION_TROUBLE.test(message);
}

export function unavailable(cause?: unknown): AppError {
  return new AppError("UNAVAILABLE", "The database is not reachable right now. Nothing was changed; try again in a moment.", { cause });
}
