/**
 * Renders the ingest report as a plain-text table, the footnote cross-check (cited numbers
 * without a note, notes no marker cites, notes left unnumbered) and the structure-rule verdict;
 * optionally every note whose number was inferred, with its evidence.
 */
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
    footnotesWithoutNumber: sum((c) => c.footnotesWithoutNumber),
    citedWithoutNote: sum((c) => c.citedWithoutNote.length),
    uncitedNotes: sum((c) => c.uncitedNotes.length),
    rejoined: sum((c) => c.rejoined),
    corrections: sum((c) => c.corrections),
    warnings: sum((c) => c.warnings.length),
    glossaryTerms: report.glossaryTerms,
  };
}

/** One line per note whose number was lost: where it is, who cites it, why it is a note and why that number. */
export function inferredNoteLines(report: BookReport): string[] {
  return report.chapters.flatMap((c) =>
    c.notes
      .filter((n) => !n.marked)
      .map((n) => {
        const cited = n.citedBy.length > 0 ? `cited by ${n.citedBy.join(", ")}` : "cited by no block";
        const number = n.number === null ? "no number fits" : (n.numberFrom ?? "given by a correction");
        return `${c.slug} note ${n.number ?? "?"} (line ${n.lines.join("+")}): ${cited}; found by ${n.found}; number: ${number}`;
      }),
  );
}

/** The numbering cross-checked against the markers: what is cited but missing, what is never cited. */
export function crossCheckLines(report: BookReport): string[] {
  const t = reportTotals(report);
  const perChapter = (pick: (c: ChapterReport) => string[]) =>
    report.chapters.flatMap((c) => {
      const items = pick(c);
      return items.length === 0 ? [] : [`${c.slug} ${items.join(", ")}`];
    });
  const out = [
    `footnote cross-check: cited numbers without a note: ${t.citedWithoutNote}; notes never cited: ${t.uncitedNotes}; notes left without a number: ${t.footnotesWithoutNumber}`,
  ];
  const missing = perChapter((c) => c.citedWithoutNote.map((m) => `${m.number} (cited by ${m.id})`));
  if (missing.length > 0) out.push(`  cited without a note: ${missing.join("; ")}`);
  const uncited = perChapter((c) => c.uncitedNotes.map((u) => `${u.number} (line ${u.line})`));
  if (uncited.length > 0) out.push(`  never cited (no marker in the body links to them: lost in the conversion, or a plain digit that cannot be told from text): ${uncited.join("; ")}`);
  const unnumbered = perChapter((c) => c.notes.filter((n) => n.number === null).map((n) => `line ${n.line}`));
  if (unnumbered.length > 0) out.push(`  without a number: ${unnumbered.join("; ")}`);
  return out;
}

export function formatReport(report: BookReport, options: { verbose?: boolean; notes?: boolean } = {}): string {
  const header = ["ch", "slug", "sect", "blocks", "items", "fn+", "fn?", "inf", "rejoin", "corr", "warn"];
  const rows = report.chapters.map((c) => [
    String(c.number),
    c.slug,
    String(c.sections),
    String(c.blocks),
    String(c.items),
    String(c.footnotesMarked),
    String(c.footnotesUnmarked),
    String(c.footnoteNumbersInferred),
    String(c.rejoined),
    String(c.corrections),
    String(c.warnings.length + c.structure.length),
  ]);
  const t = reportTotals(report);
  rows.push(["", "TOTAL", String(t.sections), String(t.blocks), String(t.items), String(t.footnotesMarked), String(t.footnotesUnmarked), String(t.footnoteNumbersInferred), String(t.rejoined), String(t.corrections), String(t.warnings)]);
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const line = (cells: string[]) => cells.map((c, i) => (i === 1 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join("  ");
  const out = [line(header), ...rows.map(line)];
  out.push("", "fn+ = footnotes with a printed number, fn? = footnotes found without one, inf = their numbers inferred (" + t.footnoteNumbersInferred + ")");
  out.push(`glossary terms: ${t.glossaryTerms}; paragraphs ${t.paragraphs}, subheadings ${t.subheadings}`);
  out.push(...crossCheckLines(report));
  if (options.notes) {
    const inferred = inferredNoteLines(report);
    out.push(`notes found without a printed number (${inferred.length}), with the evidence for each:`);
    out.push(...inferred.map((l) => `  ${l}`));
  }
  if (options.verbose) {
    for (const c of report.chapters) {
      for (const w of c.warnings) out.push(`  warning ${c.slug} line ${w.line}: ${w.message}`);
    }
  }
  const problems = structureProblems(report);
  out.push(problems.length === 0 ? "structure: all chapters pass the structure rules" : `structure: ${problems.length} problem(s)`);
  for (const p of problems) out.push(`  ${p}`);
  out.push(`source lines lost: ${report.linesLost.length}`);
  return out.join("\n");
}
