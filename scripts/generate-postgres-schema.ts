/**
 * Writes prisma/postgres/schema.prisma from prisma/schema.prisma. The SQLite schema
 * is the only one edited by hand; this keeps the PostgreSQL copy from drifting.
 */
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const source = readFileSync(join(root, "prisma/schema.prisma"), "utf8");

const replaced = source
  .replace(/provider\s*=\s*"sqlite"/, 'provider = "postgresql"')
  .replace('output       = "../lib/db/generated/sqlite"', 'output       = "../../lib/db/generated/postgres"');
if (replaced === source || !replaced.includes('"postgresql"') || !replaced.includes("generated/postgres")) {
  throw new Error("prisma/schema.prisma no longer has the provider/output lines this script rewrites.");
}
const header = "// GENERATED from prisma/schema.prisma by scripts/generate-postgres-schema.ts. Do not edit.\n";
mkdirSync(join(root, "prisma/postgres"), { recursive: true });
writeFileSync(join(root, "prisma/postgres/schema.prisma"), header + replaced);
console.log("wrote prisma/postgres/schema.prisma");
