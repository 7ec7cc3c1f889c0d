/** content/synonyms.json, validated. */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { z } from "zod";

const synonymsFileSchema = z.object({ synonyms: z.record(z.string().min(1).max(60), z.array(z.string().min(1).max(80)).min(1).max(10)) });

export function loadSynonyms(root: string): Record<string, string[]> {
  return synonymsFileSchema.parse(JSON.parse(readFileSync(join(root, "content/synonyms.json"), "utf8"))).synonyms;
}
