/**
 * npm run ingest [-- --dry-run --out FILE | --check | --source FILE | --force | --verbose]
 * Thin command-line adapter around lib/ingest (parse) and lib/db (load). --check and --verbose
 * also list every note found without a printed number, with the evidence for it and its number.
 */
import { writeFileSync } from "node:fs";
import { resolve } from "node:path";
import { parseArgs } from "node:util";
import { z } from "zod";
import { SYSTEM_INGEST } from "../lib/access/actor";
import { importSource } from "../lib/db/imports/import-source";
import { runCli } from "../lib/cli/run-cli";
import { env } from "../lib/env";
import { formatReport, structureProblems } from "../lib/ingest/format-report";
import { defaultSourcePath, parseSourceFile } from "../lib/ingest/run-ingest";

const root = process.cwd();

const argsSchema = z
  .object({
    "dry-run": z.boolean().default(false),
    check: z.boolean().default(false),
    force: z.boolean().default(false),
    verbose: z.boolean().default(false),
    out: z.string().min(1).optional(),
    source: z.string().min(1).optional(),
  })
  .refine((a) => !a.out || a["dry-run"], { message: "--out is only valid with --dry-run" });

function parseCli(argv: string[]) {
  const { values } = parseArgs({
    args: argv,
    options: {
      "dry-run": { type: "boolean" },
      check: { type: "boolean" },
      force: { type: "boolean" },
      verbose: { type: "boolean" },
      out: { type: "string" },
      source: { type: "string" },
    },
    strict: true,
  });
  return argsSchema.parse(values);
}

async function main(): Promise<number> {
  const args = parseCli(process.argv.slice(2));
  const sourcePath = resolve(root, args.source ?? defaultSourcePath(root));
  const step = (message: string) => process.stderr.write(`› ${message}\n`);

  step(`reading ${sourcePath}`);
  const parsed = parseSourceFile(sourcePath, root);
  step(`parsed ${parsed.report.chapters.length} chapters (sha256 ${parsed.book.source.sha256.slice(0, 12)}…)`);
  console.log(formatReport(parsed.report, { verbose: args.verbose, notes: args.check || args.verbose }));
  const problems = structureProblems(parsed.report);

  if (args.check) return problems.length === 0 ? 0 : 1;
  if (args["dry-run"]) {
    if (args.out) {
      writeFileSync(resolve(root, args.out), `${JSON.stringify(parsed.book, null, 2)}\n`);
      step(`wrote ${args.out} (database untouched)`);
    } else step("dry run: database untouched");
    return problems.length === 0 ? 0 : 1;
  }
  if (problems.length > 0) {
    console.error("Not importing: the source breaks the structure rules (see above). The database is unchanged.");
    return 1;
  }

  const outcome = await importSource({
    databaseUrl: env.DATABASE_URL,
    root,
    parsed,
    actor: SYSTEM_INGEST,
    force: args.force,
    onStep: (what, applied) => step(what === "importing" ? "importing in one transaction" : applied ? `applied migrations: ${applied.join(", ")}` : "migrating the database"),
  });
  if (outcome.status === "unchanged") {
    console.log(`Source unchanged since the import of ${outcome.importedAt.toISOString()} (sha256 ${outcome.sha256.slice(0, 12)}…): nothing to do.`);
  } else {
    console.log(`Imported ${outcome.blocks} blocks (import run #${outcome.runId}; ${outcome.reason}).`);
    if (outcome.editedParts.length > 0) {
      console.log(`Kept editors' changes in ${outcome.editedParts.length} part(s): ${outcome.editedParts.join(", ")}. Untouched blocks there took the new source.`);
    }
    if (outcome.conflicts.length > 0) {
      console.log(`\n${outcome.conflicts.length} conflict(s) between source changes and edits (the editors' text was kept; review each in /editor):`);
      for (const c of outcome.conflicts) {
        console.log(`- ${c.part} ${c.blockId}: ${c.reason}`);
        console.log(`    editors' text: ${c.editorText.slice(0, 160)}`);
        console.log(`    old source:    ${c.oldSource.slice(0, 160)}`);
        console.log(`    new source:    ${c.newSource === null ? "(removed)" : c.newSource.slice(0, 160)}`);
      }
    }
  }
  return 0;
}

runCli("ingest", main);
