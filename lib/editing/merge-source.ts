/**
 * Re-ingest meets editing: merges a part as editors left it with the part as a new source
 * prints it. Pure. Rules, block by block:
 *  - untouched by editors (text still equals the old source): takes the new source text;
 *  - edited, source unchanged: keeps the editors' text;
 *  - edited, and the source changed too: keeps the editors' text and reports a conflict;
 *  - added by editors: kept; deleted by editors: stays deleted;
 *  - new in the source: in its place;
 *  - removed from the source: dropped if untouched, kept with a conflict if edited.
 * Blocks are paired by the 2013 text before the id (see pairBlocks), and the result follows the new
 * source's order and ids, with the editors' added blocks after the block they followed.
 */
import type { PartSnapshot, SnapshotBlock } from "./part-snapshot";

/** A block as published now; `tagsEdited` when editors changed its tags (then they are kept as they are). */
export type PriorBlock = SnapshotBlock & { id: string; sourceText: string; tagsEdited: boolean };
export type SourceBlock = Omit<SnapshotBlock, "themes" | "gcm"> & { id: string; themes: string[]; gcm: string[] };
export type MergeConflict = { blockId: string; reason: "source changed an edited block" | "source removed an edited block"; editorText: string; oldSource: string; newSource: string | null };

/**
 * Pairs each block as published with the block of the new source it stands for: first by the 2013
 * text it was imported with (a block whose text the source still prints, wherever it now is and
 * whatever id the new parse gives it), then by id (a block the source reworded in place). A parser
 * that moves a paragraph into the notes shifts the ids after it, so ids alone would pair neighbours.
 */
function pairBlocks(prior: readonly PriorBlock[], source: readonly SourceBlock[]): Map<PriorBlock, SourceBlock> {
  const pairs = new Map<PriorBlock, SourceBlock>();
  const taken = new Set<SourceBlock>();
  const byText = new Map<string, SourceBlock[]>();
  for (const s of source) byText.set(s.text, [...(byText.get(s.text) ?? []), s]);
  for (const p of prior) {
    if (p.sourceText === "") continue;
    const s = byText.get(p.sourceText)?.find((candidate) => !taken.has(candidate));
    if (s) {
      pairs.set(p, s);
      taken.add(s);
    }
  }
  const byId = new Map(source.map((s) => [s.id, s]));
  for (const p of prior) {
    if (pairs.has(p) || p.sourceText === "") continue;
    const s = byId.get(p.id);
    if (s && !taken.has(s)) {
      pairs.set(p, s);
      taken.add(s);
    }
  }
  return pairs;
}

export function mergeSource(input: {
  prior: PriorBlock[];
  source: SourceBlock[];
  /** Ids editors deleted at some point (seen in a revision, absent now): never resurrected. */
  deletedByEditors: ReadonlySet<string>;
  /** The texts those blocks had (from the revisions): a deleted block is known by its text even when the new parse renumbers it. */
  deletedTexts?: ReadonlySet<string>;
}): { snapshot: PartSnapshot; conflicts: MergeConflict[] } {
  const pairs = pairBlocks(input.prior, input.source);
  const paired = new Map([...pairs].map(([p, s]) => [s, p]));
  const conflicts: MergeConflict[] = [];

  // The merged part follows the new source's order; each paired block is the editors' or the source's version.
  const merged: { block: SnapshotBlock; from: PriorBlock | null }[] = [];
  for (const s of input.source) {
    const p = paired.get(s);
    if (!p) {
      // New in the source, unless it is a block editors deleted.
      const deleted = input.deletedByEditors.has(s.id) || (input.deletedTexts?.has(s.text) ?? false);
      if (!deleted) merged.push({ block: { id: s.id, type: s.type, label: s.label, depth: s.depth, text: s.text, themes: s.themes, gcm: s.gcm }, from: null });
      continue;
    }
    const editedText = p.text !== p.sourceText;
    const sourceChanged = s.text !== p.sourceText;
    if (!editedText) {
      // Untouched text: the new source wins; an editor's change of type, label or depth survives while the source text is unchanged.
      const keepForm = !sourceChanged;
      const tags = p.tagsEdited ? { themes: p.themes, gcm: p.gcm } : { themes: s.themes, gcm: s.gcm };
      merged.push({ block: { id: s.id, text: s.text, type: keepForm ? p.type : s.type, label: keepForm ? p.label : s.label, depth: keepForm ? p.depth : s.depth, ...tags }, from: p });
      continue;
    }
    if (sourceChanged) conflicts.push({ blockId: p.id, reason: "source changed an edited block", editorText: p.text, oldSource: p.sourceText, newSource: s.text });
    merged.push({ block: { ...strip(p), id: s.id }, from: p });
  }

  // Blocks editors added, and edited blocks the source no longer prints, stay after the block they followed.
  input.prior.forEach((p, i) => {
    if (pairs.has(p)) return;
    const addedByEditors = p.sourceText === "";
    if (!addedByEditors) {
      if (p.text === p.sourceText) return;
      conflicts.push({ blockId: p.id, reason: "source removed an edited block", editorText: p.text, oldSource: p.sourceText, newSource: null });
    }
    const before = input.prior.slice(0, i).reverse();
    const at = before.map((b) => merged.findIndex((m) => m.from === b)).find((index) => index >= 0);
    merged.splice(at === undefined ? 0 : at + 1, 0, { block: strip(p), from: p });
  });
  return { snapshot: { blocks: merged.map((m) => m.block) }, conflicts };
}

function strip(b: PriorBlock): SnapshotBlock {
  return { id: b.id, type: b.type, label: b.label, depth: b.depth, text: b.text, themes: b.themes, gcm: b.gcm };
}

/**
 * The same rules for a chapter's notes, whose structure always follows the source (numbers tie
 * them to the text): each note the editors reworded keeps their wording where the source still has
 * it — found by its 2013 text, else by its printed number, else by its place — and where the source
 * changed it too, or dropped it, that is a conflict.
 */
export function mergeFootnotes(input: { prior: PriorBlock[]; source: SourceBlock[] }): { snapshot: PartSnapshot; conflicts: MergeConflict[] } {
  const pairs = new Map<PriorBlock, SourceBlock>();
  const taken = new Set<SourceBlock>();
  const pair = (find: (p: PriorBlock) => SourceBlock | undefined) => {
    for (const p of input.prior) {
      if (pairs.has(p)) continue;
      const s = find(p);
      if (s && !taken.has(s)) {
        pairs.set(p, s);
        taken.add(s);
      }
    }
  };
  pair((p) => input.source.find((s) => !taken.has(s) && s.text === p.sourceText));
  pair((p) => (p.label === null ? undefined : input.source.find((s) => !taken.has(s) && s.label === p.label)));
  pair((p) => input.source.find((s) => !taken.has(s) && s.id === p.id && s.label === p.label));
  const paired = new Map([...pairs].map(([p, s]) => [s, p]));
  const conflicts: MergeConflict[] = [];
  const blocks = input.source.map((s) => {
    const p = paired.get(s);
    if (!p || p.text === p.sourceText) return { ...s };
    if (s.text !== p.sourceText) conflicts.push({ blockId: p.id, reason: "source changed an edited block", editorText: p.text, oldSource: p.sourceText, newSource: s.text });
    return { ...s, text: p.text };
  });
  for (const p of input.prior) {
    if (p.text !== p.sourceText && !pairs.has(p)) conflicts.push({ blockId: p.id, reason: "source removed an edited block", editorText: p.text, oldSource: p.sourceText, newSource: null });
  }
  return { snapshot: { blocks }, conflicts };
}
