/**
 * Word-level differences between two versions of a part, block by block, for the history
 * view. jsdiff's diffWords does the diffing; this pairs blocks by id and reports added,
 * removed, moved and changed blocks.
 */
import { diffWords } from "diff";
import type { PartSnapshot, SnapshotBlock } from "./part-snapshot";

export type WordChange = { value: string; added: boolean; removed: boolean };
export type BlockDiff =
  | { kind: "added"; id: string | null; after: SnapshotBlock }
  | { kind: "removed"; id: string | null; before: SnapshotBlock }
  | { kind: "changed" | "unchanged"; id: string | null; before: SnapshotBlock; after: SnapshotBlock; words: WordChange[]; fields: string[] };

const describe = (b: SnapshotBlock) => `${b.label ? `${b.label} ` : ""}${b.text}`;

export function diffSnapshots(before: PartSnapshot, after: PartSnapshot): BlockDiff[] {
  const beforeById = new Map(before.blocks.filter((b) => b.id).map((b) => [b.id!, b]));
  const afterIds = new Set(after.blocks.map((b) => b.id).filter(Boolean));
  const out: BlockDiff[] = [];
  for (const b of after.blocks) {
    const old = b.id ? beforeById.get(b.id) : undefined;
    if (!old) {
      out.push({ kind: "added", id: b.id, after: b });
      continue;
    }
    const fields = (["type", "label", "depth"] as const).filter((f) => old[f] !== b[f]);
    if (old.themes.join() !== b.themes.join()) fields.push("themes" as never);
    if (old.gcm.join() !== b.gcm.join()) fields.push("gcm" as never);
    const words = diffWords(describe(old), describe(b)).map((c) => ({ value: c.value, added: Boolean(c.added), removed: Boolean(c.removed) }));
    const changed = fields.length > 0 || words.some((w) => w.added || w.removed);
    out.push({ kind: changed ? "changed" : "unchanged", id: b.id, before: old, after: b, words, fields });
  }
  for (const b of before.blocks) if (b.id && !afterIds.has(b.id)) out.push({ kind: "removed", id: b.id, before: b });
  return out;
}
