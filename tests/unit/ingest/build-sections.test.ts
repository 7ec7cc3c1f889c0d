import { describe, expect, it } from "vitest";
import { buildSections, resolveItems, type LabelStats } from "@/lib/ingest/build-sections";
import type { BodyUnit } from "@/lib/ingest/rejoin-blocks";
import type { Chunk, Warning } from "@/lib/ingest/types";

const item = (label: string | null, depth = 0, line = 1): Chunk => ({ type: "item", line, text: "x", label, depth, joinedLines: [] });
const para = (): Chunk => ({ type: "paragraph", line: 1, text: "p.", label: null, depth: 0, joinedLines: [] });
const labels = (blocks: Chunk[]) => blocks.map((b) => `${b.label}@${b.depth}`);

describe("resolveItems", () => {
  it("reads (i) after (h) as the letter i", () => {
    const blocks = ["g", "h", "i", "j"].map((l) => item(l));
    resolveItems(blocks, { misprints: 0, inferred: 0 });
    expect(labels(blocks)).toEqual(["g@0", "h@0", "i@0", "j@0"]);
  });
  it("nests roman numerals under the letter before them", () => {
    const blocks = [item("a"), item("i"), item("ii"), item("b")];
    resolveItems(blocks, { misprints: 0, inferred: 0 });
    expect(labels(blocks)).toEqual(["a@0", "i@1", "ii@1", "b@0"]);
  });
  it("mends (I) after (k) into (l) and counts it", () => {
    const stats: LabelStats = { misprints: 0, inferred: 0 };
    const blocks = [item("k"), item("I"), item("m")];
    resolveItems(blocks, stats);
    expect(labels(blocks)).toEqual(["k@0", "l@0", "m@0"]);
    expect(stats.misprints).toBe(1);
  });
  it("infers a label lost between two siblings", () => {
    const stats: LabelStats = { misprints: 0, inferred: 0 };
    const blocks = [item("a"), item(null, 1), item("ii", 1)];
    resolveItems(blocks, stats);
    expect(labels(blocks)).toEqual(["a@0", "i@1", "ii@1"]);
    expect(stats.inferred).toBe(1);
  });
  it("infers a lost (i) between (h) and (j) as a letter", () => {
    const blocks = [item("h"), item(null), item("j")];
    resolveItems(blocks, { misprints: 0, inferred: 0 });
    expect(labels(blocks)).toEqual(["h@0", "i@0", "j@0"]);
  });
  it("leaves a plain bullet list unlabelled", () => {
    const blocks = [item(null), item(null)];
    resolveItems(blocks, { misprints: 0, inferred: 0 });
    expect(labels(blocks)).toEqual(["null@0", "null@0"]);
  });
});

describe("buildSections", () => {
  const heading = (kinds: BodyUnit & { kind: "heading" } extends infer H ? H extends { kinds: infer K } ? K : never : never, line: number, number: number | null = null): BodyUnit => ({
    kind: "heading",
    line,
    text: "h",
    kinds,
    number,
  });
  const chunk = (c: Chunk): BodyUnit => ({ kind: "chunk", ...c });

  it("puts blocks before the first heading in the intro", () => {
    const tree = buildSections([chunk(para()), heading(["activities"], 2), chunk(para())], [], [], { misprints: 0, inferred: 0 });
    expect(tree.intro).toHaveLength(1);
    expect(tree.sections.map((s) => s.kinds)).toEqual([["activities"]]);
  });
  it("flags sections out of order, repeated and empty", () => {
    const structure: Warning[] = [];
    buildSections(
      [heading(["gaps"], 1), chunk(para()), heading(["challenges"], 2), chunk(para()), heading(["gaps"], 3)],
      structure,
      [],
      { misprints: 0, inferred: 0 },
    );
    expect(structure.map((s) => s.message)).toEqual([
      expect.stringMatching(/out of order/),
      expect.stringMatching(/second "gaps"/),
      expect.stringMatching(/empty/),
    ]);
  });
  it("warns when a printed number disagrees with the position", () => {
    const warnings: Warning[] = [];
    buildSections([heading(["activities"], 1, 1), chunk(para()), heading(["gaps"], 2, 5), chunk(para())], [], warnings, { misprints: 0, inferred: 0 });
    expect(warnings[0]!.message).toMatch(/numbered 5 is part 2/);
  });
});
