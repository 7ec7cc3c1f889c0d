/**
 * Stage 7: blocks → the chapter tree. Splits at the part headings, checks their
 * order, and settles each list item's label and depth: "(i)" after "(h)" is a
 * letter, other roman numerals nest under the letter before them, "(I)" after
 * "(k)" is a misprinted "(l)", and a lost label is inferred from its neighbours.
 */
import { PART_KINDS, type PartKind } from "../book/schema";
import type { BodyUnit } from "./rejoin-blocks";
import type { Chunk, Warning } from "./types";

export type DraftSection = { kinds: PartKind[]; heading: string; line: number; blocks: Chunk[] };
export type DraftTree = { intro: Chunk[]; sections: DraftSection[] };

const ROMANS = ["i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix", "x", "xi", "xii", "xiii", "xiv", "xv"];
const isRoman = (label: string) => ROMANS.includes(label);
const isLetter = (label: string) => /^[a-z]$/.test(label);
const nextLetter = (label: string) => String.fromCharCode(label.charCodeAt(0) + 1);

/** The label after this one: nested items count in roman numerals, top-level ones in letters. */
function successor(label: string, depth: number): string | null {
  const roman = ROMANS.indexOf(label);
  if (depth > 0 && roman !== -1 && roman + 1 < ROMANS.length) return ROMANS[roman + 1]!;
  if (isLetter(label) && label !== "z") return nextLetter(label);
  if (/^\d+$/.test(label)) return String(Number(label) + 1);
  return null;
}

export type LabelStats = { misprints: number; inferred: number };

/** Resolves labels and depths of the items in one run of blocks (a section or the intro). */
export function resolveItems(blocks: Chunk[], stats: LabelStats): void {
  let lastTopLetter: string | null = null;
  for (const block of blocks) {
    if (block.type === "subheading") lastTopLetter = null;
    if (block.type !== "item" || block.label === null) continue;
    let label = block.label;
    if (label === "I" && lastTopLetter === "k") {
      label = "l";
      stats.misprints++;
    }
    label = /^[A-Z]$/.test(label) ? label : label.toLowerCase();
    const continuesLetters = lastTopLetter !== null && nextLetter(lastTopLetter) === label;
    if (block.depth === 0 && isRoman(label) && lastTopLetter !== null && !continuesLetters) {
      block.depth = 1;
    }
    if (block.depth === 0 && isLetter(label)) lastTopLetter = label;
    block.label = label;
  }

  // Infer a lost label from the siblings either side ("- Identifying …" between nothing and "(ii)").
  blocks.forEach((block, i) => {
    if (block.type !== "item" || block.label !== null) return;
    const sibling = (step: number) => {
      for (let j = i + step; j >= 0 && j < blocks.length; j += step) {
        const other = blocks[j]!;
        if (other.type === "subheading") return null;
        if (other.type === "item" && other.depth === block.depth) return other;
        if (other.type === "item" && other.depth < block.depth) return null;
        if (other.type === "paragraph") return null;
      }
      return null;
    };
    const before = sibling(-1);
    const after = sibling(1);
    if (!after?.label) return;
    if (before?.label && successor(successor(before.label, block.depth) ?? "", block.depth) === after.label) {
      block.label = successor(before.label, block.depth);
    } else if (!before && (after.label === "ii" || after.label === "b")) {
      block.label = after.label === "ii" ? "i" : "a";
    }
    if (block.label !== null) stats.inferred++;
  });
}

export function buildSections(
  units: BodyUnit[],
  structure: Warning[],
  warnings: Warning[],
  stats: LabelStats,
): DraftTree {
  const intro: Chunk[] = [];
  const sections: DraftSection[] = [];
  for (const unit of units) {
    if (unit.kind === "heading") {
      sections.push({ kinds: unit.kinds, heading: unit.text, line: unit.line, blocks: [] });
      const position = sections.length;
      if (unit.number !== null && unit.number !== position) {
        warnings.push({ line: unit.line, message: `heading numbered ${unit.number} is part ${position} of this chapter` });
      }
      continue;
    }
    const { kind: _kind, ...chunk } = unit;
    (sections[sections.length - 1]?.blocks ?? intro).push(chunk);
  }

  let lastOrder = -1;
  const seen = new Set<PartKind>();
  for (const section of sections) {
    const order = PART_KINDS.indexOf(section.kinds[0]!);
    if (order <= lastOrder) {
      structure.push({ line: section.line, message: `section "${section.heading}" is out of order` });
    }
    for (const kind of section.kinds) {
      if (seen.has(kind)) structure.push({ line: section.line, message: `a second "${kind}" section` });
      seen.add(kind);
    }
    lastOrder = PART_KINDS.indexOf(section.kinds[section.kinds.length - 1]!);
    if (section.blocks.length === 0) {
      structure.push({ line: section.line, message: `section "${section.heading}" is empty` });
    }
    resolveItems(section.blocks, stats);
  }
  resolveItems(intro, stats);
  return { intro, sections };
}
