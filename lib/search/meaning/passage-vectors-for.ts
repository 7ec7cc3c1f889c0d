/**
 * The meaning vectors of an index's passages. A passage's meaning is what it answers: the
 * centroid of its keyword queries' vectors (content/passage-keywords.json), or, for a passage
 * nobody has written queries for yet, its text's vector. Chosen with `npm run bench:search`: a
 * question is closer to other questions than to a paragraph of UN prose, so the centroid ranked
 * better than the text, or any blend of the two. The vectors of the 2013 text and its queries are
 * in content/passage-vectors.bin (read once per process); any other (an edited passage, changed
 * queries) is encoded in the background, behind the index that is already answering, and its row
 * filled in when ready (until then the passage is found by its words only). Vectors encoded here
 * are kept for the process's later indexes.
 */
import { join } from "node:path";
import type { CorpusBlock } from "../../explore/corpus";
import { ENCODER_MODEL, encoderInput } from "./encoder";
import { encodePassages } from "./encoder-service";
import { readVectorFile, textKey } from "./vector-file";
import { DIMENSIONS, PassageVectors, unit } from "./vectors";

export const VECTOR_FILE = "content/passage-vectors.bin";
/** Passages encoded per request to the encoder, so the index is filled in steps. */
const STEP = 32;

const store = globalThis as unknown as { __shippedVectors?: Map<string, Float32Array>; __encodedVectors?: Map<string, Float32Array> };

function shipped(root: string): Map<string, Float32Array> {
  if (!store.__shippedVectors) {
    try {
      store.__shippedVectors = readVectorFile(join(root, VECTOR_FILE), ENCODER_MODEL).byKey;
    } catch (error) {
      // Search still answers by words; every passage is then encoded at run time.
      console.error(`search: ${VECTOR_FILE} could not be read, so the book will be encoded at run time:`, error instanceof Error ? error.message : error);
      store.__shippedVectors = new Map();
    }
  }
  return store.__shippedVectors;
}

/** What a passage's vector is made of: the texts the encoder reads (their vectors' centroid), and the key it is kept under. */
export type MeaningSource = { key: string; texts: string[] };

/** A passage's meaning source: its keyword queries when it has any, else its text. */
export function meaningSource(text: string, queries: readonly string[] = []): MeaningSource {
  if (queries.length === 0) {
    const input = encoderInput(text, "passage");
    return { key: textKey(input), texts: [input] };
  }
  const texts = queries.map((q) => encoderInput(q, "query"));
  // Prefixed, so a set of queries never shares a key with a text.
  return { key: textKey(`questions\n${texts.join("\n")}`), texts };
}

/** The unit centroid of a source's vectors (for one text, its own vector). */
export function centroid(rows: Float32Array[]): Float32Array {
  const sum = new Float32Array(DIMENSIONS);
  for (const row of rows) for (let d = 0; d < DIMENSIONS; d++) sum[d]! += row[d]!;
  return unit(sum);
}

export type Missing = MeaningSource & { id: number };

/** Vectors for the passages (subheadings are not passages), and those still to encode. `keywords` are the passages' queries, by passage id. */
export function vectorsFor(blocks: CorpusBlock[], root: string, keywords: Record<string, readonly string[]> = {}): { vectors: PassageVectors; missing: Missing[] } {
  const known = shipped(root);
  const encoded = (store.__encodedVectors ??= new Map());
  const passages = blocks.filter((b) => b.type !== "subheading");
  const vectors = new PassageVectors(passages.length);
  const missing: Missing[] = [];
  passages.forEach((b, id) => {
    const source = meaningSource(b.text, keywords[b.id]);
    const vector = known.get(source.key) ?? encoded.get(source.key);
    if (vector) {
      vectors.set(id, vector);
      return;
    }
    missing.push({ id, ...source });
    // Until its changed queries are encoded, a passage whose text is unchanged stands in with its text's vector.
    const text = keywords[b.id]?.length ? meaningSource(b.text).key : null;
    const stand = text ? (known.get(text) ?? encoded.get(text)) : undefined;
    if (stand) vectors.set(id, stand);
  });
  return { vectors, missing };
}

/** The vectors of meaning sources, in order, in one call to the encoder; an encoder that answers short throws. */
export async function encodeSources(sources: readonly MeaningSource[], encode: (texts: string[]) => Promise<Float32Array[]>): Promise<Float32Array[]> {
  const texts = sources.flatMap((s) => s.texts);
  const rows = await encode(texts);
  if (rows.length !== texts.length) throw new Error(`the encoder returned ${rows.length} vectors for ${texts.length} texts`);
  let at = 0;
  return sources.map((s) => centroid(rows.slice(at, (at += s.texts.length))));
}

/** Encodes the missing passages a step at a time and fills their rows in. */
export async function fillMissing(vectors: PassageVectors, missing: Missing[], encode: (texts: string[]) => Promise<Float32Array[]> = encodePassages): Promise<void> {
  const encoded = (store.__encodedVectors ??= new Map());
  for (let i = 0; i < missing.length; i += STEP) {
    const step = missing.slice(i, i + STEP);
    // An encoder that answers short (off, or failing) throws: the rows stay as they are, found by words only.
    const found = await encodeSources(step, encode);
    step.forEach((m, j) => {
      vectors.set(m.id, found[j]!);
      encoded.set(m.key, found[j]!);
    });
  }
}
