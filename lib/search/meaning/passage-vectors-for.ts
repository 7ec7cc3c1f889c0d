/**
 * The meaning vectors of an index's passages. A passage whose text is the 2013 text has its vector
 * in content/passage-vectors.bin (read once per process); one an editor changed is encoded in the
 * background, behind the index that is already answering, and its row filled in when ready (until
 * then it is found by its words only). Vectors encoded here are kept for the process's later indexes.
 */
import { join } from "node:path";
import type { CorpusBlock } from "../../explore/corpus";
import { ENCODER_MODEL, encoderInput } from "./encoder";
import { encodePassages } from "./encoder-service";
import { readVectorFile, textKey } from "./vector-file";
import { PassageVectors } from "./vectors";

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

export type Missing = { id: number; key: string; text: string };

/** Vectors for the passages (subheadings are not passages), and those still to encode. */
export function vectorsFor(blocks: CorpusBlock[], root: string): { vectors: PassageVectors; missing: Missing[] } {
  const known = shipped(root);
  const encoded = (store.__encodedVectors ??= new Map());
  const passages = blocks.filter((b) => b.type !== "subheading");
  const vectors = new PassageVectors(passages.length);
  const missing: Missing[] = [];
  passages.forEach((b, id) => {
    const text = encoderInput(b.text, "passage");
    const key = textKey(text);
    const vector = known.get(key) ?? encoded.get(key);
    if (vector) vectors.set(id, vector);
    else missing.push({ id, key, text });
  });
  return { vectors, missing };
}

/** Encodes the missing passages a step at a time and fills their rows in. */
export async function fillMissing(vectors: PassageVectors, missing: Missing[], encode: (texts: string[]) => Promise<Float32Array[]> = encodePassages): Promise<void> {
  const encoded = (store.__encodedVectors ??= new Map());
  for (let i = 0; i < missing.length; i += STEP) {
    const step = missing.slice(i, i + STEP);
    const rows = await encode(step.map((m) => m.text));
    rows.forEach((row, j) => {
      vectors.set(step[j]!.id, row);
      encoded.set(step[j]!.key, row);
    });
  }
}
