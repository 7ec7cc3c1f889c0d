/**
 * Prisma CLI configuration. DATABASE_URL picks the provider: unset or file:… is the
 * embedded SQLite file, postgresql://… is PostgreSQL. Both use driver adapters and the
 * JavaScript schema engine, so no native engine is downloaded.
 */
import { defineConfig } from "prisma/config";
import { databaseTarget } from "./lib/db/database-target";

const target = databaseTarget(process.env.DATABASE_URL);
// The schema reads env("DATABASE_URL"); give it the resolved default so an unset variable works.
process.env.DATABASE_URL = target.url;

export default defineConfig({
  experimental: { adapter: true },
  engine: "js",
  schema: target.provider === "postgresql" ? "prisma/postgres/schema.prisma" : "prisma/schema.prisma",
  migrations: {
    path: target.provider === "postgresql" ? "prisma/postgres/migrations" : "prisma/migrations",
  },
  async adapter() {
    if (target.provider === "postgresql") {
      const { PrismaPg } = await import("@prisma/adapter-pg");
      return new PrismaPg({ connectionString: target.url });
    }
    const { PrismaBetterSQLite3 } = await import("@prisma/adapter-better-sqlite3");
    return new PrismaBetterSQLite3({ url: target.url });
  },
});
