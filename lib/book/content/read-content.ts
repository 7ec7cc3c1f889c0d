/**
 * Reading the editorial data files in content/: JSON, validated with its zod schema. A file that is
 * missing, not JSON or not valid throws ContentFileError naming the file and the first problem (the
 * one error path turns it into a CONFIG error). lib/book imports nothing else of the project.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { z } from "zod";

export const SOURCE_PATH = "content/source/compendium.txt";

export class ContentFileError extends Error {
  readonly code = "CONFIG";
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = "ContentFileError";
  }
}

/** content/<name>, parsed with `schema`. */
export function readContentFile<S extends z.ZodType>(root: string, name: string, schema: S): z.infer<S> {
  const path = join(root, "content", name);
  let value: unknown;
  try {
    value = JSON.parse(readFileSync(path, "utf8"));
  } catch (cause) {
    throw new ContentFileError(`Cannot read ${path}: ${(cause as Error).message}`, { cause });
  }
  const result = schema.safeParse(value);
  if (!result.success) {
    const issue = result.error.issues[0]!;
    throw new ContentFileError(`${path} is invalid at ${issue.path.map(String).join(".") || "(root)"}: ${issue.message}`);
  }
  return result.data;
}
