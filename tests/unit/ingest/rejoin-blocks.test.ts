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
});
