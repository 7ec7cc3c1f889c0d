/** content/synonyms.json and content/instruments.json, validated. */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { z } from "zod";

const synonymsFileSchema = z.object({ synonyms: z.record(z.string().min(1).max(60), z.array(z.string().min(1).max(80)).min(1).max(10)) });

export function loadSynonyms(root: string): Record<string, string[]> {
  return synonymsFileSchema.parse(JSON.parse(readFileSync(join(root, "content/synonyms.json"), "utf8"))).synonyms;
}

const instrumentsFileSchema = z.object({ instruments: z.record(z.string().regex(/^C\d{2,3}$/, "an instrument code such as C189"), z.string().min(3).max(120)) });

export function loadInstruments(root: string): Record<string, string> {
  return instrumentsFileSchema.parse(JSON.parse(readFileSync(join(root, "content/instruments.json"), "utf8"))).instruments;
}
