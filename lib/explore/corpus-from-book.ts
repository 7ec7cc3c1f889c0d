/** Corpus blocks straight from a parse result, for benchmarks and tests that need no database. */
import type { BookExport } from "../book/schema";
import type { RuleTag } from "../themes/tag-book";
import type { AgencyRef, CorpusBlock } from "./corpus";

export function corpusFromBook(book: BookExport, tags: RuleTag[], categories: Map<number, string> = new Map()): CorpusBlock[] {
  const tagsOf = new Map<string, RuleTag[]>();
  for (const t of tags) tagsOf.set(t.blockId, [...(tagsOf.get(t.blockId) ?? []), t]);
  const blocks: CorpusBlock[] = [];
  for (const chapter of book.chapters) {
    const agency: AgencyRef = { number: chapter.number, slug: chapter.slug, title: chapter.title, acronym: chapter.acronym, category: categories.get(chapter.number) ?? null };
    const noteText = new Map(chapter.footnotes.flatMap((f) => (f.number === null ? [] : [[f.number, f.text] as const])));
    const groups = [{ kinds: [] as CorpusBlock["kinds"], blocks: chapter.intro }, ...chapter.sections.map((s) => ({ kinds: s.kinds, blocks: s.blocks }))];
    for (const group of groups) {
      for (const b of group.blocks) {
        const own = tagsOf.get(b.id) ?? [];
        blocks.push({
          id: b.id,
          agency,
          part: group.kinds[0] ?? "intro",
          kinds: group.kinds,
          type: b.type,
          label: b.label,
          depth: b.depth,
          text: b.text,
          position: blocks.length,
          themes: own.filter((t) => t.vocabulary === "theme").map((t) => t.tag),
          gcm: own.filter((t) => t.vocabulary === "gcm").map((t) => t.tag),
          provenance: own.map((t) => ({ vocabulary: t.vocabulary, tag: t.tag, source: "rule" as const, matched: t.matched })),
          notes: b.footnotes.flatMap((n) => noteText.get(n) ?? []),
        });
      }
    }
  }
  return blocks;
}
