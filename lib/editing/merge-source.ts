/**
 * Re-ingest meets editing: merges a part as editors left it with the part as a new source
 * prints it. Pure. Rules, block by block:
 *  - untouched by editors (text still equals the old source): takes the new source text;
 *  - edited, source unchanged: keeps the editors' text;
 *  - edited, and the source changed too: keeps the editors' text and reports a conflict;
 *  - added by editors: kept; deleted by editors: stays deleted;
 *  - new in the source: inserted after the block it follows in the source;
 *  - removed from the source: dropped if untouched, kept with a conflict if edited.
 */
import type { PartSnapshot, SnapshotBlock } from "./part-snapshot";

/** A block as published now; `tagsEdited` when editors changed its tags (then they are kept as they are). */
export type PriorBlock = SnapshotBlock & { id: string; sourceText: string; tagsEdited: boolean };
export type SourceBlock = Omit<SnapshotBlock, "themes" | "gcm"> & { id: string; themes: string[]; gcm: string[] };
export type MergeConflict = { blockId: string; reason: "source changed an edited block" | "source removed an edited block"; editorText: string; oldSource: string; newSource: string | null };

export function mergeSource(input: {
  prior: PriorBlock[];
  source: SourceBlock[];
  /** Ids editors deleted at some point (seen in a revision, absent now): never resurrected. */
  deletedByEditors: ReadonlySet<string>;
}): { snapshot: PartSnapshot; conflicts: MergeConflict[] } {
  const source = new Map(input.source.map((b) => [b.id, b]));
  const priorIds = new Set(input.prior.map((b) => b.id));
  const conflicts: MergeConflict[] = [];
  const merged: SnapshotBlock[] = [];

  for (const p of input.prior) {
    const s = source.get(p.id);
    const addedByEditors = p.sourceText === "";
    const editedText = !addedByEditors && p.text !== p.sourceText;
    if (addedByEditors) {
      merged.push(strip(p));
      continue;
    }
    if (!s) {
      if (editedText) {
        conflicts.push({ blockId: p.id, reason: "source removed an edited block", editorText: p.text, oldSource: p.sourceText, newSource: null });
        merged.push(strip(p));
      }
      continue;
    }
    const sourceChanged = s.text !== p.sourceText;
    if (!editedText) {
      // Untouched text: the new source wins; an editor's change of type, label or depth survives while the source text is unchanged.
      const keepForm = !sourceChanged;
      const tags = p.tagsEdited ? { themes: p.themes, gcm: p.gcm } : { themes: s.themes, gcm: s.gcm };
      merged.push({ id: s.id, text: s.text, type: keepForm ? p.type : s.type, label: keepForm ? p.label : s.label, depth: keepForm ? p.depth : s.depth, ...tags });
      continue;
    }
    if (sourceChanged) conflicts.push({ blockId: p.id, reason: "source changed an edited block", editorText: p.text, oldSource: p.sourceText, newSource: s.text });
    merged.push(strip(p));
  }

  // New source blocks go after the source block they follow (or first).
  input.source.forEach((s, i) => {
    if (priorIds.has(s.id) || input.deletedByEditors.has(s.id)) return;
    const previous = input.source.slice(0, i).reverse().find((b) => merged.some((m) => m.id === b.id));
    const at = previous ? merged.findIndex((m) => m.id === previous.id) + 1 : 0;
    merged.splice(at, 0, { id: s.id, type: s.type, label: s.label, depth: s.depth, text: s.text, themes: s.themes, gcm: s.gcm });
  });
  return { snapshot: { blocks: merged }, conflicts };
}

function strip(b: PriorBlock): SnapshotBlock {
  return { id: b.id, type: b.type, label: b.label, depth: b.depth, text: b.text, themes: b.themes, gcm: b.gcm };
}

/**
 * The same rules for a chapter's notes, whose structure always follows the source (numbers tie
 * them to the text): each note the editors reworded keeps their wording if it is still there
 * under the same number; where the source changed it too, or dropped it, that is a conflict.
 */
export function mergeFootnotes(input: { prior: PriorBlock[]; source: SourceBlock[] }): { snapshot: PartSnapshot; conflicts: MergeConflict[] } {
  const prior = new Map(input.prior.map((p) => [`${p.id}|${p.label}`, p]));
  const conflicts: MergeConflict[] = [];
  const blocks = input.source.map((s) => {
    const p = prior.get(`${s.id}|${s.label}`);
    if (!p || p.text === p.sourceText) return { ...s };
    if (s.text !== p.sourceText) conflicts.push({ blockId: p.id, reason: "source changed an edited block", editorText: p.text, oldSource: p.sourceText, newSource: s.text });
    return { ...s, text: p.text };
  });
  const kept = new Set(input.source.map((s) => `${s.id}|${s.label}`));
  for (const p of input.prior) {
    if (p.text !== p.sourceText && !kept.has(`${p.id}|${p.label}`)) conflicts.push({ blockId: p.id, reason: "source removed an edited block", editorText: p.text, oldSource: p.sourceText, newSource: null });
  }
  return { snapshot: { blocks }, conflicts };
}
