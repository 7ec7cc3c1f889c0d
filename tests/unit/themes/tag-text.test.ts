import { describe, expect, it } from "vitest";
import { compileTags, tagText, termPattern } from "@/lib/themes/tag-text";
import { loadGcmObjectives, loadThemes } from "@/lib/book/content/vocabularies";
import { ROOT } from "../../support/real-book";

describe("termPattern", () => {
  it("matches whole words, any case, and a * as any ending", () => {
    expect(termPattern("remittance*").test("Remittances rose")).toBe(true);
    expect(termPattern("data").test("metadata")).toBe(false);
    expect(termPattern("city").test("capacity")).toBe(false);
  });
  it("matches acronyms only in capitals, so ILO never matches inside other words", () => {
    expect(termPattern("ILO").test("the ILO said")).toBe(true);
    expect(termPattern("ILO").test("Philippines, Milo and ilo")).toBe(false);
    expect(termPattern("HIV").test("hiv")).toBe(false);
  });
  it("treats a hyphen and an en dash alike and spans line spacing", () => {
    expect(termPattern("rights-based").test("a rights–based approach")).toBe(true);
    expect(termPattern("decent work").test("decent\n work")).toBe(true);
  });
  it("escapes regular-expression characters in terms", () => {
    expect(termPattern("UN.GIFT").test("UNxGIFT")).toBe(false);
    expect(termPattern("(a+)").test("(a+)")).toBe(true);
  });
});

describe("tagText", () => {
  const tags = compileTags([
    { slug: "remittances", terms: ["remittance*"], weakTerms: [] },
    { slug: "governance", terms: ["GFMD"], weakTerms: ["cooperation", "partnership*"] },
  ]);
  it("records the terms that matched", () => {
    expect(tagText("Remittances and the GFMD", tags)).toEqual([
      { slug: "remittances", matched: ["remittance*"] },
      { slug: "governance", matched: ["GFMD"] },
    ]);
  });
  it("needs two different weak terms", () => {
    expect(tagText("More cooperation.", tags)).toEqual([]);
    expect(tagText("Cooperation through partnerships.", tags)).toEqual([{ slug: "governance", matched: ["cooperation", "partnership*"] }]);
  });
  it("gives a short list lead-in no tags", () => {
    expect(tagText("Recommendations on remittances include the following:", tags)).toEqual([]);
  });
  it("reads ignored phrases as names, not words", () => {
    const women = compileTags([{ slug: "gender", terms: ["women"], weakTerms: [] }]);
    expect(tagText("UN Women supported the round table.", women, ["UN Women"])).toEqual([]);
    expect(tagText("UN Women supported women migrants.", women, ["UN Women"])).toHaveLength(1);
  });
  it("ignores emphasis markup and copes with empty or odd text", () => {
    expect(tagText("*Remittances*", tags)).toHaveLength(1);
    expect(tagText("", tags)).toEqual([]);
    expect(tagText("🚱 ((( [[[ \\ $^", tags)).toEqual([]);
  });
});

describe("the vocabularies in content/", () => {
  it("have about twenty themes and the 23 GCM objectives with unique slugs", () => {
    const themes = loadThemes(ROOT);
    const gcm = loadGcmObjectives(ROOT);
    expect(themes.length).toBeGreaterThanOrEqual(18);
    expect(new Set(themes.map((t) => t.slug)).size).toBe(themes.length);
    expect(gcm.map((g) => g.number)).toEqual(Array.from({ length: 23 }, (_, i) => i + 1));
  });
});
