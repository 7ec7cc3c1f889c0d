/** The process's Better Auth instance, on the shared database client. */
import "server-only";
import { getDb } from "../db/client";
import { databaseTarget } from "../db/database-target";
import { env } from "../env";
import { authSecret } from "./secret";
import { createAuth, type Auth } from "./server";

const store = globalThis as unknown as { __compendiumAuth?: Auth };

export function getAuth(): Auth {
  store.__compendiumAuth ??= createAuth({
    db: getDb(),
    provider: databaseTarget(env.DATABASE_URL).provider,
    secret: authSecret(env.AUTH_SECRET),
    baseURL: env.SITE_URL,
  });
  return store.__compendiumAuth;
}
