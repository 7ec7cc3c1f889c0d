import { describe, expect, it } from "vitest";
import { findPlainMarkers, stripSuperscripts, superscriptMarkers, superscriptToNumber } from "@/lib/ingest/markers";

describe("superscriptToNumber", () => {
  it("reads multi-digit superscripts", () => {
    expect(superscriptToNumber("¹⁰")).toBe(10);
    expect(superscriptToNumber("³⁶")).toBe(36);
  });
});

describe("superscriptMarkers", () => {
  it("finds markers on words and after punctuation", () => {
    expect(superscriptMarkers("The Organization (FAO)¹ and journals,³ and HLD.¹⁸")).toEqual([1, 3, 18]);
  });
  it("finds none in plain text", () => {
    expect(superscriptMarkers("In 2006, 37 States")).toEqual([]);
  });
});

describe("stripSuperscripts", () => {
  it("removes markers and the space a marker left before punctuation", () => {
    expect(stripSuperscripts("sector, ¹⁶ the ILO")).toBe("sector, the ILO");
    expect(stripSuperscripts("journals,³ including:")).toBe("journals, including:");
  });
});

describe("findPlainMarkers", () => {
  it("finds a digit after closing punctuation at the end", () => {
    expect(findPlainMarkers('Agricultural Households".8').map((m) => m.number)).toEqual([8]);
  });
  it("finds a digit after a year and a comma", () => {
    expect(findPlainMarkers("in 2012,7 which provided").map((m) => m.number)).toEqual([7]);
  });
  it("finds the lost superscript in 'was 37.6' at the end of a block", () => {
    expect(findPlainMarkers("as of March 2013 was 37.6").map((m) => m.number)).toEqual([6]);
  });
  it("ignores decimals inside a sentence, abbreviations and volume numbers", () => {
    expect(findPlainMarkers("about 3.1 per cent and Series, No.44 (Geneva, 2012)")).toEqual([]);
    expect(findPlainMarkers("*Journal of Development Studies*, (46)1 (London, 2010)")).toEqual([]);
  });
});
