/**
 * npm run user:create -- --email ada@example.org --role editor|admin [--name "Ada"] [--password-stdin]
 * Creates an account. The password comes from stdin with --password-stdin (e.g. from a password
 * manager), else from COMPENDIUM_PASSWORD; with neither, a strong one is generated and printed once.
 * There is no public sign-up and no default admin: this is how the first admin is made.
 */
import { randomBytes } from "node:crypto";
import { readFileSync } from "node:fs";
import { parseArgs } from "node:util";
import { z } from "zod";
import { SYSTEM_CLI } from "../lib/access/actor";
import { authSecret } from "../lib/auth/secret";
import { createAuth } from "../lib/auth/server";
import { createDb } from "../lib/db/client";
import { databaseTarget } from "../lib/db/database-target";
import { migrateDatabase } from "../lib/db/migrate";
import { createUser } from "../lib/db/users/create-user";
import { runCli } from "../lib/cli/run-cli";
import { env } from "../lib/env";

const argsSchema = z.object({
  email: z.string({ error: "--email is required" }),
  role: z.enum(["editor", "admin"], { error: "--role must be editor or admin" }),
  name: z.string().optional(),
  "password-stdin": z.boolean().default(false),
});

async function main(): Promise<number> {
  const { values } = parseArgs({
    args: process.argv.slice(2),
    options: { email: { type: "string" }, role: { type: "string" }, name: { type: "string" }, "password-stdin": { type: "boolean" } },
    strict: true,
  });
  const args = argsSchema.parse(values);
  let password = args["password-stdin"] ? readFileSync(0, "utf8").replace(/\r?\n$/, "") : process.env.COMPENDIUM_PASSWORD;
  const generated = !password;
  password ||= randomBytes(18).toString("base64url");

  await migrateDatabase(env.DATABASE_URL);
  const db = createDb(env.DATABASE_URL);
  try {
    const auth = createAuth({ db, provider: databaseTarget(env.DATABASE_URL).provider, secret: authSecret(env.AUTH_SECRET), baseURL: env.SITE_URL });
    const user = await createUser({ auth, db, actor: SYSTEM_CLI, input: { email: args.email, role: args.role, name: args.name, password } });
    console.log(`Created ${user.role} ${user.email}.`);
    if (generated) console.log(`Password (shown once; store it now): ${password}`);
  } finally {
    await db.$disconnect();
  }
  return 0;
}

runCli("user:create", main);
