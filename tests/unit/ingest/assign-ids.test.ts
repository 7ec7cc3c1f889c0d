import { describe, expect, it } from "vitest";
import { assignIds } from "@/lib/ingest/assign-ids";
import type { LinkedChunk } from "@/lib/ingest/link-footnotes";

const b = (type: LinkedChunk["type"], label: string | null = null, depth = 0): LinkedChunk => ({
  type,
  line: 1,
  text: "x",
  label,
  depth,
  joinedLines: [],
  footnotes: [],
});

describe("assignIds", () => {
  it("names items by label path, paragraphs and subheadings by count", () => {
    expect(assignIds("fao-recommendations", [b("paragraph"), b("item", "a"), b("item", "i", 1), b("item", "b"), b("subheading"), b("paragraph")])).toEqual([
      "fao-recommendations-p1",
      "fao-recommendations-a",
      "fao-recommendations-a-i",
      "fao-recommendations-b",
      "fao-recommendations-h1",
      "fao-recommendations-p2",
    ]);
  });
  it("keeps ids unique when a list restarts at (a)", () => {
    expect(assignIds("x-activities", [b("item", "a"), b("subheading"), b("item", "a")])).toEqual([
      "x-activities-a",
      "x-activities-h1",
      "x-activities-a-2",
    ]);
  });
  it("hangs nested items off a restarted parent", () => {
    expect(assignIds("x-activities", [b("item", "a"), b("item", "i", 1), b("subheading"), b("item", "a"), b("item", "i", 1)])).toEqual([
      "x-activities-a",
      "x-activities-a-i",
      "x-activities-h1",
      "x-activities-a-2",
      "x-activities-a-2-i",
    ]);
  });
  it("numbers unlabelled items", () => {
    expect(assignIds("x-gaps", [b("item"), b("item")])).toEqual(["x-gaps-item1", "x-gaps-item2"]);
  });
});
