/**
 * What the account operations share: the part of Better Auth's admin API they use (written here so
 * the data layer does not import lib/auth, which imports it; Better Auth's instance satisfies it),
 * the schemas of their input, and the mapping of Better Auth's errors to AppErrors with readable messages.
 */
import "server-only";
import { APIError } from "better-auth/api";
import { z } from "zod";
import type { Role } from "../../access/actor";
import { AppError } from "../../errors/app-error";

type AdminCall<B, R = unknown> = (input: { headers: Headers; body: B }) => Promise<R>;
export type UserAdmin = {
  api: {
    createUser: (input: { body: { email: string; password: string; name: string; role: Role } }) => Promise<{ user: { id: string; email: string } }>;
    setRole: AdminCall<{ userId: string; role: Role }>;
    banUser: AdminCall<{ userId: string; banReason?: string }>;
    unbanUser: AdminCall<{ userId: string }>;
    revokeUserSessions: AdminCall<{ userId: string }>;
  };
};

export const newUserSchema = z.object({
  email: z.email("Give a valid email address.").max(254).transform((e) => e.toLowerCase()),
  role: z.enum(["editor", "admin"]),
  name: z.string().trim().min(1).max(120).optional(),
  password: z.string().max(1024),
});

export const userIdSchema = z.string().min(1).max(64);

/** Better Auth's refusals as AppErrors, with its message (it says what was wrong). */
export function fromAuthError(error: unknown): never {
  if (error instanceof APIError) {
    const message = error.body?.message ?? error.message;
    if (error.statusCode === 401) throw new AppError("UNAUTHORIZED", message);
    if (error.statusCode === 403) throw new AppError("FORBIDDEN", message);
    if (error.statusCode === 404) throw new AppError("NOT_FOUND", message);
    throw new AppError("INVALID_INPUT", message);
  }
  throw error;
}
