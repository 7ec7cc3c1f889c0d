import { describe, expect, it } from "vitest";
import { joinHalves, rejoinBlocks } from "@/lib/ingest/rejoin-blocks";
import type { Token } from "@/lib/ingest/types";

describe("joinHalves", () => {
  it("joins with a space", () => {
    expect(joinHalves("the European Agency for the", "Management of borders")).toBe("the European Agency for the Management of borders");
  });
  it("closes a word hyphenated across the break", () => {
    expect(joinHalves("systems in non-", "discrimination, amending")).toBe("systems in non-discrimination, amending");
    expect(joinHalves("a multi-", "year plan")).toBe("a multi-year plan");
  });
  it("keeps a suspended hyphen", () => {
    expect(joinHalves("short-", "and long-term")).toBe("short- and long-term");
  });
  it("drops a stray dash before the continuation", () => {
    expect(joinHalves("the", "- remaining words.")).toBe("the remaining words.");
  });
});

describe("rejoinBlocks", () => {
  const t = (line: number, text: string): Token => ({ kind: "text", line, text });
  it("rejoins a paragraph broken by footnotes", () => {
    const units = rejoinBlocks([t(1, "FAO attended the Symposium (Turin, June 2006) and the (Brussels,"), t(5, "March 2008). All these events helped.")], [3]);
    expect(units).toHaveLength(1);
    expect(units[0]).toMatchObject({ kind: "chunk", type: "paragraph", joinedLines: [5] });
  });
  it("rejoins a lower-case continuation", () => {
    expect(rejoinBlocks([t(1, "In the fisheries sector, mobility is assessed to support"), t(3, "co-management mechanisms.")], [])).toHaveLength(1);
  });
  it("does not join a closed paragraph to the next", () => {
    expect(rejoinBlocks([t(1, "A full sentence."), t(3, "another one starting low.")], [])).toHaveLength(2);
  });
  it("makes short title-like lines subheadings and does not join after them", () => {
    const units = rejoinBlocks([t(1, "Knowledge generation and normative work"), t(3, "The activities of FAO include:")], [2]);
    expect(units.map((u) => u.kind === "chunk" && u.type)).toEqual(["subheading", "paragraph"]);
  });
  it("continues an open list item", () => {
    const item: Token = { kind: "item", line: 1, text: "Promote employment by exploiting the opportunities of natural resource", label: "b", indent: 0 };
    const units = rejoinBlocks([item, t(4, "management regimes that recognize rights.")], [2]);
    expect(units).toHaveLength(1);
    expect(units[0]).toMatchObject({ type: "item", label: "b" });
  });
  it("joins a lower-case dash line after a page break to the open sentence before it", () => {
    const item = (line: number, text: string, label: string | null = null): Token => ({ kind: "item", line, text, label, indent: 0 });
    const units = rejoinBlocks(
      [item(1, "Adopt adaptation policies. Finally, the benefits of climate change adaptation", "a"), item(5, "policies should be carefully considered across social groups."), item(6, "Consider the positive role of migration.", "b")],
      [3],
    );
    expect(units.map((u) => u.kind === "chunk" && [u.label, u.joinedLines])).toEqual([
      ["a", [5]],
      ["b", []],
    ]);
    expect(units[0]!.kind === "chunk" && units[0]!.text).toMatch(/adaptation policies should be carefully considered/);
  });
  it("keeps a lower-case dash item as an item when no page broke the sentence", () => {
    const item: Token = { kind: "item", line: 2, text: "tools and handbooks in a variety of areas", label: null, indent: 0 };
    expect(rejoinBlocks([t(1, "IOM has built capacities through"), item], [])).toHaveLength(2);
  });
  it("joins an enumeration running inside a paragraph when a page breaks it before '(b)'", () => {
    const b: Token = { kind: "item", line: 5, text: "to provide recommendations for adaptation planning.", label: "b", indent: 0 };
    const units = rejoinBlocks([t(1, "The project has two objectives: (a) to analyse the historical climate trends in the region; and"), b], [3]);
    expect(units).toHaveLength(1);
    expect(units[0]!.kind === "chunk" && units[0]!.text).toBe(
      "The project has two objectives: (a) to analyse the historical climate trends in the region; and (b) to provide recommendations for adaptation planning.",
    );
  });
  it("keeps lower-case labelled items that open a list", () => {
    const a: Token = { kind: "item", line: 5, text: "the situation of commercial vessels involved in such incidents;", label: "a", indent: 0 };
    const b: Token = { kind: "item", line: 6, text: "the effect that this has on the global SAR system.", label: "b", indent: 0 };
    expect(rejoinBlocks([t(1, "The Secretariat participated in conferences in order to explain (among others) the"), a, b], [3])).toHaveLength(3);
  });
});

