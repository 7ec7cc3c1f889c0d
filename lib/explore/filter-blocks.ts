/** Applies a block filter to the corpus. Pure, so the rules are tested without a database. */
import type { BlockFilter } from "./block-filter";
import type { CorpusBlock } from "./corpus";

const anyOf = (wanted: string[] | undefined, have: string[]) => !wanted || wanted.length === 0 || wanted.some((w) => have.includes(w));

/** Whether a block is in the filter's agencies, parts, themes and GCM objectives (any of each; an empty facet allows all). */
export function matchesFilter(b: CorpusBlock, filter: BlockFilter): boolean {
  return anyOf(filter.agency, [b.agency.slug]) && anyOf(filter.part, b.kinds.length > 0 ? b.kinds : [b.part]) && anyOf(filter.theme, b.themes) && anyOf(filter.gcm, b.gcm);
}

export function filterBlocks(blocks: CorpusBlock[], filter: BlockFilter): CorpusBlock[] {
  return blocks.filter((b) => b.type !== "subheading" && matchesFilter(b, filter));
}

/** Counts blocks per agency and part, for theme matrices. */
export function countByAgencyAndPart(blocks: CorpusBlock[]): Map<string, Map<string, number>> {
  const counts = new Map<string, Map<string, number>>();
  for (const block of blocks) {
    const row = counts.get(block.agency.slug) ?? new Map<string, number>();
    for (const kind of block.kinds.length > 0 ? block.kinds : [block.part]) row.set(kind, (row.get(kind) ?? 0) + 1);
    counts.set(block.agency.slug, row);
  }
  return counts;
}

/** Counts blocks per agency and tag, for the agencies × themes heatmap. */
export function countByAgencyAndTag(blocks: CorpusBlock[], vocabulary: "theme" | "gcm"): Map<string, Map<string, number>> {
  const counts = new Map<string, Map<string, number>>();
  for (const block of blocks) {
    if (block.type === "subheading") continue;
    const row = counts.get(block.agency.slug) ?? new Map<string, number>();
    for (const tag of vocabulary === "theme" ? block.themes : block.gcm) row.set(tag, (row.get(tag) ?? 0) + 1);
    counts.set(block.agency.slug, row);
  }
  return counts;
}
