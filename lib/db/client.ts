/**
 * The one Prisma client. DATABASE_URL chooses the driver adapter: the embedded
 * SQLite file (default) or PostgreSQL. Both generated clients come from one schema,
 * so they share one type; the PostgreSQL client is typed as the SQLite one.
 */
import "server-only";
import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import { PrismaPg } from "@prisma/adapter-pg";
import { env } from "../env";
import { databaseTarget, ensureSqliteFolder } from "./database-target";
import { PrismaClient as PostgresClient } from "./generated/postgres/client";
import { PrismaClient as SqliteClient } from "./generated/sqlite/client";

export type Db = SqliteClient;

export function createDb(databaseUrl: string | undefined): Db {
  const target = databaseTarget(databaseUrl);
  if (target.provider === "postgresql") {
    const client = new PostgresClient({ adapter: new PrismaPg({ connectionString: target.url, max: 10 }) });
    // Same schema, same queries: the two generated clients differ only in their SQL dialect.
    return client as unknown as Db;
  }
  ensureSqliteFolder(target);
  return new SqliteClient({ adapter: new PrismaBetterSQLite3({ url: target.url, timeout: 10_000 }) });
}

const store = globalThis as unknown as { __compendiumDb?: Db };

/** The shared client for this process (kept on globalThis so dev reloads reuse it). */
export function getDb(): Db {
  store.__compendiumDb ??= createDb(env.DATABASE_URL);
  return store.__compendiumDb;
}
