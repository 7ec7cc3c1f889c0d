/**
 * The editorial workflow against a real database, run on both providers: accounts and
 * sessions through Better Auth, the access-control matrix of every mutation, drafts,
 * conflicts, publish and restore with revisions, and transactional safety.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { SYSTEM_CLI, SYSTEM_INGEST, type Actor } from "@/lib/access/actor";
import type { Auth } from "@/lib/auth/server";
import type { Db } from "@/lib/db/client";
import { isAppError } from "@/lib/errors/app-error";
import { editorialDatabase, sessionHeaders } from "../support/editorial-database";
import { realBook } from "../support/real-book";
import type { TestDatabase } from "../support/databases";

const PASSWORD = "quiet-harbour-lantern-42";
const ANONYMOUS: Actor = { kind: "anonymous" };

async function codeOf(promise: Promise<unknown>): Promise<string> {
  try {
    await promise;
    return "OK";
  } catch (error) {
    if (isAppError(error)) return error.code;
    if (error && typeof error === "object" && "name" in error && error.name === "ZodError") return "INVALID_INPUT";
    throw error;
  }
}

export function editorsSuite(name: string, open: () => Promise<TestDatabase>) {
  describe(`editors on ${name}`, () => {
    let database: TestDatabase;
    let db: Db;
    let auth: Auth;
    let makeAuth: () => Auth;
    const actors: Record<"editor" | "editor2" | "admin", Actor> = {} as never;
    const headersOf: Record<string, Headers> = {};
    const fao = { slug: "fao", part: "recommendations" };
    let originalC = "";

    const signIn = async (email: string, password: string, instance: Auth = auth) => {
      // Errors thrown by hooks surface as exceptions even with asResponse; read their status.
      const response = await instance.api.signInEmail({ body: { email, password }, asResponse: true, headers: new Headers({ "x-forwarded-for": "203.0.113.9" }) }).catch((error: { statusCode?: number }) => {
        if (typeof error.statusCode !== "number") throw error;
        return new Response(null, { status: error.statusCode });
      });
      return { status: response.status, headers: sessionHeaders(response) };
    };
    /** Everything a forbidden write must leave alone. */
    const fingerprint = async () => {
      const [drafts, revisions, blocks, users, version] = await Promise.all([
        db.draft.findMany({ orderBy: { id: "asc" } }),
        db.revision.count(),
        db.block.findMany({ where: { chapterNumber: 2 }, select: { id: true, text: true, position: true } }),
        db.user.findMany({ select: { email: true, role: true, banned: true }, orderBy: { email: "asc" } }),
        db.contentState.findUnique({ where: { id: 1 } }),
      ]);
      return JSON.stringify([drafts, revisions, blocks, users, version?.version]);
    };

    beforeAll(async () => {
      database = await open();
      ({ db, makeAuth } = await editorialDatabase(database.url));
      auth = makeAuth();
      const { createUser } = await import("@/lib/db/users/create-user");
      const { actorFromHeaders } = await import("@/lib/auth/session");
      for (const [key, role] of [["editor", "editor"], ["editor2", "editor"], ["admin", "admin"]] as const) {
        await createUser({ auth, db, actor: SYSTEM_CLI, input: { email: `${key}@example.org`, role, password: PASSWORD } });
        const session = await signIn(`${key}@example.org`, PASSWORD);
        headersOf[key] = session.headers;
        actors[key] = await actorFromHeaders(auth, session.headers);
      }
      originalC = (await db.block.findUniqueOrThrow({ where: { id: "fao-recommendations-c" } })).text;
      // Route handlers reach the database and Better Auth through these process-wide instances.
      Object.assign(globalThis, { __compendiumDb: db, __compendiumAuth: auth });
    }, 180_000);

    afterAll(async () => {
      await db?.$disconnect();
      await database?.drop();
    });

    it("signs users in with their role, and hashes passwords with scrypt", async () => {
      expect(actors.editor).toMatchObject({ kind: "user", role: "editor", email: "editor@example.org" });
      expect(actors.admin).toMatchObject({ kind: "user", role: "admin" });
      const account = await db.account.findFirstOrThrow({ where: { user: { email: "editor@example.org" } } });
      expect(account.password).toMatch(/^[0-9a-f]{32}:[0-9a-f]{128}$/);
      expect(account.password).not.toContain(PASSWORD);
      expect(await db.auditEvent.count({ where: { action: "sign-in", target: "editor@example.org" } })).toBe(1);
    });

    it("applies the password policy, and accepts long passwords whole", async () => {
      const { createUser } = await import("@/lib/db/users/create-user");
      const make = (email: string, password: string) => codeOf(createUser({ auth, db, actor: SYSTEM_CLI, input: { email, role: "editor", password } }));
      expect(await make("weak1@example.org", "password1")).toBe("INVALID_INPUT");
      expect(await make("weak2@example.org", "short")).toBe("INVALID_INPUT");
      expect(await make("weak3@example.org", "aaaaaaaaaaaa")).toBe("INVALID_INPUT");
      const long = `${"river-stone-".repeat(8)}END`; // 99 characters
      expect(await make("long@example.org", long)).toBe("OK");
      expect((await signIn("long@example.org", long)).status).toBe(200);
      expect((await signIn("long@example.org", long.slice(0, 72))).status).toBe(401);
      expect(await db.user.count({ where: { email: { startsWith: "weak" } } })).toBe(0);
    });

    it("refuses public sign-up", async () => {
      const response = await auth.api.signUpEmail({ body: { email: "walk-in@example.org", password: PASSWORD, name: "Walk In" }, asResponse: true });
      expect(response.status).toBeGreaterThanOrEqual(400);
      expect(await db.user.count({ where: { email: "walk-in@example.org" } })).toBe(0);
    });

    it("ends a session on sign-out, and every session when an admin disables the user", async () => {
      const { actorFromHeaders } = await import("@/lib/auth/session");
      const { createUser } = await import("@/lib/db/users/create-user");
      const { setUserDisabled } = await import("@/lib/db/users/set-user-disabled");
      const created = await createUser({ auth, db, actor: SYSTEM_CLI, input: { email: "temp@example.org", role: "editor", password: PASSWORD } });
      const first = await signIn("temp@example.org", PASSWORD);
      const second = await signIn("temp@example.org", PASSWORD);
      expect((await actorFromHeaders(auth, first.headers)).kind).toBe("user");
      await auth.api.signOut({ headers: first.headers });
      expect((await actorFromHeaders(auth, first.headers)).kind).toBe("anonymous");
      expect((await actorFromHeaders(auth, second.headers)).kind).toBe("user");
      // An editor cannot disable anyone; an admin can, and that ends the user's other session.
      expect(await codeOf(setUserDisabled({ auth, actor: actors.editor, headers: headersOf.editor!, userId: created.id, disabled: true }))).toBe("FORBIDDEN");
      await setUserDisabled({ auth, actor: actors.admin, headers: headersOf.admin!, userId: created.id, disabled: true });
      expect((await actorFromHeaders(auth, second.headers)).kind).toBe("anonymous");
      expect((await signIn("temp@example.org", PASSWORD)).status).toBe(403);
      await setUserDisabled({ auth, actor: actors.admin, headers: headersOf.admin!, userId: created.id, disabled: false });
      expect((await signIn("temp@example.org", PASSWORD)).status).toBe(200);
      const actions = (await db.auditEvent.findMany({ where: { target: "temp@example.org" } })).map((e) => e.action);
      expect(actions).toEqual(expect.arrayContaining(["user-disabled", "user-enabled", "sign-in"]));
    });

    it("limits failed sign-ins per account in the database, across instances", async () => {
      const { createUser } = await import("@/lib/db/users/create-user");
      const { FAILED_SIGN_IN_LIMIT } = await import("@/lib/auth/server");
      await createUser({ auth, db, actor: SYSTEM_CLI, input: { email: "target@example.org", role: "editor", password: PASSWORD } });
      const other = makeAuth(); // a second app instance on the same database
      for (let i = 0; i < FAILED_SIGN_IN_LIMIT; i++) expect((await signIn("target@example.org", `wrong-guess-${i}`, i % 2 ? other : auth)).status).toBe(401);
      expect((await signIn("target@example.org", PASSWORD, other)).status).toBe(429);
      expect((await signIn("target@example.org", PASSWORD, auth)).status).toBe(429);
      const failures = await db.auditEvent.findMany({ where: { action: "sign-in-failed", target: "target@example.org" } });
      expect(failures.length).toBe(FAILED_SIGN_IN_LIMIT + 2);
      expect(JSON.stringify(failures)).not.toContain("wrong-guess");
      // The address is the front door's, never the X-Forwarded-For a client sent (here 203.0.113.9, with no trusted proxy).
      expect(failures.map((f) => f.ip).filter((ip) => ip === "203.0.113.9")).toEqual([]);
      // Other accounts are unaffected.
      expect((await signIn("editor2@example.org", PASSWORD)).status).toBe(200);
    });

    it("a session token alone opens no session: only the signed cookie does", async () => {
      const response = await auth.api.signInEmail({ body: { email: "editor2@example.org", password: PASSWORD }, asResponse: true });
      const { token } = (await response.clone().json()) as { token: string };
      expect(token.length).toBeGreaterThan(10);
      const cookieName = response.headers.getSetCookie()[0]!.split("=")[0]!;
      expect(await auth.api.getSession({ headers: new Headers({ cookie: `${cookieName}=${token}` }) })).toBeNull();
      expect(await auth.api.getSession({ headers: new Headers({ authorization: `Bearer ${token}` }) })).toBeNull();
      expect(await auth.api.getSession({ headers: sessionHeaders(response) })).not.toBeNull();
    });

    it("decides the sign-in limit atomically: a burst of guesses for one account is counted before it is checked", async () => {
      const { createUser } = await import("@/lib/db/users/create-user");
      const { FAILED_SIGN_IN_LIMIT } = await import("@/lib/auth/server");
      await createUser({ auth, db, actor: SYSTEM_CLI, input: { email: "burst@example.org", role: "editor", password: PASSWORD } });
      const other = makeAuth();
      // 30 simultaneous wrong passwords, each claiming another address, through two instances.
      const statuses = await Promise.all(Array.from({ length: 30 }, (_, i) => signIn("burst@example.org", `wrong-guess-${i}`, i % 2 ? other : auth)));
      const evaluated = statuses.filter((r) => r.status === 401).length;
      expect(evaluated).toBeLessThanOrEqual(FAILED_SIGN_IN_LIMIT);
      expect(statuses.filter((r) => r.status === 429).length).toBe(30 - evaluated);
      expect((await signIn("burst@example.org", PASSWORD)).status).toBe(429);
      expect(await db.auditEvent.count({ where: { target: "burst@example.org", action: "sign-in-attempt" } })).toBe(0); // every attempt settled
    });

    it("counts sign-ins refused for a short or malformed password towards the limit", async () => {
      const { createUser } = await import("@/lib/db/users/create-user");
      const { FAILED_SIGN_IN_LIMIT } = await import("@/lib/auth/server");
      await createUser({ auth, db, actor: SYSTEM_CLI, input: { email: "short@example.org", role: "editor", password: PASSWORD } });
      for (let i = 0; i < FAILED_SIGN_IN_LIMIT; i++) expect((await signIn("short@example.org", "x")).status).not.toBe(200);
      expect((await signIn("short@example.org", PASSWORD)).status).toBe(429);
    });

    it("refuses a malformed or oversized email before writing anything to the audit log", async () => {
      const before = await db.auditEvent.count();
      for (const email of ["x".repeat(1_000_000), "nul\u0000@example.org", "two\nlines@example.org", "correct horse battery staple", ""]) {
        expect((await signIn(email, "some password")).status).toBe(400);
      }
      expect(await db.auditEvent.count()).toBe(before);
      const longest = await db.auditEvent.findFirst({ orderBy: { target: "desc" }, select: { target: true } });
      expect((longest?.target ?? "").length).toBeLessThanOrEqual(254);
    });

    it("audits or refuses every admin endpoint that changes something", async () => {
      const { createUser } = await import("@/lib/db/users/create-user");
      const user = await createUser({ auth, db, actor: SYSTEM_CLI, input: { email: "managed@example.org", role: "editor", password: PASSWORD } });
      const status = (call: Promise<unknown>) => call.then((r) => (r as Response).status).catch((e: { statusCode?: number }) => e.statusCode ?? 500);
      // update-user could change a role unaudited: refused, and nothing changes.
      expect(await status(auth.api.adminUpdateUser({ headers: headersOf.admin!, body: { userId: user.id, data: { role: "admin" } }, asResponse: true }))).toBe(403);
      expect((await db.user.findUniqueOrThrow({ where: { id: user.id } })).role).toBe("editor");
      expect(await status(auth.api.setUserPassword({ headers: headersOf.admin!, body: { userId: user.id, newPassword: "another long passphrase 42" }, asResponse: true }))).toBe(200);
      expect(await status(auth.api.removeUser({ headers: headersOf.admin!, body: { userId: user.id }, asResponse: true }))).toBe(200);
      const actions = (await db.auditEvent.findMany({ where: { OR: [{ target: "managed@example.org" }, { target: user.id }] }, orderBy: { id: "asc" } })).map((e) => e.action);
      expect(actions).toEqual(expect.arrayContaining(["password-set", "user-removed"]));
    });

    it("lets only admins change roles; an editor cannot promote themself", async () => {
      const { setUserRole } = await import("@/lib/db/users/set-user-role");
      const editorId = (actors.editor as { id: string }).id;
      const before = await fingerprint();
      expect(await codeOf(setUserRole({ auth, actor: ANONYMOUS, headers: new Headers(), userId: editorId, role: "admin" }))).toBe("UNAUTHORIZED");
      expect(await codeOf(setUserRole({ auth, actor: actors.editor, headers: headersOf.editor!, userId: editorId, role: "admin" }))).toBe("FORBIDDEN");
      expect(await fingerprint()).toBe(before);
      // Even straight at Better Auth, an editor's session may not set roles.
      const direct = await auth.api.setRole({ headers: headersOf.editor!, body: { userId: editorId, role: "admin" }, asResponse: true });
      expect(direct.status).toBe(403);
      expect(await fingerprint()).toBe(before);
    });

    it("lets an admin change a role and end a user's sessions, with audit events", async () => {
      const { actorFromHeaders } = await import("@/lib/auth/session");
      const { createUser } = await import("@/lib/db/users/create-user");
      const { revokeUserSessions } = await import("@/lib/db/users/revoke-user-sessions");
      const { setUserRole } = await import("@/lib/db/users/set-user-role");
      const user = await createUser({ auth, db, actor: SYSTEM_CLI, input: { email: "promoted@example.org", role: "editor", password: PASSWORD } });
      const session = await signIn("promoted@example.org", PASSWORD);
      await setUserRole({ auth, actor: actors.admin, headers: headersOf.admin!, userId: user.id, role: "admin" });
      expect(await actorFromHeaders(auth, session.headers)).toMatchObject({ kind: "user", role: "admin" });
      expect(await codeOf(revokeUserSessions({ auth, actor: actors.editor, headers: headersOf.editor!, userId: user.id }))).toBe("FORBIDDEN");
      await revokeUserSessions({ auth, actor: actors.admin, headers: headersOf.admin!, userId: user.id });
      expect((await actorFromHeaders(auth, session.headers)).kind).toBe("anonymous");
      const events = await db.auditEvent.findMany({ where: { target: "promoted@example.org" }, orderBy: { id: "asc" } });
      expect(events.map((e) => e.action)).toEqual(["user-created", "sign-in", "role-changed", "sessions-revoked"]);
      expect(events.find((e) => e.action === "role-changed")).toMatchObject({ actorEmail: "admin@example.org", detail: JSON.stringify({ role: "admin" }) });
    });

    it("records each audit action with the detail its schema allows, and shows a stored row that no longer fits as unreadable", async () => {
      const { listAuditEvents } = await import("@/lib/db/audit/list-audit-events");
      const { recordAuditEvent } = await import("@/lib/db/audit/record-audit-event");
      // A stray key (a password, say) cannot reach the log: the union refuses it before anything is written.
      const before = await db.auditEvent.count();
      await expect(recordAuditEvent(db, { action: "sign-out", detail: { password: "hunter2" } } as never)).rejects.toThrow();
      await expect(recordAuditEvent(db, { action: "published", detail: { revision: 0, note: "x" } })).rejects.toThrow();
      expect(await db.auditEvent.count()).toBe(before);
      await db.auditEvent.create({ data: { action: "published", target: "fao/gaps", detail: '{"revision":"three"}' } });
      await db.auditEvent.create({ data: { action: "restored", target: "fao/gaps", detail: "not json" } });
      const events = await listAuditEvents({ db, actor: actors.admin, limit: 2 });
      expect(events.map((e) => ({ action: e.action, detail: e.detail, stored: e.stored }))).toEqual([
        { action: "restored", detail: null, stored: "not json" },
        { action: "published", detail: null, stored: '{"revision":"three"}' },
      ]);
      await db.auditEvent.deleteMany({ where: { target: "fao/gaps", action: { in: ["published", "restored"] }, actorEmail: null } });
    });

    it("refuses every content mutation to anonymous users and publishing to editors, leaving data unchanged", async () => {
      const { saveDraft } = await import("@/lib/db/editing/save-draft");
      const { publishDraft } = await import("@/lib/db/editing/publish-draft");
      const { restoreRevision } = await import("@/lib/db/editing/restore-revision");
      const { listAuditEvents } = await import("@/lib/db/audit/list-audit-events");
      const { createUser } = await import("@/lib/db/users/create-user");
      const { getEditablePart } = await import("@/lib/db/editing/get-editable-part");
      const part = await getEditablePart({ db, actor: actors.admin, ...fao });
      const content = { blocks: part.published.blocks.map((b) => (b.id === "fao-recommendations-c" ? { ...b, text: "Anonymous edit" } : b)) };
      const before = await fingerprint();
      const matrix: [string, Actor, () => Promise<unknown>, string][] = [
        ["save draft", ANONYMOUS, () => saveDraft({ db, actor: ANONYMOUS, input: { ...fao, baseRevision: 0, draftVersion: null, content } }), "UNAUTHORIZED"],
        ["read drafts", ANONYMOUS, () => getEditablePart({ db, actor: ANONYMOUS, ...fao }), "UNAUTHORIZED"],
        ["publish", ANONYMOUS, () => publishDraft({ db, actor: ANONYMOUS, input: { ...fao, draftVersion: 1, note: "x" } }), "UNAUTHORIZED"],
        ["publish", actors.editor, () => publishDraft({ db, actor: actors.editor, input: { ...fao, draftVersion: 1, note: "x" } }), "FORBIDDEN"],
        ["restore", ANONYMOUS, () => restoreRevision({ db, actor: ANONYMOUS, input: { revisionId: 1, state: "before", note: "x" } }), "UNAUTHORIZED"],
        ["restore", actors.editor, () => restoreRevision({ db, actor: actors.editor, input: { revisionId: 1, state: "before", note: "x" } }), "FORBIDDEN"],
        ["audit log", ANONYMOUS, () => listAuditEvents({ db, actor: ANONYMOUS }), "UNAUTHORIZED"],
        ["audit log", actors.editor, () => listAuditEvents({ db, actor: actors.editor }), "FORBIDDEN"],
        ["create user", ANONYMOUS, () => createUser({ auth, db, actor: ANONYMOUS, input: { email: "x@example.org", role: "admin", password: PASSWORD } }), "UNAUTHORIZED"],
        ["create user", actors.editor, () => createUser({ auth, db, actor: actors.editor, input: { email: "x@example.org", role: "admin", password: PASSWORD } }), "FORBIDDEN"],
      ];
      for (const [action, , run, expected] of matrix) expect(`${action}: ${await codeOf(run())}`).toBe(`${action}: ${expected}`);
      expect(await fingerprint()).toBe(before);
      expect(await codeOf(listAuditEvents({ db, actor: actors.admin }))).toBe("OK");
    });

    it("gives the second of two editors saving from the same version a conflict, keeping both texts", async () => {
      const { saveDraft } = await import("@/lib/db/editing/save-draft");
      const { getEditablePart } = await import("@/lib/db/editing/get-editable-part");
      const part = await getEditablePart({ db, actor: actors.editor, ...fao });
      const withC = (text: string) => ({ blocks: part.published.blocks.map((b) => (b.id === "fao-recommendations-c" ? { ...b, text } : b)) });
      const first = await saveDraft({ db, actor: actors.editor, input: { ...fao, baseRevision: part.revision, draftVersion: null, content: withC("First editor's text.") } });
      expect(first).toMatchObject({ version: 1, status: "draft" });
      let conflict: unknown;
      try {
        await saveDraft({ db, actor: actors.editor2, input: { ...fao, baseRevision: part.revision, draftVersion: null, content: withC("Second editor's text.") } });
      } catch (error) {
        conflict = error;
      }
      expect(isAppError(conflict) && conflict.code).toBe("CONFLICT");
      const details = (conflict as { details: { yours: { blocks: { id: string; text: string }[] }; theirs: { blocks: { id: string; text: string }[] } } }).details;
      expect(details.yours.blocks.find((b) => b.id === "fao-recommendations-c")!.text).toBe("Second editor's text.");
      expect(details.theirs.blocks.find((b) => b.id === "fao-recommendations-c")!.text).toBe("First editor's text.");
      const stored = await getEditablePart({ db, actor: actors.editor, ...fao });
      expect(stored.draft!.content.blocks.find((b) => b.id === "fao-recommendations-c")!.text).toBe("First editor's text.");
      // The second editor re-applies on top of version 1 and submits.
      const again = await saveDraft({ db, actor: actors.editor2, input: { ...fao, baseRevision: part.revision, draftVersion: 1, content: withC("Agreed text for (c)."), note: "Merged", submit: true } });
      expect(again).toMatchObject({ version: 2, status: "submitted" });
      // Drafts are not public.
      expect((await db.block.findUniqueOrThrow({ where: { id: "fao-recommendations-c" } })).text).toBe(originalC);
    });

    it("rolls back a publish that fails midway: neither the edit nor its revision is kept", async () => {
      const { publishDraft } = await import("@/lib/db/editing/publish-draft");
      const before = await fingerprint();
      await expect(publishDraft({ db, actor: actors.admin, input: { ...fao, draftVersion: 2, note: "Publish" }, hooks: { failAfterWrite: true } })).rejects.toThrow(/Injected failure/);
      expect(await fingerprint()).toBe(before);
    });

    it("publishes a reviewed draft with a revision and an audit event, and restores the old text as a new revision", async () => {
      const { publishDraft } = await import("@/lib/db/editing/publish-draft");
      const { restoreRevision } = await import("@/lib/db/editing/restore-revision");
      const { listRevisions } = await import("@/lib/db/editing/list-revisions");
      const { getContentVersion } = await import("@/lib/db/content/get-content-version");
      expect(await codeOf(publishDraft({ db, actor: actors.admin, input: { ...fao, draftVersion: 1, note: "Stale review" } }))).toBe("CONFLICT");
      const versionBefore = await getContentVersion(db);
      expect(await publishDraft({ db, actor: actors.admin, input: { ...fao, draftVersion: 2, note: "Clarify (c)" } })).toEqual({ revision: 1 });
      const block = await db.block.findUniqueOrThrow({ where: { id: "fao-recommendations-c" } });
      expect(block.text).toBe("Agreed text for (c).");
      expect(block.sourceText).toBe(originalC);
      expect(await getContentVersion(db)).toBe(versionBefore + 1);
      expect(await db.draft.count()).toBe(0);
      const [revision] = await listRevisions({ db, actor: actors.editor, query: { slug: "fao", block: "fao-recommendations-c" } });
      expect(revision).toMatchObject({ number: 1, kind: "publish", author: "admin@example.org", note: "Clarify (c)" });
      expect(revision!.diff).toHaveLength(1);
      expect(revision!.diff[0]!.kind).toBe("changed");
      expect(await db.auditEvent.count({ where: { action: "published", target: "fao/recommendations" } })).toBe(1);

      expect(await restoreRevision({ db, actor: actors.admin, input: { revisionId: revision!.id, state: "before", note: "Back to 2013" } })).toEqual({ revision: 2 });
      expect((await db.block.findUniqueOrThrow({ where: { id: "fao-recommendations-c" } })).text).toBe(originalC);
      expect(await db.revision.count()).toBe(2);
      expect(await db.auditEvent.count({ where: { action: "restored" } })).toBe(1);
    });

    it("never strands a draft: after a restore an editor rebases it (or discards it), and it publishes again", async () => {
      const { saveDraft } = await import("@/lib/db/editing/save-draft");
      const { rebaseDraft } = await import("@/lib/db/editing/rebase-draft");
      const { discardDraft } = await import("@/lib/db/editing/discard-draft");
      const { publishDraft } = await import("@/lib/db/editing/publish-draft");
      const { restoreRevision } = await import("@/lib/db/editing/restore-revision");
      const { getEditablePart } = await import("@/lib/db/editing/get-editable-part");
      const target = { slug: "who", part: "recommendations" };
      const start = await getEditablePart({ db, actor: actors.editor, ...target });
      const edit = (text: string, p = start) => ({ blocks: p.published.blocks.map((b, i) => (i === 0 ? { ...b, text } : b)) });
      await saveDraft({ db, actor: actors.editor, input: { ...target, baseRevision: start.revision, draftVersion: null, content: edit("First edit.") } });
      await publishDraft({ db, actor: actors.admin, input: { ...target, draftVersion: 1, note: "First" } });
      const published = await getEditablePart({ db, actor: actors.editor, ...target });
      const draft = await saveDraft({ db, actor: actors.editor, input: { ...target, baseRevision: published.revision, draftVersion: null, content: edit("Second edit, pending.", published) } });
      // An admin restores while the draft exists: the draft is now based on an old revision.
      const revision = await db.revision.findFirstOrThrow({ orderBy: { id: "desc" } }); // the "First" publish just made
      await restoreRevision({ db, actor: actors.admin, input: { revisionId: revision.id, state: "before", note: "Back" } });
      const stale = await getEditablePart({ db, actor: actors.editor, ...target });
      expect(stale.draft!.baseRevision).toBeLessThan(stale.revision);
      expect(await codeOf(saveDraft({ db, actor: actors.editor, input: { ...target, baseRevision: stale.draft!.baseRevision, draftVersion: draft.version, content: stale.draft!.content } }))).toBe("CONFLICT");
      expect(await codeOf(publishDraft({ db, actor: actors.admin, input: { ...target, draftVersion: draft.version, note: "Stale" } }))).toBe("CONFLICT");
      // Rebase keeps the draft's text on the current revision; a stale version is refused.
      expect(await codeOf(rebaseDraft({ db, actor: actors.editor, ...target, draftVersion: draft.version + 5 }))).toBe("CONFLICT");
      expect(await codeOf(rebaseDraft({ db, actor: ANONYMOUS, ...target, draftVersion: draft.version }))).toBe("UNAUTHORIZED");
      const rebased = await rebaseDraft({ db, actor: actors.editor, ...target, draftVersion: draft.version });
      expect(rebased).toEqual({ version: draft.version + 1, baseRevision: stale.revision });
      expect((await getEditablePart({ db, actor: actors.editor, ...target })).draft!.content.blocks[0]!.text).toBe("Second edit, pending.");
      const resaved = await saveDraft({ db, actor: actors.editor, input: { ...target, baseRevision: rebased.baseRevision, draftVersion: rebased.version, content: edit("Second edit, pending.", published) } });
      await publishDraft({ db, actor: actors.admin, input: { ...target, draftVersion: resaved.version, note: "Second" } });
      // Discard: any editor, with the version they saw; the published part is untouched.
      const next = await getEditablePart({ db, actor: actors.editor, ...target });
      const third = await saveDraft({ db, actor: actors.editor, input: { ...target, baseRevision: next.revision, draftVersion: null, content: edit("Third.", next) } });
      expect(await codeOf(discardDraft({ db, actor: actors.editor2, ...target, draftVersion: third.version + 1 }))).toBe("CONFLICT");
      await discardDraft({ db, actor: actors.editor2, ...target, draftVersion: third.version });
      const after = await getEditablePart({ db, actor: actors.editor, ...target });
      expect(after.draft).toBeNull();
      expect(after.published.blocks[0]!.text).toBe("Second edit, pending.");
    });

    it("refuses a save based on a revision that has since been published over", async () => {
      const { saveDraft } = await import("@/lib/db/editing/save-draft");
      const { getEditablePart } = await import("@/lib/db/editing/get-editable-part");
      const part = await getEditablePart({ db, actor: actors.editor, ...fao });
      expect(part.revision).toBe(2);
      expect(await codeOf(saveDraft({ db, actor: actors.editor, input: { ...fao, baseRevision: 1, draftVersion: null, content: part.published } }))).toBe("CONFLICT");
    });

    it("adds, reorders and deletes blocks, and lets editor tags override the rules", async () => {
      const { saveDraft } = await import("@/lib/db/editing/save-draft");
      const { publishDraft } = await import("@/lib/db/editing/publish-draft");
      const { getEditablePart } = await import("@/lib/db/editing/get-editable-part");
      const part = await getEditablePart({ db, actor: actors.editor, ...fao });
      const [first, second, ...rest] = part.published.blocks;
      const content = {
        blocks: [
          { ...second!, themes: [], gcm: [] },
          { ...first!, themes: [...first!.themes, "health"] },
          { id: null, type: "item" as const, label: "(z)", depth: 0, text: "A new recommendation.", themes: ["remittances"], gcm: [] },
          ...rest.slice(1),
        ],
      };
      await saveDraft({ db, actor: actors.editor, input: { ...fao, baseRevision: part.revision, draftVersion: null, content } });
      await publishDraft({ db, actor: actors.admin, input: { ...fao, draftVersion: 1, note: "Restructure" } });
      const after = await getEditablePart({ db, actor: actors.editor, ...fao });
      expect(after.published.blocks.map((b) => b.id).slice(0, 2)).toEqual([second!.id, first!.id]);
      expect(after.published.blocks[2]).toMatchObject({ label: "(z)", text: "A new recommendation.", themes: ["remittances"] });
      expect(after.published.blocks[2]!.id).toMatch(/^fao-recommendations-e[0-9a-f]{8}$/);
      expect(after.published.blocks.some((b) => b.id === rest[0]!.id)).toBe(false);
      expect(after.published.blocks[0]!.themes).toEqual([]);
      expect(after.published.blocks[1]!.themes).toContain("health");
      const { loadCorpus } = await import("@/lib/db/blocks/load-corpus");
      const corpus = await loadCorpus({ db });
      expect(corpus.blocks.find((b) => b.id === first!.id)!.themes).toContain("health");
    });

    it("refuses cross-site and malformed writes at the API before touching data", async () => {
      const { PUT } = await import("@/app/api/v1/editor/parts/[slug]/[part]/draft/route");
      const { POST: publish } = await import("@/app/api/v1/editor/parts/[slug]/[part]/publish/route");
      const { getEditablePart } = await import("@/lib/db/editing/get-editable-part");
      const { env } = await import("@/lib/env");
      const part = await getEditablePart({ db, actor: actors.editor, slug: "ilo", part: "gaps" }).catch(() => getEditablePart({ db, actor: actors.editor, slug: "ilo", part: "challenges" }));
      const body = JSON.stringify({ baseRevision: part.revision, draftVersion: null, content: { blocks: part.published.blocks.map((b, i) => (i === 0 ? { ...b, text: "Edited through the API." } : b)) } });
      const site = new URL(env.SITE_URL).origin;
      const call = (headers: Record<string, string>, payload = body, session: Headers | null = headersOf.editor!) =>
        PUT(new Request(`${site}/api/v1/editor/parts/ilo/${part.part}/draft`, { method: "PUT", headers: { ...Object.fromEntries(session ?? []), ...headers }, body: payload }), { params: Promise.resolve({ slug: "ilo", part: part.part }) });
      const before = await fingerprint();
      const cases: [string, Record<string, string>, string, Headers | null, number][] = [
        ["foreign origin", { origin: "https://evil.example", "content-type": "application/json" }, body, headersOf.editor!, 403],
        ["opaque origin", { origin: "null", "content-type": "application/json" }, body, headersOf.editor!, 403],
        ["cross-site fetch without Origin", { "sec-fetch-site": "cross-site", "content-type": "application/json" }, body, headersOf.editor!, 403],
        ["cookie write with no Origin at all", { "content-type": "application/json" }, body, headersOf.editor!, 403],
        ["foreign origin vouched for by X-Forwarded-Host", { origin: "https://evil.example", "x-forwarded-host": "evil.example", "x-forwarded-proto": "https", "content-type": "application/json" }, body, headersOf.editor!, 403],
        ["JSON Patch media type", { origin: site, "content-type": "application/json-patch+json" }, body, headersOf.editor!, 415],
        ["JSON sent as text/plain", { origin: site, "content-type": "text/plain" }, body, headersOf.editor!, 415],
        ["anonymous", { origin: site, "content-type": "application/json" }, body, null, 401],
        ["not JSON", { origin: site, "content-type": "application/json" }, "{oops", headersOf.editor!, 400],
        ["unknown field", { origin: site, "content-type": "application/json" }, JSON.stringify({ ...JSON.parse(body), role: "admin" }), headersOf.editor!, 400],
        ["too large", { origin: site, "content-type": "application/json" }, JSON.stringify({ ...JSON.parse(body), note: "x".repeat(600_000) }), headersOf.editor!, 413],
      ];
      for (const [label, headers, payload, session, status] of cases) expect(`${label}: ${(await call(headers, payload, session)).status}`).toBe(`${label}: ${status}`);
      expect(await fingerprint()).toBe(before);

      const ok = await call({ origin: site, "content-type": "application/json" });
      expect(ok.status).toBe(200);
      const stale = await call({ origin: site, "content-type": "application/json" });
      expect(stale.status).toBe(409);
      const conflict = (await stale.json()) as { error: { code: string; details: { yours: unknown; theirs: unknown } } };
      expect(conflict.error.code).toBe("CONFLICT");
      expect(conflict.error.details.yours).toBeTruthy();
      expect(conflict.error.details.theirs).toBeTruthy();

      const denied = await publish(
        new Request(`${site}/api/v1/editor/parts/ilo/${part.part}/publish`, { method: "POST", headers: { ...Object.fromEntries(headersOf.editor!), origin: site, "content-type": "application/json" }, body: JSON.stringify({ draftVersion: 1, note: "Editors cannot publish" }) }),
        { params: Promise.resolve({ slug: "ilo", part: part.part }) },
      );
      expect(denied.status).toBe(403);
    });

    it("re-ingests a changed source without overwriting edits, and lists the conflicts", async () => {
      const { saveDraft } = await import("@/lib/db/editing/save-draft");
      const { publishDraft } = await import("@/lib/db/editing/publish-draft");
      const { getEditablePart } = await import("@/lib/db/editing/get-editable-part");
      const { importBook } = await import("@/lib/db/imports/import-book");
      const before = await getEditablePart({ db, actor: actors.editor, ...fao });
      const edited = before.published.blocks.find((b) => b.id === "fao-recommendations-c")!;
      const untouched = before.published.blocks.find((b) => b.id !== edited.id && b.id && before.sources[b.id] === b.text && b.type !== "subheading")!;
      const added = before.published.blocks.find((b) => b.label === "(z)")!;
      await saveDraft({ db, actor: actors.editor, input: { ...fao, baseRevision: before.revision, draftVersion: null, content: { blocks: before.published.blocks.map((b) => (b.id === edited.id ? { ...b, text: "Editors' wording of (c)." } : b)) } } });
      await publishDraft({ db, actor: actors.admin, input: { ...fao, draftVersion: 1, note: "Edit before re-ingest" } });
      const deletedEarlier = (await db.revision.findMany({ where: { part: "recommendations" } })).flatMap((r) => JSON.parse(r.before).blocks.map((b: { id: string }) => b.id)).find((id: string) => !before.published.blocks.some((b) => b.id === id));
      expect(deletedEarlier).toBeTruthy();

      // The new source changes (c) and an untouched block, and still prints the block editors deleted.
      const parsed = realBook();
      const book = structuredClone(parsed.book);
      const section = book.chapters.find((c) => c.slug === "fao")!.sections.find((s) => s.kinds[0] === "recommendations")!;
      section.blocks = section.blocks.map((b) => (b.id === edited.id ? { ...b, text: `${b.text} (revised source)` } : b.id === untouched.id ? { ...b, text: `${b.text} (revised source)` } : b));
      const outcome = await importBook({ db, actor: SYSTEM_INGEST, book, report: parsed.report, agencies: parsed.agencies, tags: parsed.tags, overviewFootnotes: parsed.overviewFootnotes, force: true });
      expect(outcome.status).toBe("imported");
      if (outcome.status !== "imported") return;
      expect(outcome.editedParts).toContain("fao/recommendations");
      expect(outcome.conflicts).toEqual([expect.objectContaining({ part: "fao/recommendations", blockId: edited.id, reason: "source changed an edited block", editorText: "Editors' wording of (c)." })]);

      const after = await getEditablePart({ db, actor: actors.editor, ...fao });
      const text = (id: string) => after.published.blocks.find((b) => b.id === id)?.text;
      expect(text(edited.id!)).toBe("Editors' wording of (c).");
      expect(after.sources[edited.id!]).toMatch(/\(revised source\)$/);
      expect(text(untouched.id!)).toMatch(/\(revised source\)$/);
      expect(text(added.id!)).toBe("A new recommendation.");
      expect(text(deletedEarlier)).toBeUndefined();
      expect(after.published.blocks.find((b) => b.themes.includes("health"))).toBeTruthy();
      // Other chapters are the source's: a re-import changes nothing there.
      expect(await db.block.count({ where: { chapterNumber: 3 } })).toBe(parsed.book.chapters.find((c) => c.number === 3)!.intro.length + parsed.book.chapters.find((c) => c.number === 3)!.sections.reduce((n, s) => n + s.blocks.length, 0));
    });

    it("lets editors reword a chapter's notes, keeps the numbering fixed, and keeps the wording through a re-ingest", async () => {
      const { saveDraft } = await import("@/lib/db/editing/save-draft");
      const { publishDraft } = await import("@/lib/db/editing/publish-draft");
      const { getEditablePart } = await import("@/lib/db/editing/get-editable-part");
      const { importBook } = await import("@/lib/db/imports/import-book");
      const { getAgencyProfile } = await import("@/lib/db/chapters/get-agency-profile");
      const notes = { slug: "ilo", part: "footnotes" };
      const part = await getEditablePart({ db, actor: actors.editor, ...notes });
      expect(part.published.blocks.length).toBeGreaterThan(3);
      const original = part.published.blocks[0]!.text;
      const reworded = { blocks: part.published.blocks.map((b, i) => (i === 0 ? { ...b, text: "See the ILO report (reworded note)." } : b)) };
      expect(await codeOf(saveDraft({ db, actor: actors.editor, input: { ...notes, baseRevision: 0, draftVersion: null, content: { blocks: part.published.blocks.slice(1) } } }))).toBe("INVALID_INPUT");
      await saveDraft({ db, actor: actors.editor, input: { ...notes, baseRevision: 0, draftVersion: null, content: reworded } });
      await publishDraft({ db, actor: actors.admin, input: { ...notes, draftVersion: 1, note: "Clarify the first note" } });
      const note = await db.footnote.findFirstOrThrow({ where: { chapter: { slug: "ilo" }, position: 0 } });
      expect(note).toMatchObject({ text: "See the ILO report (reworded note).", sourceText: original });
      const profile = await getAgencyProfile({ db, slug: "ilo" });
      expect(profile!.chapter.footnotes[0]!.text).toBe("See the ILO report (reworded note).");
      expect(profile!.edits.noteOriginals[0]).toBe(original);
      expect(profile!.edits.parts.footnotes).toBeTruthy();

      const parsed = realBook();
      const outcome = await importBook({ db, actor: SYSTEM_INGEST, book: parsed.book, report: parsed.report, agencies: parsed.agencies, tags: parsed.tags, overviewFootnotes: parsed.overviewFootnotes, force: true });
      expect(outcome.status === "imported" && outcome.editedParts).toContain("ilo/footnotes");
      expect((await db.footnote.findFirstOrThrow({ where: { chapter: { slug: "ilo" }, position: 0 } })).text).toBe("See the ILO report (reworded note).");
    });

    it("answers every mutating route by role: anonymous 401, editor 403 where it may not, admin allowed", async () => {
      const { PUT: saveRoute } = await import("@/app/api/v1/editor/parts/[slug]/[part]/draft/route");
      const { POST: publishRoute } = await import("@/app/api/v1/editor/parts/[slug]/[part]/publish/route");
      const { POST: restoreRoute } = await import("@/app/api/v1/editor/revisions/[id]/restore/route");
      const { getEditablePart } = await import("@/lib/db/editing/get-editable-part");
      const { env } = await import("@/lib/env");
      const site = new URL(env.SITE_URL).origin;
      const target = { slug: "unicef", part: "recommendations" };
      const part = await getEditablePart({ db, actor: actors.admin, ...target });
      const revisionId = (await db.revision.findFirstOrThrow({ orderBy: { id: "asc" } })).id;
      const request = (method: string, path: string, body: unknown, session: Headers | null) =>
        new Request(`${site}${path}`, { method, headers: { ...Object.fromEntries(session ?? []), origin: site, "content-type": "application/json" }, body: JSON.stringify(body) });
      const draftBody = { baseRevision: part.revision, draftVersion: null, content: { blocks: part.published.blocks.map((b, i) => (i === 0 ? { ...b, text: "Role matrix edit." } : b)) } };
      const routes = {
        save: (session: Headers | null) => saveRoute(request("PUT", "/api/v1/editor/parts/unicef/recommendations/draft", draftBody, session), { params: Promise.resolve(target) }),
        publish: (session: Headers | null) => publishRoute(request("POST", "/api/v1/editor/parts/unicef/recommendations/publish", { draftVersion: 1, note: "Role matrix" }, session), { params: Promise.resolve(target) }),
        restore: (session: Headers | null) => restoreRoute(request("POST", `/api/v1/editor/revisions/${revisionId}/restore`, { state: "after", note: "Role matrix" }, session), { params: Promise.resolve({ id: String(revisionId) }) }),
      };
      const before = await fingerprint();
      for (const [name, run] of Object.entries(routes)) expect(`${name} anonymous: ${(await run(null)).status}`).toBe(`${name} anonymous: 401`);
      expect(`publish editor: ${(await routes.publish(headersOf.editor!)).status}`).toBe("publish editor: 403");
      expect(`restore editor: ${(await routes.restore(headersOf.editor!)).status}`).toBe("restore editor: 403");
      expect(await fingerprint()).toBe(before);
      expect((await routes.save(headersOf.editor!)).status).toBe(200);
      expect((await routes.publish(headersOf.admin!)).status).toBe(200);
      expect((await db.block.findFirstOrThrow({ where: { id: part.published.blocks[0]!.id! } })).text).toBe("Role matrix edit.");
      expect((await routes.restore(headersOf.admin!)).status).toBe(200);
    });
  });
}
