/**
 * Better Auth, configured for this portal: email and password only (no public sign-up),
 * scrypt hashes, the admin plugin with two roles (editor, admin), sessions in the database,
 * and sign-in limits stored in the database so they hold across app instances:
 *  - Better Auth's own per-IP limiter (RateLimit table);
 *  - a per-account limit: after FAILED_SIGN_IN_LIMIT failures for an email within
 *    FAILED_SIGN_IN_WINDOW_MS, that email is refused until the window passes (AuditEvent table).
 * The hooks also write the audit log and apply the password policy on every path that sets one.
 */
import "server-only";
import { betterAuth } from "better-auth";
import { prismaAdapter } from "better-auth/adapters/prisma";
import { APIError, createAuthMiddleware, getSessionFromCtx } from "better-auth/api";
import { nextCookies } from "better-auth/next-js";
import { admin } from "better-auth/plugins/admin";
import { defaultAc } from "better-auth/plugins/admin/access";
import type { Db } from "../db/client";
import { z } from "zod";
import { recordAuthEvent } from "../db/audit/record-auth-event";
import { SYSTEM_AUTH } from "../access/actor";
import { type AuditAction } from "../db/audit/audit-event-schema";
import { reserveSignInAttempt, settleSignInAttempt } from "../db/audit/sign-in-attempts";
import { env } from "../env";
import { CLIENT_IP_HEADER } from "../request-headers";
import { passwordProblem, PASSWORD_MAX, PASSWORD_MIN } from "./password-policy";

export const FAILED_SIGN_IN_LIMIT = 5;
export const FAILED_SIGN_IN_WINDOW_MS = 15 * 60 * 1000;

export const ROLES = {
  editor: defaultAc.newRole({ user: [], session: [] }),
  // No impersonation: an admin acts only as themself.
  admin: defaultAc.newRole({
    user: ["create", "list", "set-role", "ban", "delete", "set-password", "get", "update"],
    session: ["list", "revoke", "delete"],
  }),
};

export type AuthOptions = { db: Db; provider: "sqlite" | "postgresql"; secret: string; baseURL: string };

/** Better Auth's own message for a wrong email or password: a failure to count, like every other refusal. */
function failureReason(error: APIError): string {
  return String(error.body?.code ?? error.statusCode ?? "failed");
}

const PASSWORD_FIELDS = ["password", "newPassword"] as const;

/** Successful admin endpoints that change something, and the audit event each writes. */
type AdminAction = Extract<AuditAction, "user-created" | "role-changed" | "user-disabled" | "user-enabled" | "sessions-revoked" | "password-set" | "user-removed">;
const ADMIN_EVENTS: Partial<Record<string, AdminAction>> = {
  "/admin/create-user": "user-created",
  "/admin/set-role": "role-changed",
  "/admin/ban-user": "user-disabled",
  "/admin/unban-user": "user-enabled",
  "/admin/revoke-user-sessions": "sessions-revoked",
  "/admin/set-user-password": "password-set",
  "/admin/remove-user": "user-removed",
};
/** Admin endpoints that only read. Any other admin endpoint (update-user, impersonation…) is refused: nothing unaudited may change. */
const ADMIN_READS = new Set(["/admin/list-users", "/admin/get-user", "/admin/list-user-sessions", "/admin/has-permission"]);

/** What a sign-in must carry before anything is counted or written: a real, bounded email. */
const signInSchema = z.object({
  email: z.email("Give a valid email address.").max(254, "Give a valid email address.").transform((e) => e.toLowerCase()),
  password: z.string({ error: "Give a password." }).max(PASSWORD_MAX * 4, "The password is too long."),
});

/** The client's address as the front door (lib/server/front-door.ts) worked it out: never a header the client chose. */
function clientIp(headers: Headers | undefined): string | null {
  return headers?.get(CLIENT_IP_HEADER)?.slice(0, 45) || null;
}

