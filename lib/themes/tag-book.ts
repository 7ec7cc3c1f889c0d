/** Rule tags for every block of the book, in both vocabularies, with the matched terms. */
import type { BookExport } from "../book/schema";
import { compileTags, tagText } from "./tag-text";
import type { TagDefinition, Vocabulary } from "../book/content/vocabularies";

export type RuleTag = { blockId: string; vocabulary: Vocabulary; tag: string; matched: string[] };

export function tagBook(book: BookExport, vocabularies: Record<Vocabulary, TagDefinition[]>, ignorePhrases: string[] = []): RuleTag[] {
  const compiled = { theme: compileTags(vocabularies.theme), gcm: compileTags(vocabularies.gcm) };
  const blocks = book.chapters.flatMap((c) => [...c.intro, ...c.sections.flatMap((s) => s.blocks)]);
  const tags: RuleTag[] = [];
  for (const block of blocks) {
    for (const vocabulary of ["theme", "gcm"] as const) {
      for (const match of tagText(block.text, compiled[vocabulary], ignorePhrases)) {
        tags.push({ blockId: block.id, vocabulary, tag: match.slug, matched: match.matched });
      }
    }
  }
  return tags;
}
