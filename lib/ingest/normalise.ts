/**
 * Stage 1: text → numbered lines. Unifies line endings and odd spaces but keeps
 * leading indentation (it marks nested list items) and every line number.
 */
import type { SourceLine } from "./types";

export function normaliseText(text: string): SourceLine[] {
  const unified = text.replace(/^\uFEFF/, "").replace(/\r\n?/g, "\n");
  return unified.split("\n").map((raw, index) => {
    const spaced = raw
      .replace(/[\u00A0\u2007\u202F]/g, " ")
      .replace(/\[?&\]?quot;/g, '"') // HTML entity debris from the conversion: "[&]quot;"
      .replace(/&amp;/g, "&")
      .replace(/\s+$/u, "");
    return { line: index + 1, text: spaced.trim() === "" ? "" : spaced };
  });
}

/** Collapse runs of whitespace and trim: the comparison form of a line. */
export function squash(text: string): string {
  return text.replace(/\s+/g, " ").trim();
}
