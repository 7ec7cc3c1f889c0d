/**
 * npm run bench:tagging — precision of the rule-based theme tagging on the hand-judged
 * samples in content/tagging-sample.json, with the rules as they are now.
 */
import { readFileSync } from "node:fs";
import { z } from "zod";
import { parseSourceFile } from "../lib/ingest/run-ingest";

const sampleFileSchema = z.object({
  samples: z.array(
    z.object({
      name: z.string(),
      blocks: z.array(z.object({ id: z.string(), correct: z.array(z.string()), wrong: z.array(z.string()) })).min(90, "a sample needs at least 90 judged blocks"),
    }),
  ),
});

const root = process.cwd();
const parsed = parseSourceFile(`${root}/content/source/compendium.txt`, root);
const themesOf = new Map<string, string[]>();
for (const tag of parsed.tags) if (tag.vocabulary === "theme") themesOf.set(tag.blockId, [...(themesOf.get(tag.blockId) ?? []), tag.tag]);
const file = sampleFileSchema.parse(JSON.parse(readFileSync(`${root}/content/tagging-sample.json`, "utf8")));

console.log("Theme tagging precision on hand-judged samples (rules as shipped)\n");
console.log("sample".padEnd(52), "blocks", "tags", "correct", "wrong", "unjudged", "precision");
for (const sample of file.samples) {
  let tags = 0;
  let correct = 0;
  let wrong = 0;
  let unjudged = 0;
  const perTheme = new Map<string, { ok: number; all: number }>();
  for (const block of sample.blocks) {
    for (const tag of themesOf.get(block.id) ?? []) {
      tags++;
      const ok = block.correct.includes(tag);
      if (ok) correct++;
      else if (block.wrong.includes(tag)) wrong++;
      else unjudged++;
      const t = perTheme.get(tag) ?? { ok: 0, all: 0 };
      perTheme.set(tag, { ok: t.ok + (ok ? 1 : 0), all: t.all + 1 });
    }
  }
  const precision = tags === 0 ? 0 : correct / tags;
  console.log(sample.name.padEnd(52), String(sample.blocks.length).padStart(6), String(tags).padStart(4), String(correct).padStart(7), String(wrong).padStart(5), String(unjudged).padStart(8), precision.toFixed(3).padStart(9));
  const weakest = [...perTheme].filter(([, v]) => v.all >= 3).sort((a, b) => a[1].ok / a[1].all - b[1].ok / b[1].all).slice(0, 3);
  console.log("   weakest themes:", weakest.map(([k, v]) => `${k} ${v.ok}/${v.all}`).join(", "));
}
console.log("\nUnjudged tags (the rules changed after judging) count as wrong.");
