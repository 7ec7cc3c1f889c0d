import { describe, expect, it } from "vitest";
import { matchHeading } from "@/lib/ingest/headings";

describe("matchHeading", () => {
  it.each([
    ["1. Migration and development activities since the 2006 Highlevel Dialogue", ["activities"], 1],
    ["Migration activities undertaken since the 2006 High-level Dialogue", ["activities"], null],
    ["Migration and development activities undertaken since the 2006 High-level Dialogue", ["activities"], null],
    ["2. Support provided to the Global Forum on Migration and Development", ["gfmd-support"], 2],
    ["2. Support provided to the GFMD", ["gfmd-support"], 2],
    ["3. Identified good practices", ["good-practices"], 3],
    ["4. Challenges identified in carrying out UN DESA's migration work", ["challenges"], 4],
    ["4. Challenges and gaps evident within the migration and development sphere", ["challenges", "gaps"], 4],
    ["5. Gaps evident within the migration and development sphere", ["gaps"], 5],
    ["5. Key gaps in the global migration and development sphere", ["gaps"], 5],
    ["6. Recommendations for the 2013 High-level Dialogue", ["recommendations"], 6],
  ])("recognises %s", (text, kinds, number) => {
    expect(matchHeading(text)).toEqual({ kinds, number });
  });

  it("leaves subheadings that merely start like a part alone", () => {
    expect(matchHeading("Recommendations of the Committee on the Rights of the Child (February 2013)")).toBeNull();
    expect(matchHeading("Recommendations")).toBeNull();
    expect(matchHeading("Migration, education and development")).toBeNull();
  });

  it("flags a numbered title it does not know", () => {
    expect(matchHeading("7. Lessons learned")).toEqual({ unknown: true, number: 7 });
  });

  it("does not take a numbered sentence for a heading", () => {
    expect(matchHeading("3. The results were published in 2010.")).toBeNull();
  });
});
