/**
 * npm run embeddings — writes content/passage-vectors.bin, the meaning vectors of the book's
 * passages as parsed from content/source/compendium.txt, so that no start-up has to encode the
 * book (a few minutes on two cores): for each passage, the centroid of its keyword queries'
 * vectors (content/passage-keywords.json), which is what search uses, and its text's vector, for
 * a passage whose queries are removed. Vectors whose texts are unchanged are kept from the file;
 * --all encodes everything again. Run it after a change to the parser that changes passage text,
 * or to the keyword queries: a unit test fails until the file covers every passage.
 */
import { existsSync } from "node:fs";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { z } from "zod";
import { corpusFromBook } from "../lib/explore/corpus-from-book";
import { parseSourceFile } from "../lib/ingest/run-ingest";
import { loadPassageKeywords } from "../lib/book/content/search-data";
import { ENCODER_MODEL, encode } from "../lib/search/meaning/encoder";
import { VECTOR_FILE, encodeSources, meaningSource } from "../lib/search/meaning/passage-vectors-for";
import { readVectorFile, writeVectorFile } from "../lib/search/meaning/vector-file";

const { values } = parseArgs({ options: { all: { type: "boolean" } } });
const options = z.object({ all: z.boolean().default(false) }).parse(values);
const root = process.cwd();
const path = join(root, VECTOR_FILE);

async function main() {
  const parsed = parseSourceFile(join(root, "content/source/compendium.txt"), root);
  const keywords = loadPassageKeywords(root);
  const passages = corpusFromBook(parsed.book, parsed.tags).filter((b) => b.type !== "subheading");
  const sources = new Map(passages.flatMap((b) => [meaningSource(b.text), ...(keywords[b.id] ? [meaningSource(b.text, keywords[b.id])] : [])]).map((s) => [s.key, s]));
  const kept = !options.all && existsSync(path) ? readVectorFile(path, ENCODER_MODEL).byKey : new Map<string, Float32Array>();
  const todo = [...sources.values()].filter((s) => !kept.has(s.key));
  console.log(`${sources.size} vectors (${passages.length} passages' texts and keyword queries): ${sources.size - todo.length} kept, ${todo.length} to encode`);
  const started = performance.now();
  const fresh = new Map<string, Float32Array>();
  for (let i = 0; i < todo.length; i += 16) {
    const step = todo.slice(i, i + 16);
    (await encodeSources(step, (texts) => encode(texts, "passage"))).forEach((vector, j) => fresh.set(step[j]!.key, vector));
    process.stdout.write(`\r  ${Math.min(i + 16, todo.length)}/${todo.length}`);
  }
  if (todo.length) process.stdout.write("\n");
  writeVectorFile(path, ENCODER_MODEL, [...sources.keys()].map((key) => ({ key, vector: (kept.get(key) ?? fresh.get(key))! })));
  console.log(`wrote ${VECTOR_FILE} (${sources.size} vectors) in ${((performance.now() - started) / 1000).toFixed(1)} s`);
}

main().catch((error: unknown) => {
  console.error("embeddings failed:", error instanceof Error ? error.message : error);
  process.exit(1);
});
