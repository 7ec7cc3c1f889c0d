/**
 * content/passage-vectors.bin: the meaning vectors of the book's passages (of their texts, and
 * the centroids of their keyword queries), computed once by `npm run embeddings` and shipped with
 * the code, so no start-up spends minutes encoding. Each vector is keyed by a hash of what the
 * encoder read, so a changed passage simply has no vector here and is encoded at run time.
 * Layout: a first line of JSON (the header, checked with zod), then count × 512 int8 values
 * and count float32 scales.
 */
import { createHash } from "node:crypto";
import { readFileSync, writeFileSync } from "node:fs";
import { z } from "zod";
import { DIMENSIONS, PassageVectors } from "./vectors";

const headerSchema = z.object({
  format: z.literal("compendium-passage-vectors/1"),
  model: z.string().min(1),
  dimensions: z.literal(DIMENSIONS),
  keys: z.array(z.string().regex(/^[0-9a-f]{16}$/)),
});

export class VectorFileError extends Error {}

/** The key of a text as the encoder read it. */
export function textKey(encoded: string): string {
  return createHash("sha256").update(encoded).digest("hex").slice(0, 16);
}

export type ShippedVectors = { model: string; byKey: Map<string, Float32Array> };

export function readVectorFile(path: string, model: string): ShippedVectors {
  const bytes = readFileSync(path);
  const newline = bytes.indexOf(10);
  if (newline < 0) throw new VectorFileError(`${path}: no header line`);
  let header: z.infer<typeof headerSchema>;
  try {
    header = headerSchema.parse(JSON.parse(bytes.subarray(0, newline).toString("utf8")));
  } catch (error) {
    throw new VectorFileError(`${path}: the header is not valid (${error instanceof Error ? error.message : String(error)})`);
  }
  if (header.model !== model) throw new VectorFileError(`${path} was made with ${header.model}, not ${model}: run npm run embeddings`);
  const count = header.keys.length;
  const body = bytes.subarray(newline + 1);
  if (body.length !== count * DIMENSIONS + count * 4) throw new VectorFileError(`${path}: ${body.length} bytes of vectors for ${count} keys`);
  const values = new Int8Array(body.buffer, body.byteOffset, count * DIMENSIONS);
  const scales = new Float32Array(body.buffer.slice(body.byteOffset + count * DIMENSIONS, body.byteOffset + body.length));
  const byKey = new Map<string, Float32Array>();
  header.keys.forEach((key, i) => {
    const row = new Float32Array(DIMENSIONS);
    for (let d = 0; d < DIMENSIONS; d++) row[d] = values[i * DIMENSIONS + d]! * scales[i]!;
    byKey.set(key, row);
  });
  return { model: header.model, byKey };
}

export function writeVectorFile(path: string, model: string, entries: { key: string; vector: Float32Array }[]): void {
  const vectors = PassageVectors.from(entries.map((e) => e.vector));
  const values = new Int8Array(entries.length * DIMENSIONS);
  const scales = new Float32Array(entries.length);
  entries.forEach((_, i) => {
    const row = vectors.quantized(i)!; // from() was given a vector for every entry
    values.set(row.values, i * DIMENSIONS);
    scales[i] = row.scale;
  });
  const header = JSON.stringify({ format: "compendium-passage-vectors/1", model, dimensions: DIMENSIONS, keys: entries.map((e) => e.key) });
  writeFileSync(path, Buffer.concat([Buffer.from(`${header}\n`), Buffer.from(values.buffer), Buffer.from(scales.buffer)]));
}
