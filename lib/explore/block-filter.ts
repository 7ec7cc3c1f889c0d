/**
 * The filters of the explorer, theme pages and exports, as they appear in URLs:
 * ?agency=fao,ilo&part=recommendations&theme=remittances&gcm=gcm-20. Values in one
 * facet are alternatives (OR); different facets narrow each other (AND).
 */
import { z } from "zod";
import { partKindOf } from "../book/parts";
import { partKindSchema } from "../book/schema";

const slugList = (label: string) =>
  z
    .string()
    .max(500)
    .transform((value) => value.split(",").map((s) => s.trim().toLowerCase()).filter(Boolean))
    .pipe(z.array(z.string().regex(/^[a-z0-9-]{1,64}$/, `${label} values are slugs (letters, digits and hyphens)`)).max(30));

export const blockFilterSchema = z.object({
  agency: slugList("agency").optional().meta({ description: "Agency slugs, comma-separated (any of them), e.g. fao,ilo." }),
  part: z
    .string()
    .max(200)
    // "recommendation" or "Gaps" is what was meant; anything else is refused by the enum's message.
    .transform((value) => value.split(",").map((s) => partKindOf(s) ?? s.trim()).filter(Boolean))
    .pipe(z.array(partKindSchema).max(6))
    .optional()
    .meta({ description: "Parts, comma-separated, e.g. recommendations,gaps." }),
  theme: slugList("theme").optional().meta({ description: "Theme slugs, comma-separated, e.g. remittances." }),
  gcm: slugList("gcm").optional().meta({ description: "GCM objective slugs, comma-separated, e.g. gcm-20." }),
});
export type BlockFilter = z.infer<typeof blockFilterSchema>;

type ParamSource = URLSearchParams | Record<string, string | string[] | undefined>;

function readParam(source: ParamSource, key: string): string | undefined {
  if (source instanceof URLSearchParams) return source.getAll(key).join(",") || undefined;
  const value = source[key];
  return Array.isArray(value) ? value.join(",") : value;
}

export function parseBlockFilter(source: ParamSource): BlockFilter {
  return blockFilterSchema.parse({
    agency: readParam(source, "agency"),
    part: readParam(source, "part"),
    theme: readParam(source, "theme"),
    gcm: readParam(source, "gcm"),
  });
}

/** The query string for a filter, in a stable order, without empty facets. */
export function filterQuery(filter: BlockFilter, extra: Record<string, string> = {}): string {
  const params = new URLSearchParams();
  for (const key of ["agency", "part", "theme", "gcm"] as const) {
    const values = filter[key];
    if (values && values.length > 0) params.set(key, values.join(","));
  }
  for (const [key, value] of Object.entries(extra)) params.set(key, value);
  const query = params.toString().replace(/%2C/g, ",");
  return query ? `?${query}` : "";
}
