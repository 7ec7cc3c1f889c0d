/** Renders the ingest report as a plain-text table, plus the structure-rule verdict. */
import type { BookReport, ChapterReport } from "./parse-book";

export function structureProblems(report: BookReport): string[] {
  const problems = report.structure.map((s) => s.message);
  for (const chapter of report.chapters) {
    for (const s of chapter.structure) problems.push(`${chapter.slug} line ${s.line}: ${s.message}`);
  }
  for (const line of report.linesLost) problems.push(`source line ${line} is in no block, footnote or heading`);
  return problems;
}

export function reportTotals(report: BookReport) {
  const sum = (pick: (c: ChapterReport) => number) => report.chapters.reduce((n, c) => n + pick(c), 0);
  return {
    chapters: report.chapters.filter((c) => c.number > 1).length,
    sections: sum((c) => c.sections),
    blocks: sum((c) => c.blocks),
    paragraphs: sum((c) => c.paragraphs),
    items: sum((c) => c.items),
    subheadings: sum((c) => c.subheadings),
    footnotesMarked: sum((c) => c.footnotesMarked),
    footnotesUnmarked: sum((c) => c.footnotesUnmarked),
    footnoteNumbersInferred: sum((c) => c.footnoteNumbersInferred),
    rejoined: sum((c) => c.rejoined),
    corrections: sum((c) => c.corrections),
    warnings: sum((c) => c.warnings.length),
    glossaryTerms: report.glossaryTerms,
  };
}

export function formatReport(report: BookReport, options: { verbose?: boolean } = {}): string {
  const header = ["ch", "slug", "sect", "blocks", "items", "fn+", "fn?", "rejoin", "corr", "warn"];
  const rows = report.chapters.map((c) => [
    String(c.number),
    c.slug,
    String(c.sections),
    String(c.blocks),
    String(c.items),
    String(c.footnotesMarked),
    String(c.footnotesUnmarked),
    String(c.rejoined),
    String(c.corrections),
    String(c.warnings.length + c.structure.length),
  ]);
  const t = reportTotals(report);
  rows.push(["", "TOTAL", String(t.sections), String(t.blocks), String(t.items), String(t.footnotesMarked), String(t.footnotesUnmarked), String(t.rejoined), String(t.corrections), String(t.warnings)]);
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const line = (cells: string[]) => cells.map((c, i) => (i === 1 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join("  ");
  const out = [line(header), ...rows.map(line)];
  out.push("", "fn+ = footnotes with a printed number, fn? = footnotes found without one (numbers inferred: " + t.footnoteNumbersInferred + ")");
  out.push(`glossary terms: ${t.glossaryTerms}; paragraphs ${t.paragraphs}, subheadings ${t.subheadings}`);
  if (options.verbose) {
    for (const c of report.chapters) {
      for (const w of c.warnings) out.push(`  warning ${c.slug} line ${w.line}: ${w.message}`);
    }
  }
  const problems = structureProblems(report);
  out.push(problems.length === 0 ? "structure: all chapters pass the structure rules" : `structure: ${problems.length} problem(s)`);
  for (const p of problems) out.push(`  ${p}`);
  return out.join("\n");
}
