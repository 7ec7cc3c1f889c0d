/** The six parts of an agency chapter as readers see them: their labels, and "intro" for the part before them. */
import type { PartKind } from "./schema";

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
