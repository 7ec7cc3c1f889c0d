import { describe, expect, it } from "vitest";
import { normaliseText } from "@/lib/ingest/normalise";
import { parseGlossary } from "@/lib/ingest/parse-glossary";

const parse = (text: string) => parseGlossary(normaliseText(text)).map(({ term, expansion }) => ({ term, expansion }));

describe("parseGlossary", () => {
  it("reads term and expansion", () => {
    expect(parse("GFMD Global Forum on Migration and Development")).toEqual([
      { term: "GFMD", expansion: "Global Forum on Migration and Development" },
    ]);
  });
  it("joins an expansion continued on the next line", () => {
    expect(parse("CEDAW Convention on the Elimination of All Forms of Discrimination against\n\nWomen")).toEqual([
      { term: "CEDAW", expansion: "Convention on the Elimination of All Forms of Discrimination against Women" },
    ]);
  });
  it("splits two entries printed on one line", () => {
    expect(parse("SRSG Special Representative of the Secretary General SU/SSC Special Unit for South–South Cooperation")).toEqual([
      { term: "SRSG", expansion: "Special Representative of the Secretary General" },
      { term: "SU/SSC", expansion: "Special Unit for South–South Cooperation" },
    ]);
  });
  it("keeps two-word and paired terms whole", () => {
    expect(parse("UN DESA Population Division of the United Nations Department of Economic and\n\nSocial Affairs")[0]!.term).toBe("UN DESA");
    expect(parse("UNECE, ECE UN Economic Commission for Europe")[0]).toEqual({ term: "UNECE, ECE", expansion: "UN Economic Commission for Europe" });
  });
  it("does not take a possessive acronym for part of the term", () => {
    expect(parse("PKD ICAO's Public Key Directory")[0]).toEqual({ term: "PKD", expansion: "ICAO's Public Key Directory" });
  });
  it("mends a missing space and an unclosed repeated acronym", () => {
    expect(parse("UNITAR United NationsInstitute for Training and Research")[0]!.expansion).toBe("United Nations Institute for Training and Research");
    expect(parse("UNESCAP, ESCAP United Nations Economic and Social Commission for Asia and the\n\nPacific (UNESCAP")[0]!.expansion).toBe(
      "United Nations Economic and Social Commission for Asia and the Pacific",
    );
  });
  it("ignores stray lines before the first term", () => {
    expect(parse("\n\n")).toEqual([]);
  });
});
