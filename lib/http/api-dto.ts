/** Response shapes of the read-only JSON API, validated before they are sent. */
import { z } from "zod";
import { partKindSchema, blockTypeSchema } from "../book/schema";
import { permalink, type CorpusBlock } from "../explore/corpus";

export const apiBlockSchema = z.object({
  id: z.string(),
  agency: z.string(),
  agencyName: z.string(),
  part: z.union([partKindSchema, z.literal("intro")]),
  kinds: z.array(partKindSchema),
  type: blockTypeSchema,
  label: z.string().nullable(),
  text: z.string(),
  themes: z.array(z.string()),
  gcm: z.array(z.string()),
  url: z.string(),
});
export type ApiBlock = z.infer<typeof apiBlockSchema>;

export function toApiBlock(b: CorpusBlock): ApiBlock {
  return apiBlockSchema.parse({
    id: b.id,
    agency: b.agency.slug,
    agencyName: b.agency.acronym ?? b.agency.title,
    part: b.part,
    kinds: b.kinds,
    type: b.type,
    label: b.label,
    text: b.text,
    themes: b.themes,
    gcm: b.gcm,
    url: permalink(b),
  });
}

export const paginationSchema = z.object({
  limit: z.coerce.number().int().min(1).max(500).default(100),
  offset: z.coerce.number().int().min(0).max(100_000).default(0),
});
