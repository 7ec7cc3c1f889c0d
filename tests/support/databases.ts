/**
 * Fresh databases for integration tests: a new SQLite file, or a new database on the
 * PostgreSQL server named by TEST_POSTGRES_URL (scripts/test.sh starts one on 127.0.0.1).
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import pg from "pg";

export type TestDatabase = { url: string; drop: () => Promise<void> };

export function freshSqlite(): TestDatabase {
  const dir = mkdtempSync(join(tmpdir(), "compendium-test-"));
  return { url: `file:${join(dir, "test.db")}`, drop: async () => rmSync(dir, { recursive: true, force: true }) };
}

export async function freshPostgres(): Promise<TestDatabase> {
  const admin = process.env.TEST_POSTGRES_URL;
  if (!admin) {
    throw new Error("TEST_POSTGRES_URL is not set. Run the suite with `npm test`, which starts a local PostgreSQL, or point it at a server.");
  }
  const name = `compendium_test_${process.pid}_${Math.random().toString(36).slice(2, 8)}`;
  const client = new pg.Client({ connectionString: admin });
  await client.connect();
  await client.query(`CREATE DATABASE "${name}"`);
  await client.end();
  const url = new URL(admin);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    drop: async () => {
      const c = new pg.Client({ connectionString: admin });
      await c.connect();
      await c.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
      await c.end();
    },
  };
}
