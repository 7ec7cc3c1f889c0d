import { describe, expect, it } from "vitest";
import { parse } from "csv-parse/sync";
import { escapeFormula, toCsv, toExportRow, type ExportRow } from "@/lib/export/export-blocks";
import type { CorpusBlock } from "@/lib/explore/corpus";

const row = (text: string, label = "(a)"): ExportRow => ({
  agency: "FAO",
  part: "Recommendations",
  label,
  text,
  themes: "remittances",
  gcm_objectives: "gcm-20",
  permalink: "http://localhost:3000/agencies/fao#fao-recommendations-a",
});

describe("escapeFormula", () => {
  it.each(["=1+1", "+SUM(A1)", "-2+3", "@cmd", "\tx", "\rx"])("prefixes %j so it is not run as a formula", (cell) => {
    expect(escapeFormula(cell)).toBe(`'${cell}`);
  });
  it("leaves ordinary text alone", () => {
    expect(escapeFormula("Remittances – 2013")).toBe("Remittances – 2013");
  });
});

describe("toCsv", () => {
  it("starts with a UTF-8 byte-order mark and a header row, with CRLF line ends", () => {
    const csv = toCsv([row("Plain.")]);
    expect(csv.startsWith("\uFEFFagency,part,label,text,themes,gcm_objectives,permalink\r\n")).toBe(true);
  });
  it("quotes commas, quotes and line breaks so a spreadsheet reads them back intact", () => {
    const tricky = 'He said "yes, and no"\nthen left; Côte d’Ivoire – ✓';
    const csv = toCsv([row(tricky), row("=HYPERLINK(\"http://evil.example\")", "-1")]);
    const records = parse(csv.slice(1), { columns: true }) as ExportRow[];
    expect(records[0]!.text).toBe(tricky);
    expect(records[1]!.text).toBe("'=HYPERLINK(\"http://evil.example\")");
    expect(records[1]!.label).toBe("'-1");
  });
  it("writes only a header for an empty list", () => {
    expect(toCsv([])).toBe("\uFEFFagency,part,label,text,themes,gcm_objectives,permalink\r\n");
  });
});

describe("toExportRow", () => {
  it("names the part, strips emphasis markup and builds an absolute permalink", () => {
    const block: CorpusBlock = {
      id: "ilo-challenges-p1",
      agency: { number: 5, slug: "ilo", title: "The International Labour Organization", acronym: "ILO", category: null },
      part: "challenges",
      kinds: ["challenges", "gaps"],
      type: "paragraph",
      label: null,
      depth: 0,
      text: "See *Decent Work*.",
      position: 1,
      themes: ["labour-migration"],
      gcm: ["gcm-6"],
      provenance: [],
    };
    expect(toExportRow(block, "https://portal.example")).toEqual({
      agency: "ILO",
      part: "Challenges and Gaps",
      label: "",
      text: "See Decent Work.",
      themes: "labour-migration",
      gcm_objectives: "gcm-6",
      permalink: "https://portal.example/agencies/ilo#ilo-challenges-p1",
    });
  });
});
