/** Parses the shipped source once per test file: the real book, as the ingest sees it. */
import { join } from "node:path";
import { parseSourceFile, type ParsedSource } from "@/lib/ingest/run-ingest";

export const ROOT = join(import.meta.dirname, "../..");

let cached: ParsedSource | null = null;

export function realBook(): ParsedSource {
  cached ??= parseSourceFile(join(ROOT, "content/source/compendium.txt"), ROOT);
  return cached;
}

export function chapter(slug: string) {
  const found = realBook().book.chapters.find((c) => c.slug === slug);
  if (!found) throw new Error(`no chapter ${slug}`);
  return found;
}

export function allBlocks(slug: string) {
  const c = chapter(slug);
  return [...c.intro, ...c.sections.flatMap((s) => s.blocks)];
}
