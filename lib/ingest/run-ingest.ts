/**
 * Source file → parse result, with the file-system reading the pure pipeline avoids.
 * Used by the CLI and by server start-up.
 */
import { readFileSync } from "node:fs";
import { join, relative } from "node:path";
import { loadAgencies } from "../book/content/agencies";
import { loadCorrections } from "../book/content/corrections";
import { AppError } from "../errors/app-error";
import type { AgenciesFile } from "../book/content/agencies";
import { parseBook, type BookReport } from "./parse-book";
import { decodeSource, sha256 } from "./read-source";
import type { BookExport, Footnote } from "../book/schema";
import { tagBook, type RuleTag } from "../themes/tag-book";
import { loadGcmObjectives, loadIgnorePhrases, loadThemes } from "../book/content/vocabularies";

export type ParsedSource = {
  book: BookExport;
  report: BookReport;
  agencies: AgenciesFile;
  sourcePath: string;
  /** Rule tags from content/themes.json and content/gcm-objectives.json. */
  tags: RuleTag[];
  overviewFootnotes: Footnote[];
};

export function parseSourceFile(sourcePath: string, root: string): ParsedSource {
  let bytes: Buffer;
  try {
    bytes = readFileSync(sourcePath);
  } catch (cause) {
    throw new AppError("SOURCE_MISSING", `Cannot read the source file ${sourcePath}: ${(cause as NodeJS.ErrnoException).code ?? "error"}.`, { cause });
  }
  const text = decodeSource(bytes);
  const agencies = loadAgencies(root);
  const corrections = loadCorrections(root);
  const file = relative(root, sourcePath).split("\\").join("/") || sourcePath;
  const { book, report, overviewFootnotes } = parseBook({ text, sha256: sha256(bytes), file, agencies: agencies.agencies, corrections });
  const tags = tagBook(book, { theme: loadThemes(root), gcm: loadGcmObjectives(root) }, loadIgnorePhrases(root));
  return { book, report, agencies, sourcePath, tags, overviewFootnotes };
}

export function defaultSourcePath(root: string): string {
  return join(root, "content/source/compendium.txt");
}
