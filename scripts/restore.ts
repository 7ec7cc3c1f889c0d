/**
 * npm run restore -- FILE --yes: puts a backup made by `npm run backup` back as the embedded
 * database, after checking it (SQLite integrity check, the portal's tables). Stop the portal first.
 * The database it replaces is kept as <database>.before-restore. `--check` only checks the backup.
 */
import { resolve } from "node:path";
import { parseArgs } from "node:util";
import { z } from "zod";
import { runCli } from "../lib/cli/run-cli";
import { checkBackup, restoreSqlite } from "../lib/db/backup/sqlite-backup";
import { databaseTarget } from "../lib/db/database-target";
import { env } from "../lib/env";
import { AppError } from "../lib/errors/app-error";

runCli("restore", async () => {
  const { values, positionals } = parseArgs({ options: { yes: { type: "boolean" }, check: { type: "boolean" } }, allowPositionals: true, strict: true });
  const args = z
    .object({ file: z.string({ error: "give the backup file: npm run restore -- FILE --yes" }).min(1), yes: z.boolean().default(false), check: z.boolean().default(false) })
    .parse({ file: positionals[0], ...values });
  const target = databaseTarget(env.DATABASE_URL);
  if (target.provider !== "sqlite") throw new AppError("INVALID_INPUT", "DATABASE_URL is PostgreSQL: restore it with pg_restore (see README, Operations).");
  const file = resolve(args.file);
  if (args.check) {
    const summary = checkBackup(file);
    console.log(`restore: ${file} is a sound backup: ${summary.blocks} blocks, ${summary.revisions} revisions, ${summary.auditEvents} audit events, content version ${summary.contentVersion}`);
    return 0;
  }
  if (!args.yes) throw new AppError("INVALID_INPUT", `This replaces ${target.file}. Stop the portal, then run again with --yes.`);
  const restored = await restoreSqlite(file, target.file);
  console.log(`restore: ${target.file} now holds the backup (${restored.revisions} revisions, ${restored.auditEvents} audit events, content version ${restored.contentVersion}).${restored.previous ? ` The database it replaced is ${restored.previous}.` : ""}`);
  return 0;
});
