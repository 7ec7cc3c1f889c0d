/** content/synonyms.json, content/instruments.json and content/passage-keywords.json, validated. */
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

const passageKeywordsFileSchema = z.object({ passages: z.record(z.string().regex(/^[a-z0-9-]+$/, "a passage id such as ilo-recommendations-a"), z.array(z.string().trim().min(1).max(200)).min(1).max(20)) });

/** Queries each passage answers, in everyday words, by passage id. */
export function loadPassageKeywords(root: string): Record<string, string[]> {
  return readContentFile(root, "passage-keywords.json", passageKeywordsFileSchema).passages;
}
