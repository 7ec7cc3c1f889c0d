/**
 * A part of a chapter as editors see it: its blocks in order, each with text, label, type,
 * depth and the theme and GCM tags that apply. Drafts and revisions store exactly this, as
 * JSON, validated with these schemas on the way in and on every read back.
 */
import { z } from "zod";
import { partLabel } from "../book/parts";
import { BLOCK_TYPES, PART_KINDS } from "../book/schema";

/** "footnotes" edits the chapter's notes: reworded only, since their numbers link them to the text. */
export const EDITABLE_PARTS = ["intro", ...PART_KINDS, "footnotes"] as const;
export const partSlugSchema = z.enum(EDITABLE_PARTS, { error: "part must be intro, one of the six part names, or footnotes" });
export type PartSlug = z.infer<typeof partSlugSchema>;

const tagSlug = z.string().regex(/^[a-z0-9-]{1,60}$/, "tags are lowercase slugs");

export const snapshotBlockSchema = z.object({
  /** Null for a block the editor added; it gets an id when published. */
  id: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, "ids are lowercase words joined by hyphens").max(120).nullable(),
  type: z.enum(BLOCK_TYPES),
  label: z
    .string()
    .trim()
    .max(12, "a label has at most 12 characters, e.g. (c) or iv")
    .nullable()
    .transform((l) => (l === "" ? null : l)),
  depth: z.number().int().min(0).max(3),
  text: z.string().trim().min(1, "a block needs text").max(20_000, "a block has at most 20,000 characters"),
  themes: z.array(tagSlug).max(40).default([]),
  gcm: z.array(z.string().regex(/^gcm-(?:[1-9]|1\d|2[0-3])$/, "GCM tags are gcm-1 … gcm-23")).max(23).default([]),
});
export type SnapshotBlock = z.infer<typeof snapshotBlockSchema>;

export const partSnapshotSchema = z
  .object({ blocks: z.array(snapshotBlockSchema).max(500, "a part has at most 500 blocks") })
  .superRefine((snapshot, ctx) => {
    const seen = new Set<string>();
    snapshot.blocks.forEach((b, i) => {
      if (b.id === null) return;
      if (seen.has(b.id)) ctx.addIssue({ code: "custom", path: ["blocks", i, "id"], message: `block ${b.id} appears twice` });
      seen.add(b.id);
    });
  });
export type PartSnapshot = z.infer<typeof partSnapshotSchema>;

/** Reads snapshot JSON back from the database; a corrupt row is an error, not a silent empty part. */
export function parseSnapshotJson(json: string): PartSnapshot {
  return partSnapshotSchema.parse(JSON.parse(json));
}

/** The part's label in the UI and the audit log, e.g. "fao/recommendations". */
export const partTarget = (slug: string, part: string) => `${slug}/${part}`;

/** "Introduction", "Recommendations", "Footnotes"… for an editable part slug. */
export function editablePartLabel(part: string): string {
  return part === "footnotes" ? "Footnotes" : partLabel(part);
}
