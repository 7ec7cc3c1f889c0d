/**
 * The editor's server actions, called as Next.js would call them (request headers mocked):
 * anonymous and editor callers get an error message and change nothing; admins succeed.
 */
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { SYSTEM_CLI } from "@/lib/access/actor";
import type { Auth } from "@/lib/auth/server";
import type { Db } from "@/lib/db/client";
import { freshSqlite, type TestDatabase } from "../support/databases";
import { editorialDatabase, sessionHeaders } from "../support/editorial-database";

let current = new Headers();
vi.mock("next/headers", () => ({ headers: async () => current }));
vi.mock("next/navigation", () => ({
  redirect: (to: string) => {
    throw new Error(`redirect ${to}`);
  },
}));

const PASSWORD = "quiet-harbour-lantern-42";
let database: TestDatabase;
let db: Db;
let auth: Auth;
const sessions: Record<string, Headers> = {};
const ids: Record<string, string> = {};

const form = (fields: Record<string, string>) => {
  const data = new FormData();
  for (const [k, v] of Object.entries(fields)) data.set(k, v);
  return data;
};
const as = (who: "anonymous" | "editor" | "admin") => (current = who === "anonymous" ? new Headers() : sessions[who]!);

beforeAll(async () => {
  database = freshSqlite();
  const seeded = await editorialDatabase(database.url);
  db = seeded.db;
  auth = seeded.makeAuth();
  Object.assign(globalThis, { __compendiumDb: db, __compendiumAuth: auth });
  const { createUser } = await import("@/lib/db/users/create-user");
  for (const role of ["editor", "admin"] as const) {
    ids[role] = (await createUser({ auth, db, actor: SYSTEM_CLI, input: { email: `${role}@example.org`, role, password: PASSWORD } })).id;
    const response = await auth.api.signInEmail({ body: { email: `${role}@example.org`, password: PASSWORD }, asResponse: true });
    sessions[role] = sessionHeaders(response);
  }
}, 180_000);

afterAll(async () => {
  await db?.$disconnect();
  await database?.drop();
});

describe("editor server actions", () => {
  it("refuse anonymous and editor callers with a message, changing nothing", async () => {
    const { restoreAction, revokeSessionsAction, setDisabledAction, setRoleAction } = await import("@/app/editor/actions");
    const users = async () => JSON.stringify(await db.user.findMany({ select: { email: true, role: true, banned: true }, orderBy: { email: "asc" } }));
    const before = [await users(), await db.session.count(), await db.revision.count()];
    for (const who of ["anonymous", "editor"] as const) {
      as(who);
      const expected = who === "anonymous" ? /Sign in/ : /may not/;
      expect((await setRoleAction({ error: null }, form({ userId: ids.editor!, role: "admin" }))).error).toMatch(expected);
      expect((await setDisabledAction({ error: null }, form({ userId: ids.admin!, disabled: "true" }))).error).toMatch(expected);
      expect((await revokeSessionsAction({ error: null }, form({ userId: ids.admin! }))).error).toMatch(expected);
      expect((await restoreAction({ error: null }, form({ revisionId: "1", state: "before", note: "x" }))).error).toMatch(expected);
    }
    expect([await users(), await db.session.count(), await db.revision.count()]).toEqual(before);
  });
  it("let an admin change a role, and validate the form", async () => {
    const { setRoleAction } = await import("@/app/editor/actions");
    as("admin");
    expect(await setRoleAction({ error: null }, form({ userId: ids.editor!, role: "owner" }))).toEqual({ error: "Choose editor or admin." });
    expect(await setRoleAction({ error: null }, form({ userId: ids.editor!, role: "admin" }))).toEqual({ error: null, done: "Role set to admin." });
    expect((await db.user.findUniqueOrThrow({ where: { id: ids.editor! } })).role).toBe("admin");
  });
  it("sign in with a clear message on a wrong password, and redirect only inside /editor", async () => {
    const { signInAction } = await import("@/app/editor/actions");
    as("anonymous");
    expect(await signInAction({ error: null }, form({ email: "admin@example.org", password: "wrong-password-1" }))).toEqual({ error: "Wrong email or password." });
    await expect(signInAction({ error: null }, form({ email: "admin@example.org", password: PASSWORD, next: "https://evil.example/" }))).rejects.toThrow("redirect /editor");
  });
});
