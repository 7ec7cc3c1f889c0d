/**
 * "Related agencies": the other agencies a chapter names, ranked by how many of its
 * blocks name them, each backed by the sentence that does.
 */
import { termPattern } from "../themes/tag-text";
import type { AgencyRef, CorpusBlock } from "./corpus";

export type Related = { agency: AgencyRef; blocks: number; example: { blockId: string; sentence: string } };

function sentenceAround(text: string, index: number): string {
  const start = Math.max(text.lastIndexOf(". ", index) + 2, 0);
  const endDot = text.indexOf(". ", index);
  const end = endDot === -1 ? text.length : endDot + 1;
  const sentence = text.slice(start === 1 ? 0 : start, end).replace(/\*/g, "").trim();
  return sentence.length > 320 ? `${sentence.slice(0, 317)}…` : sentence;
}

export function relatedAgencies(
  slug: string,
  blocks: CorpusBlock[],
  agencies: (AgencyRef & { aliases: string[] })[],
  limit = 6,
): Related[] {
  const own = blocks.filter((b) => b.agency.slug === slug);
  const results: Related[] = [];
  for (const other of agencies) {
    if (other.slug === slug || other.aliases.length === 0) continue;
    const patterns = other.aliases.map((a) => new RegExp(termPattern(a).source, termPattern(a).flags + "g"));
    let count = 0;
    let example: Related["example"] | null = null;
    for (const block of own) {
      const hit = patterns.map((p) => p.exec(block.text)).find((m) => m !== null);
      patterns.forEach((p) => (p.lastIndex = 0));
      if (!hit) continue;
      count++;
      example ??= { blockId: block.id, sentence: sentenceAround(block.text, hit.index) };
    }
    if (count > 0 && example) results.push({ agency: other, blocks: count, example });
  }
  return results.sort((a, b) => b.blocks - a.blocks || a.agency.number - b.agency.number).slice(0, limit);
}
