/** content/agencies.json: fixed slugs, categories and acronym overrides. */
import { z } from "zod";
import { readContentFile } from "./read-content";

export const categorySchema = z.object({
  slug: z.string().regex(/^[a-z-]+$/),
  label: z.string().min(1),
  description: z.string().min(1),
});
export const agencyConfigSchema = z.object({
  number: z.number().int().min(2).max(29),
  slug: z.string().regex(/^[a-z0-9-]+$/),
  category: z.string().min(1),
  acronym: z.string().min(1).optional(),
  /** Names the text uses for this agency, for finding related agencies. */
  aliases: z.array(z.string().min(2)).default([]),
});
export const agenciesFileSchema = z
  .object({ categories: z.array(categorySchema).min(1), agencies: z.array(agencyConfigSchema).length(28) })
  .superRefine((file, ctx) => {
    const categories = new Set(file.categories.map((c) => c.slug));
    file.agencies.forEach((a, i) => {
      if (!categories.has(a.category)) {
        ctx.addIssue({ code: "custom", path: ["agencies", i, "category"], message: `unknown category "${a.category}"` });
      }
    });
    if (new Set(file.agencies.map((a) => a.number)).size !== file.agencies.length) {
      ctx.addIssue({ code: "custom", path: ["agencies"], message: "chapter numbers must be unique" });
    }
  });
export type AgencyConfig = z.infer<typeof agencyConfigSchema>;
export type AgenciesFile = z.infer<typeof agenciesFileSchema>;

export function loadAgencies(root: string): AgenciesFile {
  return readContentFile(root, "agencies.json", agenciesFileSchema);
}
