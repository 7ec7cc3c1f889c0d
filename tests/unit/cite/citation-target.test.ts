import { describe, expect, it } from "vitest";
import { citationTarget, passagePath } from "@/lib/cite/citation-target";

const chapter = { number: 2, slug: "fao", kind: "agency", title: "Food and Agriculture Organization", acronym: "FAO", firstPage: 35, lastPage: 50 };

describe("citationTarget", () => {
  it("names the part, the item and the permalink of a passage", () => {
    expect(citationTarget({ id: "fao-recommendations-c", label: "(c)", kinds: ["recommendations"], chapter }, "https://compendium.example.org")).toEqual({
      chapterNumber: 2,
      chapterTitle: "Food and Agriculture Organization",
      acronym: "FAO",
      partLabel: "Recommendations",
      itemLabel: "(c)",
      firstPage: 35,
      lastPage: 50,
      url: "https://compendium.example.org/agencies/fao#fao-recommendations-c",
      blockId: "fao-recommendations-c",
    });
  });
  it("joins ILO's merged part, and leaves an intro passage without a part", () => {
    expect(citationTarget({ id: "ilo-challenges-a", label: "(a)", kinds: ["challenges", "gaps"], chapter }, "http://x").partLabel).toBe("Challenges and Gaps");
    expect(citationTarget({ id: "fao-intro-p1", label: null, kinds: [], chapter }, "http://x").partLabel).toBeNull();
    expect(passagePath({ id: "overview-p3", label: null, kinds: [], chapter: { ...chapter, kind: "overview", slug: "overview" } })).toBe("/overview#overview-p3");
  });
});
