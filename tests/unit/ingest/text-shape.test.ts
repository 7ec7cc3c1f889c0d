import { describe, expect, it } from "vitest";
import { endsOpen, looksLikeSubheading, sentenceCount } from "@/lib/ingest/text-shape";

describe("sentenceCount", () => {
  it("counts sentences", () => {
    expect(sentenceCount("One sentence. Two sentences. Three.")).toBe(3);
  });
  it("does not end a sentence at an initial or an abbreviation", () => {
    expect(sentenceCount('W.J. Carrington and E. Detragiache, "How extensive is the brain drain?," Finance and Development, 36(2):46–49.')).toBe(1);
    expect(sentenceCount("J.-C. Dumont and G. Lemaître, OECD Working paper No. 25.")).toBe(1);
    expect(sentenceCount("See also the accompanying Recommendations No. 86 and No. 151.")).toBe(1);
  });
});

describe("endsOpen", () => {
  it("sees a sentence stopped by a page break", () => {
    expect(endsOpen("More recently, the works by")).toBe(true);
    expect(endsOpen("in the region.²")).toBe(false);
  });
});

describe("looksLikeSubheading", () => {
  it("takes a short title and rejects a citation", () => {
    expect(looksLikeSubheading("Knowledge generation and normative work")).toBe(true);
    expect(looksLikeSubheading("Migration and Human Rights (Geneva, 2009)")).toBe(false);
  });
});
