/**
 * Turns DATABASE_URL into a provider and a connection URL. Shared by the Prisma CLI
 * config and the runtime client so both always agree on which database is meant.
 */
import { mkdirSync } from "node:fs";
import { dirname, isAbsolute, resolve } from "node:path";
import { z } from "zod";

export const DEFAULT_SQLITE_URL = "file:./data/compendium.db";

const databaseUrlSchema = z
  .string()
  .trim()
  .refine((url) => /^(file:|postgres(ql)?:\/\/)/.test(url), {
    message: "DATABASE_URL must start with file: (SQLite) or postgresql:// (PostgreSQL)",
  });

export type DatabaseTarget =
  | { provider: "sqlite"; url: string; file: string }
  | { provider: "postgresql"; url: string };

export function databaseTarget(raw: string | undefined, cwd: string = process.cwd()): DatabaseTarget {
  const url = databaseUrlSchema.parse(raw && raw.trim() !== "" ? raw : DEFAULT_SQLITE_URL);
  if (!url.startsWith("file:")) return { provider: "postgresql", url };
  const path = url.slice("file:".length).replace(/\?.*$/, "");
  if (path === "") throw new z.ZodError([{ code: "custom", path: ["DATABASE_URL"], message: "file: URL without a path", input: raw }]);
  const file = isAbsolute(path) ? path : resolve(cwd, path);
  return { provider: "sqlite", url: `file:${file}`, file };
}

/** Creates the folder of an SQLite file so the first start can create the database. */
export function ensureSqliteFolder(target: DatabaseTarget): void {
  if (target.provider === "sqlite") mkdirSync(dirname(target.file), { recursive: true });
}
