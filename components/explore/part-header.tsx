import { PART_LABELS } from "@/lib/book/parts";
import type { PartKind } from "@/lib/book/schema";

/** Short names for the six parts where a table has little room; the full name is the abbreviation's title. */
const SHORT: Partial<Record<PartKind, string>> = { activities: "Activities", "gfmd-support": "GFMD", "good-practices": "Practices" };

/** A table header for a part that never breaks mid-word: the full name, or its short form with the full one as a title. */
export function PartHeader({ kind }: { kind: PartKind }) {
  const short = SHORT[kind];
  return <span className="whitespace-nowrap">{short ? <abbr title={PART_LABELS[kind]}>{short}</abbr> : PART_LABELS[kind]}</span>;
}