export function createAuth({ db, provider, secret, baseURL }: AuthOptions) {
  return betterAuth({
    appName: "Migration Compendium Portal",
    baseURL,
    secret,
    database: prismaAdapter(db, { provider }),
    telemetry: { enabled: false },
    // Wrong passwords are expected in tests (they test the limits); there only errors are worth printing.
    logger: { level: env.NODE_ENV === "test" ? "error" : "warn" },
    trustedOrigins: [new URL(baseURL).origin],
    emailAndPassword: {
      enabled: true,
      disableSignUp: true,
      minPasswordLength: PASSWORD_MIN,
      maxPasswordLength: PASSWORD_MAX,
    },
    session: { expiresIn: 60 * 60 * 24 * 7, updateAge: 60 * 60 * 24 },
    rateLimit: {
      enabled: true,
      storage: "database",
      window: 60,
      max: 300,
      customRules: { "/sign-in/email": { window: 60, max: 20 } },
    },
    advanced: {
      useSecureCookies: baseURL.startsWith("https:"),
      ipAddress: { ipAddressHeaders: [CLIENT_IP_HEADER] },
    },
    plugins: [admin({ roles: ROLES, defaultRole: "editor", adminRoles: ["admin"] }), nextCookies()],
    hooks: {
      before: createAuthMiddleware(async (ctx) => {
        const body = (ctx.body ?? {}) as Record<string, unknown>;
        if (ctx.path.startsWith("/admin/") && !ADMIN_EVENTS[ctx.path] && !ADMIN_READS.has(ctx.path)) {
          throw new APIError("FORBIDDEN", { message: "This admin action is not available.", code: "ADMIN_ACTION_DISABLED" });
        }
        if (ctx.path === "/sign-in/email") {
          const parsed = signInSchema.safeParse(body);
          // Refused before anything is written: the log never holds a malformed or oversized "email".
          if (!parsed.success) throw new APIError("BAD_REQUEST", { message: parsed.error.issues[0]?.message ?? "Give an email and a password.", code: "INVALID_SIGN_IN" });
          // Counted and decided in one transaction, before the password is checked (sign-in-attempts.ts).
          const reservation = await reserveSignInAttempt(db, {
            email: parsed.data.email,
            ip: clientIp(ctx.headers),
            limit: FAILED_SIGN_IN_LIMIT,
            since: new Date(Date.now() - FAILED_SIGN_IN_WINDOW_MS),
            provider,
          });
          if (!reservation.allowed) throw new APIError("TOO_MANY_REQUESTS", { message: "Too many failed sign-ins for this account. Try again in 15 minutes.", code: "SIGN_IN_LOCKED" });
          return;
        }
        for (const field of PASSWORD_FIELDS) {
          const value = body[field];
          if (typeof value === "string") {
            const problem = passwordProblem(value);
            if (problem) throw new APIError("BAD_REQUEST", { message: problem, code: "WEAK_PASSWORD" });
          }
        }
        if (ctx.path === "/sign-out") {
          // Logged before the session is gone, so the event names who signed out.
          const session = await getSessionFromCtx(ctx).catch(() => null);
          if (session) await recordAuthEvent({ db, actor: SYSTEM_AUTH, event: { action: "sign-out", actorId: session.user.id, actorEmail: session.user.email, ip: clientIp(ctx.headers) } });
        }
      }),
      after: createAuthMiddleware(async (ctx) => {
        const returned = ctx.context.returned;
        const failed = returned instanceof APIError;
        const body = (ctx.body ?? {}) as Record<string, unknown>;
        const ip = clientIp(ctx.headers);
        if (ctx.path === "/sign-in/email") {
          const parsed = signInSchema.safeParse(body);
          if (!parsed.success) return;
          const email = parsed.data.email;
          // A refused or locked attempt was settled (or never reserved) by the before hook.
          if (failed) {
            const code = (returned as APIError).body?.code;
            if (code === "SIGN_IN_LOCKED" || code === "INVALID_SIGN_IN") return;
            await settleSignInAttempt(db, { email, outcome: { action: "sign-in-failed", reason: failureReason(returned as APIError) } });
          } else {
            const user = ctx.context.newSession?.user;
            await settleSignInAttempt(db, { email, outcome: { action: "sign-in", actorId: user?.id ?? null, actorEmail: user?.email ?? email } });
          }
          return;
        }
        const action = ADMIN_EVENTS[ctx.path];
        if (!action || failed) return;
        const session = await getSessionFromCtx(ctx).catch(() => null);
        // Without a session, create-user is the CLI, which logs the event itself as system:cli.
        if (!session && action === "user-created") return;
        const target =
          typeof body.userId === "string"
            ? ((await db.user.findUnique({ where: { id: body.userId }, select: { email: true } }))?.email ?? body.userId)
            : typeof body.email === "string"
              ? body.email.toLowerCase()
              : null;
        const who = { actorId: session?.user.id ?? null, actorEmail: session?.user.email ?? null, target, ip };
        // Better Auth accepts a role or a list of roles; the log keeps them as one string.
        const role = Array.isArray(body.role) ? body.role.join(",") : typeof body.role === "string" ? body.role : "editor";
        if (action === "role-changed" || action === "user-created") await recordAuthEvent({ db, actor: SYSTEM_AUTH, event: { action, ...who, detail: { role } } });
        else await recordAuthEvent({ db, actor: SYSTEM_AUTH, event: { action, ...who } });
      }),
    },
  });
}

export type Auth = ReturnType<typeof createAuth>;
