import { describe, expect, it } from "vitest";
import { crossCheckLines, formatReport, inferredNoteLines, structureProblems } from "@/lib/ingest/format-report";
import { parseBook } from "@/lib/ingest/parse-book";
import { miniBook, OVERVIEW } from "./fixtures";

const agencies = [{ number: 2, slug: "exo", category: "un", aliases: [] }];

function report(body: string[]) {
  const text = miniBook([OVERVIEW, { number: 2, title: "The Example Organization", acronym: "EXO", body }]);
  return parseBook({ text, sha256: "0".repeat(64), file: "mini.txt", agencies, corrections: [] }).report;
}

const BODY = [
  "The Example Organization (EXO)¹ works on migration, and on rural labour mobility.²",
  "¹ EXO was founded in 1950.",
  "The thematic area of leveraging migration for reducing poverty is in line with the EXO Strategic Framework.",
  "1. Migration and development activities since the 2006 Highlevel Dialogue",
  "It did many things.³",
  "The report on these things can be downloaded from www.exo.org/report.pdf.",
  "6. Recommendations for the 2013 High-level Dialogue",
  "- (a) Do more.",
];

describe("crossCheckLines", () => {
  it("says that no cited number lacks a note, and lists the notes no marker cites", () => {
    const lines = crossCheckLines(report([...BODY, "- (b) Do better.", "⁴ A note no marker cites."]));
    expect(lines[0]).toBe("footnote cross-check: cited numbers without a note: 0; notes never cited: 1; notes left without a number: 0");
    expect(lines[1]).toBe("  never cited (no marker in the body links to them: lost in the conversion, or a plain digit that cannot be told from text): exo 4 (line 47)");
  });
  it("lists a cited number that has no note", () => {
    const lines = crossCheckLines(report([...BODY, "- (b) Do better.⁹"]));
    expect(lines[0]).toMatch(/^footnote cross-check: cited numbers without a note: 1;/);
    expect(lines).toContain("  cited without a note: exo 9 (cited by exo-recommendations-b)");
  });
});

describe("inferredNoteLines", () => {
  it("gives each note that lost its number, with who cites it, why it is a note and why that number", () => {
    const lines = inferredNoteLines(report([...BODY, "- (b) Do better."]));
    expect(lines).toEqual([
      "exo note 2 (line 33): cited by exo-intro-p1; found by cited without a note (2 (line 29), 3 (line 37) cited, 1 note between note 1 and the end; after the run of notes that follows the citing block); number: the numbering goes on after note 1",
      "exo note 3 (line 39): cited by exo-activities-p1; found by citation evidence; number: the numbering goes on after note 1",
    ]);
  });
});

describe("formatReport", () => {
  it("prints the table, the cross-check, the inferred notes on request, the verdict and the lines lost", () => {
    const r = report([...BODY, "- (b) Do better."]);
    const out = formatReport(r, { notes: true });
    expect(out).toMatch(/^ch\s+slug\s+sect\s+blocks\s+items\s+fn\+\s+fn\?\s+inf\s+rejoin\s+corr\s+warn$/m);
    expect(out).toMatch(/^\s+2\s+exo\s+2\s/m);
    expect(out).toContain("footnote cross-check: cited numbers without a note: 0");
    expect(out).toContain("  exo note 2 (line 33): cited by exo-intro-p1;");
    expect(out).toContain("structure: all chapters pass the structure rules");
    expect(out).toMatch(/source lines lost: 0$/);
    expect(formatReport(r)).not.toContain("exo note 2 (line 33)");
    expect(structureProblems(r)).toEqual([]);
  });
});
