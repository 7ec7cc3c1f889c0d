/**
 * Backups of the embedded SQLite database. `backupSqlite` uses SQLite's online backup API
 * (through better-sqlite3), so the copy is consistent while the portal keeps serving and writing.
 * `restoreSqlite` checks a backup first (it opens as SQLite, passes integrity_check, and holds the
 * portal's tables, with its migration ledger), then writes it over the database with the same
 * API, so a half-written restore can never be left in place. PostgreSQL: pg_dump and pg_restore
 * (README, Operations).
 */
import "server-only";
import { existsSync, mkdirSync, renameSync, rmSync, statSync } from "node:fs";
import { dirname } from "node:path";
import Database from "better-sqlite3";
import { AppError } from "../../errors/app-error";

/** Tables a backup of this portal must have. */
const REQUIRED_TABLES = ["Chapter", "Block", "Revision", "AuditEvent", "User", "ContentState", "_compendium_migrations"];

export type BackupSummary = { file: string; bytes: number; blocks: number; revisions: number; auditEvents: number; contentVersion: number };

export async function backupSqlite(databaseFile: string, destination: string): Promise<BackupSummary> {
  if (!existsSync(databaseFile)) throw new AppError("NOT_FOUND", `There is no database at ${databaseFile}.`);
  if (existsSync(destination)) throw new AppError("CONFLICT", `${destination} already exists; choose another name (backups are never overwritten).`);
  mkdirSync(dirname(destination), { recursive: true });
  const source = new Database(databaseFile, { readonly: true, fileMustExist: true, timeout: 10_000 });
  const partial = `${destination}.partial`;
  try {
    await source.backup(partial);
  } finally {
    source.close();
  }
  renameSync(partial, destination);
  return summarise(destination);
}

/** Checks that a file is a sound backup of this portal, and says what it holds. */
export function checkBackup(file: string): BackupSummary {
  if (!existsSync(file)) throw new AppError("NOT_FOUND", `There is no backup at ${file}.`);
  let db: Database.Database;
  try {
    db = new Database(file, { readonly: true, fileMustExist: true });
    db.pragma("schema_version");
  } catch {
    throw new AppError("INVALID_INPUT", `${file} is not an SQLite database.`);
  }
  try {
    const integrity = db.pragma("integrity_check", { simple: true });
    if (integrity !== "ok") throw new AppError("INVALID_INPUT", `${file} failed SQLite's integrity check: ${String(integrity)}.`);
    const tables = new Set((db.prepare("SELECT name FROM sqlite_master WHERE type = 'table'").all() as { name: string }[]).map((t) => t.name));
    const missing = REQUIRED_TABLES.filter((t) => !tables.has(t));
    if (missing.length > 0) throw new AppError("INVALID_INPUT", `${file} is not a backup of this portal (no ${missing.join(", ")} table).`);
  } finally {
    db.close();
  }
  return summarise(file);
}

/**
 * Puts a checked backup in place of the database. The portal must be stopped: a running worker
 * holds the database open. The current database is kept beside it as `<file>.before-restore`.
 */
export async function restoreSqlite(backupFile: string, databaseFile: string): Promise<BackupSummary & { previous: string | null }> {
  const summary = checkBackup(backupFile);
  mkdirSync(dirname(databaseFile), { recursive: true });
  const incoming = `${databaseFile}.restoring`;
  rmSync(incoming, { force: true });
  const source = new Database(backupFile, { readonly: true, fileMustExist: true });
  try {
    await source.backup(incoming);
  } finally {
    source.close();
  }
  let previous: string | null = null;
  if (existsSync(databaseFile)) {
    previous = `${databaseFile}.before-restore`;
    // Fold the write-ahead log into the old file first, so the copy kept beside it is whole.
    const old = new Database(databaseFile, { fileMustExist: true });
    old.pragma("wal_checkpoint(TRUNCATE)");
    old.close();
    renameSync(databaseFile, previous);
  }
  for (const suffix of ["-wal", "-shm"]) rmSync(`${databaseFile}${suffix}`, { force: true });
  renameSync(incoming, databaseFile);
  return { ...summary, file: databaseFile, previous };
}

function summarise(file: string): BackupSummary {
  const db = new Database(file, { readonly: true, fileMustExist: true });
  try {
    const count = (table: string) => (db.prepare(`SELECT COUNT(*) AS n FROM "${table}"`).get() as { n: number }).n;
    const version = (db.prepare('SELECT version FROM "ContentState" WHERE id = 1').get() as { version: number } | undefined)?.version ?? 0;
    return { file, bytes: statSync(file).size, blocks: count("Block"), revisions: count("Revision"), auditEvents: count("AuditEvent"), contentVersion: version };
  } finally {
    db.close();
  }
}
