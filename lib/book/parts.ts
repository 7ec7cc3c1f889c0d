/** The six parts of an agency chapter as readers see them: their labels, and "intro" for the part before them. */
import { PART_KINDS, type PartKind } from "./schema";

export const PART_LABELS: Record<PartKind, string> = {
  activities: "Activities since 2006",
  "gfmd-support": "Support to the GFMD",
  "good-practices": "Good practices",
  challenges: "Challenges",
  gaps: "Gaps",
  recommendations: "Recommendations",
};

/** The label of a part slug, "intro" included; anything else is returned as it is. */
export function partLabel(part: string): string {
  return part === "intro" ? "Introduction" : ((PART_LABELS as Record<string, string>)[part] ?? part);
}

/** How people also write a part in a filter: singular, without the hyphen, or by its first word. */
const PART_ALIASES: Record<string, PartKind> = {
  activity: "activities",
  gfmd: "gfmd-support",
  "good-practice": "good-practices",
  goodpractices: "good-practices",
  practices: "good-practices",
  challenge: "challenges",
  gap: "gaps",
  recommendation: "recommendations",
};

/** The part a filter value names ("recommendation", "Good-Practices", "gfmd"), or null. */
export function partKindOf(value: string): PartKind | null {
  const key = value.trim().toLowerCase().replace(/[\s_]+/g, "-");
  if ((PART_KINDS as readonly string[]).includes(key)) return key as PartKind;
  return PART_ALIASES[key] ?? PART_ALIASES[key.replace(/-/g, "")] ?? null;
}
