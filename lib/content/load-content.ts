/**
 * Reads the editorial data files in content/ and validates them: the agency table
 * and the corrections list. Shared by the ingest CLI, the server start-up and tests.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { AppError } from "../errors/app-error";
import { agenciesFileSchema, type AgenciesFile } from "../ingest/agency-config";
import { correctionsFileSchema, type Correction } from "../ingest/corrections";

export const SOURCE_PATH = "content/source/compendium.txt";

function readJson(path: string): unknown {
  try {
    return JSON.parse(readFileSync(path, "utf8"));
  } catch (cause) {
    throw new AppError("CONFIG", `Cannot read ${path}: ${(cause as Error).message}`, { cause });
  }
}

function parseWith<T>(schema: { safeParse(v: unknown): { success: true; data: T } | { success: false; error: { issues: { path: PropertyKey[]; message: string }[] } } }, value: unknown, path: string): T {
  const result = schema.safeParse(value);
  if (!result.success) {
    const issue = result.error.issues[0]!;
    throw new AppError("CONFIG", `${path} is invalid at ${issue.path.map(String).join(".") || "(root)"}: ${issue.message}`);
  }
  return result.data;
}

export function loadAgencies(root: string): AgenciesFile {
  const path = join(root, "content/agencies.json");
  return parseWith(agenciesFileSchema, readJson(path), path);
}

export function loadCorrections(root: string): Correction[] {
  const path = join(root, "content/corrections.json");
  return parseWith(correctionsFileSchema, readJson(path), path).corrections;
}
