// The import's rows, planned from the real book without a database: every block, note, citation and tag has its row.
import { describe, expect, it } from "vitest";
import { planImport } from "@/lib/db/imports/plan-import";
import { realBook } from "../../support/real-book";

describe("planImport", () => {
  const parsed = realBook();
  const plan = planImport(parsed);

  it("plans one chapter row per chapter (the overview first) with its printed pages", () => {
    expect(plan.chapters).toHaveLength(29);
    expect(plan.chapters[0]).toMatchObject({ number: 1, slug: "overview", kind: "overview" });
    expect(plan.chapters.find((c) => c.slug === "fao")).toMatchObject({ kind: "agency", firstPage: expect.any(Number), category: "specialized-agency" });
  });

  it("places every block once, in book order, in its chapter and section", () => {
    const ids = plan.blocks.map((b) => b.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(plan.blocks.map((b) => b.position)).toEqual(plan.blocks.map((_, i) => i));
    const fao = parsed.book.chapters.find((c) => c.slug === "fao")!;
    const recommendations = fao.sections.findIndex((s) => s.kinds[0] === "recommendations");
    expect(plan.blocks.find((b) => b.id === "fao-recommendations-c")?.section).toEqual({ chapterNumber: 2, position: recommendations });
    expect(plan.blocks.find((b) => b.id === "fao-intro-p1")?.section).toBeNull();
  });

  it("links only citations that have a note, and tags only blocks that exist", () => {
    const notes = new Set(plan.footnotes.map((f) => `${f.chapterNumber}:${f.number}`));
    for (const link of plan.links) expect(notes.has(`${link.chapterNumber}:${link.number}`)).toBe(true);
    const blocks = new Set(plan.blocks.map((b) => b.id));
    expect(plan.tags.every((t) => blocks.has(t.blockId))).toBe(true);
    const stray = planImport({ ...parsed, tags: [{ blockId: "no-such-block", vocabulary: "theme", tag: "x", matched: [] }] });
    expect(stray.tags).toEqual([]);
  });

  it("fingerprints what it writes: a different vocabulary gives a different fingerprint", () => {
    expect(planImport(parsed).fingerprint).toBe(plan.fingerprint);
    expect(planImport({ ...parsed, tags: parsed.tags.slice(1) }).fingerprint).not.toBe(plan.fingerprint);
  });

  it("refuses a book that does not fit the export schema", () => {
    expect(() => planImport({ ...parsed, book: { ...parsed.book, overview: { ...parsed.book.overview, blocks: [{ id: 1, type: "poem" }] } } as never })).toThrow();
  });
});
