/** pingDatabase, behind GET /api/health: a reachable database with its content version, and an unreachable one named as such. */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Db } from "@/lib/db/client";
import { freshSqlite, type TestDatabase } from "../support/databases";

let database: TestDatabase;
let db: Db;

beforeAll(async () => {
  database = freshSqlite();
  const { migrateDatabase } = await import("@/lib/db/migrate");
  const { ROOT } = await import("../support/real-book");
  await migrateDatabase(database.url, ROOT);
  const { createDb } = await import("@/lib/db/client");
  db = createDb(database.url);
});
afterAll(async () => {
  await db?.$disconnect();
  await database?.drop();
});

describe("pingDatabase", () => {
  it("reports a reachable database and its content version", async () => {
    const { pingDatabase } = await import("@/lib/db/health/ping-database");
    expect(await pingDatabase({ db })).toMatchObject({ reachable: true, contentVersion: 0 });
  });
  it("reports a database that does not answer, without connection details", async () => {
    const { pingDatabase } = await import("@/lib/db/health/ping-database");
    const { createDb } = await import("@/lib/db/client");
    const down = createDb("postgresql://user:secret@127.0.0.1:9/none");
    const health = await pingDatabase({ db: down, timeoutMs: 3000 });
    expect(health.reachable).toBe(false);
    expect(JSON.stringify(health)).not.toContain("secret");
    await down.$disconnect().catch(() => undefined);
  });
});
