/**
 * CSV and JSON downloads of any filtered block list. The CSV opens cleanly in
 * spreadsheet software: UTF-8 with a byte-order mark, RFC 4180 quoting, and cells that
 * a spreadsheet would run as a formula (=, +, -, @, tab, carriage return) prefixed with '.
 */
import { stringify } from "csv-stringify/sync";
import { blockPartLabel, permalink, type CorpusBlock } from "../explore/corpus";

export const EXPORT_COLUMNS = ["agency", "part", "label", "text", "themes", "gcm_objectives", "permalink"] as const;

export type ExportRow = Record<(typeof EXPORT_COLUMNS)[number], string>;

export function toExportRow(block: CorpusBlock, siteUrl: string): ExportRow {
  return {
    agency: block.agency.acronym ?? block.agency.title,
    part: blockPartLabel(block),
    label: block.label ?? "",
    text: block.text.replace(/\*/g, ""),
    themes: block.themes.join("; "),
    gcm_objectives: block.gcm.join("; "),
    permalink: new URL(permalink(block), siteUrl).toString(),
  };
}

/** Neutralises text a spreadsheet would evaluate as a formula. */
export function escapeFormula(cell: string): string {
  return /^[=+\-@\t\r]/.test(cell) ? `'${cell}` : cell;
}

export function toCsv(rows: ExportRow[]): string {
  const escaped = rows.map((row) => EXPORT_COLUMNS.map((c) => escapeFormula(row[c])));
  return `\uFEFF${stringify(escaped, { header: true, columns: [...EXPORT_COLUMNS], record_delimiter: "windows", quoted_match: /[",\r\n]/ })}`;
}

export function toJson(rows: ExportRow[], meta: Record<string, unknown>): string {
  return JSON.stringify({ ...meta, count: rows.length, rows }, null, 2);
}
