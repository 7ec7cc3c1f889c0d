/**
 * npm run backup [-- --out FILE]: a consistent copy of the embedded SQLite database, made while the
 * portal serves (SQLite's online backup). Default: data/backups/compendium-<UTC time>.db.
 * PostgreSQL databases are backed up with pg_dump (README, Operations).
 */
import { resolve } from "node:path";
import { parseArgs } from "node:util";
import { z } from "zod";
import { runCli } from "../lib/cli/run-cli";
import { backupSqlite } from "../lib/db/backup/sqlite-backup";
import { databaseTarget } from "../lib/db/database-target";
import { env } from "../lib/env";
import { AppError } from "../lib/errors/app-error";

runCli("backup", async () => {
  const { values } = parseArgs({ options: { out: { type: "string" } }, strict: true });
  const args = z.object({ out: z.string().min(1).optional() }).parse(values);
  const target = databaseTarget(env.DATABASE_URL);
  if (target.provider !== "sqlite") throw new AppError("INVALID_INPUT", "DATABASE_URL is PostgreSQL: back it up with pg_dump (see README, Operations).");
  const stamp = new Date().toISOString().replace(/[:.]/g, "-");
  const out = resolve(args.out ?? `data/backups/compendium-${stamp}.db`);
  const summary = await backupSqlite(target.file, out);
  console.log(`backup: ${summary.file} (${(summary.bytes / 1024 / 1024).toFixed(1)} MB): ${summary.blocks} blocks, ${summary.revisions} revisions, ${summary.auditEvents} audit events, content version ${summary.contentVersion}`);
  return 0;
});
