/**
 * Stage 9: give every block its stable, readable id, which is also its URL anchor:
 * "fao-recommendations-c", "fao-activities-a-ii", "ilo-intro-p2". Ids are made
 * once, at first ingest, and stored; later edits never recompute them.
 */
import type { LinkedChunk } from "./link-footnotes";

export function assignIds(prefix: string, blocks: LinkedChunk[]): string[] {
  const used = new Set<string>();
  const counters = { p: 0, h: 0, item: 0 };
  // Nested items hang off their parent's final id part, so "a-2-ii" is (ii) under the second (a).
  let parent: string | null = null;
  return blocks.map((block) => {
    let suffix: string;
    if (block.type === "paragraph") suffix = `p${++counters.p}`;
    else if (block.type === "subheading") {
      suffix = `h${++counters.h}`;
      parent = null;
    } else if (block.label === null) suffix = `item${++counters.item}`;
    else if (block.depth === 0) suffix = slugPart(block.label);
    else suffix = parent ? `${parent}-${slugPart(block.label)}` : slugPart(block.label);

    let id = `${prefix}-${suffix}`;
    for (let n = 2; used.has(id); n++) id = `${prefix}-${suffix}-${n}`;
    used.add(id);
    if (block.type === "item" && block.depth === 0 && block.label !== null) parent = id.slice(prefix.length + 1);
    return id;
  });
}

function slugPart(label: string): string {
  return label.toLowerCase().replace(/[^a-z0-9]+/g, "") || "x";
}
