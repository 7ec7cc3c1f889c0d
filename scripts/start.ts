/**
 * npm start: prepare the database (migrate, then ingest if the source changed),
 * build the app if there is no build yet, and serve it on PORT (default 3000).
 */
import { spawn, spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { join } from "node:path";
import { SYSTEM_INGEST } from "../lib/auth/actor";
import { createDb } from "../lib/db/client";
import { importBook } from "../lib/db/imports/import-book";
import { migrateDatabase } from "../lib/db/migrate";
import { env } from "../lib/env";
import { structureProblems } from "../lib/ingest/format-report";
import { defaultSourcePath, parseSourceFile } from "../lib/ingest/run-ingest";

const root = process.cwd();
const nextBin = join(root, "node_modules/next/dist/bin/next");

async function prepareDatabase(): Promise<void> {
  const applied = await migrateDatabase(env.DATABASE_URL, root);
  if (applied.length > 0) console.log(`› applied migrations: ${applied.join(", ")}`);
  const parsed = parseSourceFile(defaultSourcePath(root), root);
  const problems = structureProblems(parsed.report);
  if (problems.length > 0) throw new Error(`The source breaks the structure rules:\n${problems.join("\n")}`);
  const db = createDb(env.DATABASE_URL);
  try {
    const outcome = await importBook({ db, actor: SYSTEM_INGEST, book: parsed.book, report: parsed.report, agencies: parsed.agencies, tags: parsed.tags, overviewFootnotes: parsed.overviewFootnotes });
    console.log(outcome.status === "imported" ? `› imported ${outcome.blocks} blocks (${outcome.reason})` : "› content is up to date");
  } finally {
    await db.$disconnect();
  }
}

async function main(): Promise<void> {
  await prepareDatabase();
  if (!existsSync(join(root, ".next/BUILD_ID"))) {
    console.log("› building the app (first start)");
    const build = spawnSync(process.execPath, [nextBin, "build"], { stdio: "inherit", env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1" } });
    if (build.status !== 0) process.exit(build.status ?? 1);
  }
  const server = spawn(process.execPath, [nextBin, "start", "-p", String(env.PORT)], {
    stdio: "inherit",
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1" },
  });
  const stop = (signal: NodeJS.Signals) => server.kill(signal);
  process.on("SIGINT", stop);
  process.on("SIGTERM", stop);
  server.on("exit", (code) => process.exit(code ?? 0));
}

main().catch((error: unknown) => {
  console.error("start: failed:", error instanceof Error ? error.message : error);
  process.exit(1);
});
