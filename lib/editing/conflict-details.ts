/**
 * What a 409 from saving or publishing a draft carries in `error.details`: both texts, and which
 * draft version or revision moved. Written by the data layer (lib/db/editing/save-draft.ts, write-revision.ts, publish-draft.ts)
 * and parsed by the editor before it shows them, so neither side trusts the other's shape.
 */
import { z } from "zod";
import { partSnapshotSchema } from "./part-snapshot";

export const conflictDetailsSchema = z.object({
  yours: partSnapshotSchema.optional(),
  theirs: partSnapshotSchema.nullable().optional(),
  theirVersion: z.number().int().nullable().optional(),
  currentRevision: z.number().int().optional(),
});
export type ConflictDetails = z.infer<typeof conflictDetailsSchema>;
