/**
 * A plain word search over passages: every word must occur (as a word start), results
 * ranked by how often the words occur. The typo-tolerant, acronym-aware index replaces
 * it; until then this keeps the home page's search box honest.
 */
import type { CorpusBlock } from "./corpus";

export function searchWords(query: string): string[] {
  const words = query.slice(0, 500).toLowerCase().normalize("NFKD").replace(/[\u0300-\u036f]/g, "").match(/[\p{L}\p{N}]{2,}/gu) ?? [];
  return [...new Set(words.map((w) => w.slice(0, 40)))].slice(0, 12);
}

export function simpleSearch(blocks: CorpusBlock[], query: string, limit = 50): { total: number; hits: CorpusBlock[] } {
  const words = searchWords(query);
  if (words.length === 0) return { total: 0, hits: [] };
  const patterns = words.map((w) => new RegExp(`(?<![\\p{L}\\p{N}])${w.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}`, "giu"));
  const scored: { block: CorpusBlock; score: number }[] = [];
  for (const block of blocks) {
    if (block.type === "subheading") continue;
    const text = block.text.normalize("NFKD").replace(/[\u0300-\u036f]/g, "");
    let score = 0;
    for (const p of patterns) {
      const n = text.match(p)?.length ?? 0;
      if (n === 0) {
        score = 0;
        break;
      }
      score += n;
    }
    if (score > 0) scored.push({ block, score: score + (block.part === "recommendations" ? 0.5 : 0) });
  }
  scored.sort((a, b) => b.score - a.score || a.block.agency.number - b.block.agency.number || a.block.position - b.block.position);
  return { total: scored.length, hits: scored.slice(0, limit).map((s) => s.block) };
}
