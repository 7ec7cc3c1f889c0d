/**
 * Labels for categories, themes, GCM objectives and agency aliases from content/,
 * read once per process (the files change only with a deploy).
 */
import { loadAgencies } from "./agencies";
import { loadGcmObjectives, loadThemes, type GcmObjective, type Theme } from "./vocabularies";

type Memo<T> = { value?: T };
const memo = <T,>(m: Memo<T>, load: () => T): T => (m.value ??= load());

const categoriesMemo: Memo<Map<string, { label: string; description: string }>> = {};
const themesMemo: Memo<Theme[]> = {};
const gcmMemo: Memo<GcmObjective[]> = {};
const aliasesMemo: Memo<Map<string, string[]>> = {};

export const categoryLabels = () =>
  memo(categoriesMemo, () => new Map(loadAgencies(process.cwd()).categories.map((c) => [c.slug, { label: c.label, description: c.description }])));
export const themeList = () => memo(themesMemo, () => loadThemes(process.cwd()));
export const gcmList = () => memo(gcmMemo, () => loadGcmObjectives(process.cwd()));
export const agencyAliases = () => memo(aliasesMemo, () => new Map(loadAgencies(process.cwd()).agencies.map((a) => [a.slug, a.aliases])));

export function themeLabel(slug: string): string {
  return themeList().find((t) => t.slug === slug)?.label ?? slug;
}
