/**
 * The tags that apply to a block: applied rule tags, unless an editor took them off (an editor
 * row with applied=false), plus the editor's own applied tags. Editor tags override rules.
 */
type TagRow = { vocabulary: string; tag: string; source: string; applied: boolean };

export function effectiveTags<T extends TagRow>(tags: T[]): T[] {
  const removed = new Set(tags.filter((t) => t.source === "editor" && !t.applied).map((t) => `${t.vocabulary}:${t.tag}`));
  return tags.filter((t) => t.applied && !(t.source === "rule" && removed.has(`${t.vocabulary}:${t.tag}`)));
}
