/** Validation of search parameters, shared by the API and the search page. */
import { z } from "zod";
import { blockFilterSchema } from "../explore/block-filter";
import { MAX_QUERY_LENGTH } from "./parse-query";

export const searchParamsSchema = blockFilterSchema.extend({
  q: z.string().max(MAX_QUERY_LENGTH, `Queries are limited to ${MAX_QUERY_LENGTH} characters.`).default(""),
  limit: z.coerce.number().int().min(1).max(100, "limit is at most 100").default(20),
  offset: z.coerce.number().int().min(0).max(10_000).default(0),
});
export type SearchParams = z.infer<typeof searchParamsSchema>;

export function readSearchParams(source: URLSearchParams | Record<string, string | string[] | undefined>) {
  const get = (key: string) => {
    if (source instanceof URLSearchParams) return source.getAll(key).join(",") || undefined;
    const value = source[key];
    return Array.isArray(value) ? value.join(",") : value;
  };
  return searchParamsSchema.safeParse({
    q: get("q"),
    agency: get("agency"),
    part: get("part"),
    theme: get("theme"),
    gcm: get("gcm"),
    limit: get("limit"),
    offset: get("offset"),
  });
}
