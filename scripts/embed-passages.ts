/**
 * npm run embeddings — writes content/passage-vectors.bin, the meaning vectors of the book's
 * passages as parsed from content/source/compendium.txt, so that no start-up has to encode the
 * book (about a minute on two cores). Vectors of passages whose text is unchanged are kept from
 * the file; --all encodes every passage again. Run it after a change to the parser that changes
 * passage text: a unit test fails until the file covers every passage.
 */
import { existsSync } from "node:fs";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { z } from "zod";
import { corpusFromBook } from "../lib/explore/corpus-from-book";
import { parseSourceFile } from "../lib/ingest/run-ingest";
import { ENCODER_MODEL, encode, encoderInput } from "../lib/search/meaning/encoder";
import { VECTOR_FILE } from "../lib/search/meaning/passage-vectors-for";
import { readVectorFile, textKey, writeVectorFile } from "../lib/search/meaning/vector-file";

const { values } = parseArgs({ options: { all: { type: "boolean" } } });
const options = z.object({ all: z.boolean().default(false) }).parse(values);
const root = process.cwd();
const path = join(root, VECTOR_FILE);

async function main() {
  const parsed = parseSourceFile(join(root, "content/source/compendium.txt"), root);
  const texts = corpusFromBook(parsed.book, parsed.tags)
    .filter((b) => b.type !== "subheading")
    .map((b) => encoderInput(b.text, "passage"));
  const keys = [...new Set(texts.map(textKey))];
  const byKey = new Map(texts.map((t) => [textKey(t), t]));
  const kept = !options.all && existsSync(path) ? readVectorFile(path, ENCODER_MODEL).byKey : new Map<string, Float32Array>();
  const todo = keys.filter((k) => !kept.has(k));
  console.log(`${keys.length} passages: ${keys.length - todo.length} kept, ${todo.length} to encode`);
  const started = performance.now();
  const fresh = new Map<string, Float32Array>();
  for (let i = 0; i < todo.length; i += 64) {
    const step = todo.slice(i, i + 64);
    (await encode(step.map((k) => byKey.get(k)!), "passage")).forEach((v, j) => fresh.set(step[j]!, v));
    process.stdout.write(`\r  ${Math.min(i + 64, todo.length)}/${todo.length}`);
  }
  if (todo.length) process.stdout.write("\n");
  writeVectorFile(path, ENCODER_MODEL, keys.map((key) => ({ key, vector: (kept.get(key) ?? fresh.get(key))! })));
  console.log(`wrote ${VECTOR_FILE} (${keys.length} vectors) in ${((performance.now() - started) / 1000).toFixed(1)} s`);
}

main().catch((error: unknown) => {
  console.error("embeddings failed:", error instanceof Error ? error.message : error);
  process.exit(1);
});
