import { describe, expect, it } from "vitest";
import { mergeFootnotes, mergeSource, type PriorBlock, type SourceBlock } from "@/lib/editing/merge-source";

const src = (id: string, text: string, over: Partial<SourceBlock> = {}): SourceBlock => ({ id, type: "item", label: null, depth: 0, text, themes: [], gcm: [], ...over });
const prior = (id: string, text: string, sourceText: string, over: Partial<PriorBlock> = {}): PriorBlock => ({ id, type: "item", label: null, depth: 0, text, sourceText, themes: [], gcm: [], tagsEdited: false, ...over });

describe("mergeSource", () => {
  it("updates untouched blocks, keeps edited ones, and reports where both changed", () => {
    const { snapshot, conflicts } = mergeSource({
      prior: [prior("a", "A old", "A old"), prior("b", "B edited", "B old"), prior("c", "C edited", "C old")],
      source: [src("a", "A new"), src("b", "B old"), src("c", "C new")],
      deletedByEditors: new Set(),
    });
    expect(snapshot.blocks.map((b) => b.text)).toEqual(["A new", "B edited", "C edited"]);
    expect(conflicts).toEqual([{ blockId: "c", reason: "source changed an edited block", editorText: "C edited", oldSource: "C old", newSource: "C new" }]);
  });
  it("keeps blocks editors added, never resurrects ones they deleted, and places new source blocks", () => {
    const { snapshot } = mergeSource({
      prior: [prior("a", "A", "A"), prior("x-e1", "Editor's own", ""), prior("c", "C", "C")],
      source: [src("a", "A"), src("b", "B (deleted by editors)"), src("c", "C"), src("d", "D is new")],
      deletedByEditors: new Set(["b"]),
    });
    expect(snapshot.blocks.map((b) => b.id)).toEqual(["a", "x-e1", "c", "d"]);
  });
  it("drops untouched blocks the source removed, and keeps edited ones with a conflict", () => {
    const { snapshot, conflicts } = mergeSource({
      prior: [prior("a", "A", "A"), prior("b", "B edited", "B")],
      source: [],
      deletedByEditors: new Set(),
    });
    expect(snapshot.blocks.map((b) => b.id)).toEqual(["b"]);
    expect(conflicts[0]).toMatchObject({ blockId: "b", reason: "source removed an edited block", newSource: null });
  });
  it("keeps an editor's label change while the source text is unchanged, and edited tags always", () => {
    const { snapshot } = mergeSource({
      prior: [prior("a", "A", "A", { label: "(z)", themes: ["health"], tagsEdited: true }), prior("b", "B", "B", { themes: ["old-rule"] })],
      source: [src("a", "A", { label: "(a)", themes: ["gender"] }), src("b", "B", { themes: ["new-rule"] })],
      deletedByEditors: new Set(),
    });
    expect(snapshot.blocks[0]).toMatchObject({ label: "(z)", themes: ["health"] });
    expect(snapshot.blocks[1]!.themes).toEqual(["new-rule"]);
  });
});

describe("mergeSource when the new parse renumbers the blocks", () => {
  // The parser now reads p2 as a footnote: every paragraph after it moves up one id (p3 → p2 …).
  const before = [prior("p1", "One, edited", "One"), prior("p2", "A note, read as body", "A note, read as body"), prior("p3", "Three", "Three"), prior("x-e1", "Editors' own", ""), prior("p4", "Four, edited", "Four")];
  const after = [src("p1", "One"), src("p2", "Three"), src("p3", "Four")];

  it("pairs blocks by their 2013 text, keeps the source's order and ids, and places editors' blocks after the one they followed", () => {
    const { snapshot, conflicts } = mergeSource({ prior: before, source: after, deletedByEditors: new Set() });
    expect(snapshot.blocks.map((b) => [b.id, b.text])).toEqual([
      ["p1", "One, edited"],
      ["p2", "Three"],
      ["x-e1", "Editors' own"],
      ["p3", "Four, edited"],
    ]);
    expect(conflicts).toEqual([]);
  });

  it("never resurrects a deleted block, known by its text when its id moved", () => {
    const { snapshot } = mergeSource({ prior: [prior("p1", "One", "One")], source: [src("p1", "One"), src("p2", "Deleted by editors, now p2")], deletedByEditors: new Set(["p3"]), deletedTexts: new Set(["Deleted by editors, now p2"]) });
    expect(snapshot.blocks.map((b) => b.id)).toEqual(["p1"]);
  });

  it("pairs each of two identical texts once", () => {
    const { snapshot } = mergeSource({ prior: [prior("a", "Same, edited", "Same"), prior("b", "Same", "Same")], source: [src("a", "Same"), src("b", "Same")], deletedByEditors: new Set() });
    expect(snapshot.blocks.map((b) => b.text)).toEqual(["Same, edited", "Same"]);
  });
});

describe("mergeFootnotes", () => {
  it("keeps a reworded note when a newly found note moves it down a place", () => {
    const note = (id: string, label: string, text: string, sourceText = text): PriorBlock => prior(id, text, sourceText, { type: "paragraph", label });
    const { snapshot, conflicts } = mergeFootnotes({
      prior: [note("n-1", "1", "One"), note("n-2", "3", "Three, reworded", "Three")],
      source: [src("n-1", "One", { type: "paragraph", label: "1" }), src("n-2", "Two, found", { type: "paragraph", label: "2" }), src("n-3", "Three", { type: "paragraph", label: "3" })],
    });
    expect(snapshot.blocks.map((b) => [b.label, b.text])).toEqual([
      ["1", "One"],
      ["2", "Two, found"],
      ["3", "Three, reworded"],
    ]);
    expect(conflicts).toEqual([]);
  });

  it("keeps reworded notes under the same number, follows the source's structure, and reports conflicts", () => {
    const note = (id: string, label: string, text: string, sourceText = text): PriorBlock => prior(id, text, sourceText, { type: "paragraph", label });
    const { snapshot, conflicts } = mergeFootnotes({
      prior: [note("n-1", "1", "One, reworded", "One"), note("n-2", "2", "Two, reworded", "Two"), note("n-3", "3", "Three, reworded", "Three")],
      source: [src("n-1", "One", { type: "paragraph", label: "1" }), src("n-2", "Two, revised", { type: "paragraph", label: "2" }), src("n-4", "Four", { type: "paragraph", label: "4" })],
    });
    expect(snapshot.blocks.map((b) => b.text)).toEqual(["One, reworded", "Two, reworded", "Four"]);
    expect(conflicts.map((c) => [c.blockId, c.reason])).toEqual([
      ["n-2", "source changed an edited block"],
      ["n-3", "source removed an edited block"],
    ]);
  });
});
