import { describe, expect, it } from "vitest";
import { conflictDetailsSchema } from "@/lib/editing/conflict-details";

const snapshot = { blocks: [{ id: "fao-gaps-a", type: "item", label: "(a)", depth: 0, text: "A gap.", themes: [], gcm: [] }] };

describe("conflict details", () => {
  it("reads both texts and what moved from a 409", () => {
    expect(conflictDetailsSchema.parse({ yours: snapshot, theirs: null, currentRevision: 3 })).toMatchObject({ theirs: null, currentRevision: 3 });
    expect(conflictDetailsSchema.parse({ theirVersion: 2 })).toEqual({ theirVersion: 2 });
  });

  it("refuses details of another shape instead of showing them", () => {
    for (const hostile of [{ theirs: { blocks: "x" } }, { theirVersion: "2" }, { currentRevision: 1.5 }, { yours: { blocks: [{ text: 1 }] } }, null, "text"]) {
      expect(conflictDetailsSchema.safeParse(hostile).success).toBe(false);
    }
  });
});
