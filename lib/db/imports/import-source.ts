/**
 * The one "migrate, then import the parsed source" flow, shared by `npm run ingest` and `npm start`:
 * apply pending migrations, then import the book in one transaction (skipped when unchanged),
 * refusing a source that breaks the structure rules before the database is touched.
 */
import "server-only";
import type { Actor } from "../../access/actor";
import { AppError } from "../../errors/app-error";
import { structureProblems } from "../../ingest/format-report";
import type { ParsedSource } from "../../ingest/run-ingest";
import { createDb } from "../client";
import { migrateDatabase } from "../migrate";
import { importBook, type ImportOutcome } from "./import-book";

export async function importSource({
  databaseUrl,
  root,
  parsed,
  actor,
  force = false,
  onStep = () => undefined,
}: {
  databaseUrl: string | undefined;
  root: string;
  parsed: ParsedSource;
  actor: Actor;
  force?: boolean;
  onStep?: (step: "migrating" | "importing", detail?: string[]) => void;
}): Promise<ImportOutcome> {
  const problems = structureProblems(parsed.report);
  if (problems.length > 0) throw new AppError("PARSE_INVALID", `The source breaks the structure rules; the database is unchanged:\n${problems.join("\n")}`);
  onStep("migrating");
  const applied = await migrateDatabase(databaseUrl, root);
  if (applied.length > 0) onStep("migrating", applied);
  const db = createDb(databaseUrl);
  try {
    onStep("importing");
    return await importBook({ db, actor, book: parsed.book, report: parsed.report, agencies: parsed.agencies, tags: parsed.tags, overviewFootnotes: parsed.overviewFootnotes, force });
  } finally {
    await db.$disconnect();
  }
}
