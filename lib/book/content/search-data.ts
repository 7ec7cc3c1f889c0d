/** content/synonyms.json and content/instruments.json, validated. */
import { z } from "zod";
import { readContentFile } from "./read-content";

const synonymsFileSchema = z.object({ synonyms: z.record(z.string().min(1).max(60), z.array(z.string().min(1).max(80)).min(1).max(10)) });

export function loadSynonyms(root: string): Record<string, string[]> {
  return readContentFile(root, "synonyms.json", synonymsFileSchema).synonyms;
}

const instrumentsFileSchema = z.object({ instruments: z.record(z.string().regex(/^C\d{2,3}$/, "an instrument code such as C189"), z.string().min(3).max(120)) });

export function loadInstruments(root: string): Record<string, string> {
  return readContentFile(root, "instruments.json", instrumentsFileSchema).instruments;
}
