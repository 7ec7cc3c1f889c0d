/**
 * Backups of the embedded database, round trip: editors' revisions and the audit log survive a
 * backup taken while another connection keeps writing, and a restore puts them back. The command
 * lines refuse what they must (PostgreSQL, no --yes, a file that is not a backup).
 */
import { spawnSync } from "node:child_process";
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Db } from "@/lib/db/client";
import { freshSqlite, type TestDatabase } from "../support/databases";
import { editorialDatabase } from "../support/editorial-database";
import { ROOT } from "../support/real-book";

let database: TestDatabase;
let db: Db;
let file: string;

function cli(script: string, args: string[], url = database.url) {
  const result = spawnSync(process.execPath, ["--conditions=react-server", "--import", "tsx", `scripts/${script}.ts`, ...args], { cwd: ROOT, env: { ...process.env, DATABASE_URL: url }, encoding: "utf8", timeout: 120_000 });
  return { code: result.status, out: result.stdout, err: result.stderr };
}

const revision = (n: number) => ({ chapterNumber: 2, part: "recommendations", number: n, kind: "publish", authorId: "u1", authorEmail: "admin@example.org", note: `Revision ${n}`, before: "{}", after: "{}" });

beforeAll(async () => {
  database = freshSqlite();
  ({ db } = await editorialDatabase(database.url));
  file = database.url.slice("file:".length);
  for (let n = 1; n <= 3; n++) await db.revision.create({ data: revision(n) });
  await db.auditEvent.createMany({ data: [{ action: "published", target: "fao/recommendations", actorEmail: "admin@example.org" }, { action: "sign-in", target: "admin@example.org" }] });
}, 180_000);
afterAll(async () => {
  await db?.$disconnect();
  await database?.drop();
});

describe("backup and restore (SQLite)", () => {
  it("copies the database consistently while it is being written, then restores revisions and the audit log", async () => {
    const { backupSqlite, checkBackup, restoreSqlite } = await import("@/lib/db/backup/sqlite-backup");
    const out = join(file, "..", "backup-1.db");
    // Another connection keeps writing audit events during the backup, as a serving portal would.
    let writing = true;
    const writer = (async () => {
      for (let i = 0; writing && i < 200; i++) await db.auditEvent.create({ data: { action: "sign-in-failed", target: `w${i}@example.org` } });
    })();
    const summary = await backupSqlite(file, out);
    writing = false;
    await writer;
    expect(summary.revisions).toBe(3);
    expect(summary.auditEvents).toBeGreaterThanOrEqual(2);
    expect(checkBackup(out)).toMatchObject({ revisions: 3, blocks: summary.blocks });

    // Lose the revisions and the log, then restore.
    await db.revision.deleteMany();
    await db.auditEvent.deleteMany();
    await db.$disconnect();
    const restored = await restoreSqlite(out, file);
    expect(restored.previous).toBe(`${file}.before-restore`);
    const { createDb } = await import("@/lib/db/client");
    db = createDb(database.url);
    expect((await db.revision.findMany({ orderBy: { number: "asc" } })).map((r) => r.note)).toEqual(["Revision 1", "Revision 2", "Revision 3"]);
    expect(await db.auditEvent.count({ where: { action: "published", target: "fao/recommendations" } })).toBe(1);
    expect(await db.auditEvent.count()).toBe(summary.auditEvents);
  });

  it("refuses to restore a file that is not a backup of this portal, and never overwrites a backup", async () => {
    const { backupSqlite, checkBackup } = await import("@/lib/db/backup/sqlite-backup");
    const junk = join(file, "..", "junk.db");
    writeFileSync(junk, "not a database at all");
    expect(() => checkBackup(junk)).toThrow(/not an SQLite database/);
    const empty = join(file, "..", "empty.db");
    const Database = (await import("better-sqlite3")).default;
    new Database(empty).exec("CREATE TABLE t (x)");
    expect(() => checkBackup(empty)).toThrow(/not a backup of this portal/);
    const out = join(file, "..", "backup-2.db");
    await backupSqlite(file, out);
    await expect(backupSqlite(file, out)).rejects.toThrow(/already exists/);
  });

  it("works from the command line, and says what to do on PostgreSQL or without --yes", async () => {
    const out = join(file, "..", "backup-cli.db");
    const backup = cli("backup", ["--out", out]);
    expect(backup.code).toBe(0);
    expect(backup.out).toMatch(/backup: .*backup-cli\.db .*3 revisions/);
    expect(cli("restore", [out, "--check"]).out).toMatch(/is a sound backup/);
    const noYes = cli("restore", [out]);
    expect(noYes.code).toBe(1);
    expect(noYes.err).toMatch(/Stop the portal, then run again with --yes/);
    const postgres = cli("backup", [], "postgresql://nobody@127.0.0.1:9/none");
    expect(postgres.code).toBe(1);
    expect(postgres.err).toMatch(/pg_dump/);
    expect(cli("restore", []).code).toBe(2);
  });
});
