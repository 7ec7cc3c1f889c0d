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
import { countFailedSignIns, recordAuditEvent, type AuditAction } from "../db/audit/audit-events";
import { CLIENT_IP_HEADER } from "../server/front-door";
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

const PASSWORD_FIELDS = ["password", "newPassword"] as const;

/** Successful admin endpoints and the audit event each writes. */
const ADMIN_EVENTS: Partial<Record<string, AuditAction>> = {
  "/admin/create-user": "user-created",
  "/admin/set-role": "role-changed",
  "/admin/ban-user": "user-disabled",
  "/admin/unban-user": "user-enabled",
  "/admin/revoke-user-sessions": "sessions-revoked",
};

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
          if (session) await recordAuditEvent(db, { action: "sign-out", actorId: session.user.id, actorEmail: session.user.email, ip: clientIp(ctx.headers) });
          return;
        }
        if (ctx.path === "/sign-in/email" && typeof body.email === "string") {
          const failures = await countFailedSignIns(db, body.email, new Date(Date.now() - FAILED_SIGN_IN_WINDOW_MS));
          if (failures >= FAILED_SIGN_IN_LIMIT) {
            await recordAuditEvent(db, { action: "sign-in-failed", target: body.email.toLowerCase(), detail: { reason: "too many failed attempts" }, ip: clientIp(ctx.headers) });
            throw new APIError("TOO_MANY_REQUESTS", { message: "Too many failed sign-ins for this account. Try again in 15 minutes.", code: "SIGN_IN_LOCKED" });
          }
        }
      }),
      after: createAuthMiddleware(async (ctx) => {
        const returned = ctx.context.returned;
        const failed = returned instanceof APIError;
        const body = (ctx.body ?? {}) as Record<string, unknown>;
        const ip = clientIp(ctx.headers);
        if (ctx.path === "/sign-in/email") {
          const email = typeof body.email === "string" ? body.email.toLowerCase() : null;
          const code = failed ? (returned as APIError).body?.code : undefined;
          // A locked-out attempt was already logged by the before hook.
          if (failed && code !== "SIGN_IN_LOCKED") await recordAuditEvent(db, { action: "sign-in-failed", target: email, detail: { reason: code ?? "failed" }, ip });
          if (!failed) {
            const user = ctx.context.newSession?.user;
            await recordAuditEvent(db, { action: "sign-in", actorId: user?.id ?? null, actorEmail: user?.email ?? email, target: email, ip });
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
        const detail = action === "role-changed" || action === "user-created" ? { role: body.role ?? "editor" } : {};
        await recordAuditEvent(db, { action, actorId: session?.user.id ?? null, actorEmail: session?.user.email ?? null, target, detail, ip });
      }),
    },
  });
}

export type Auth = ReturnType<typeof createAuth>;
