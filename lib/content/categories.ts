/** Category labels from content/agencies.json, read once per process. */
import { loadAgencies } from "./load-content";

let cache: Map<string, { label: string; description: string }> | null = null;

export function categoryLabels(): Map<string, { label: string; description: string }> {
  cache ??= new Map(loadAgencies(process.cwd()).categories.map((c) => [c.slug, { label: c.label, description: c.description }]));
  return cache;
}
