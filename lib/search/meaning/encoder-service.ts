/**
 * Where the encoder runs. Under `npm start` the cluster primary holds the only copy
 * (`serveEncoder`), and the workers ask it over the cluster's IPC channel: one model for the
 * whole server instead of about 110 MB per worker. Any other process (next dev, tests, the CLI,
 * the benchmarks) loads it itself; SEARCH_ENCODER=off turns meaning off. In the primary, queries
 * go before passages, those waiting together in one batch; a query that would wait longer than QUERY_TIMEOUT_MS is answered without
 * meaning rather than late, and each process keeps its recent query vectors.
 */
import type { Worker } from "node:cluster";
import { z } from "zod";
import { env } from "../../env";
import { encode, encoderInput, type TextKind } from "./encoder";

const QUERY_TIMEOUT_MS = 400;
const CACHED_QUERIES = 500;
/** Passages are encoded a few at a time, so a waiting query is never behind a long batch. */
const PASSAGE_CHUNK = 4;
/** Queries waiting together are encoded as one batch, up to this many. */
const QUERY_BATCH = 16;

const requestSchema = z.object({ type: z.literal("encoder:encode"), id: z.number().int(), kind: z.enum(["query", "passage"]), texts: z.array(z.string()).max(10_000) });
const replySchema = z.object({ type: z.literal("encoder:encoded"), id: z.number().int(), vectors: z.array(z.array(z.number())).optional(), error: z.string().optional() });
type Request = z.infer<typeof requestSchema>;

// ---- in a worker or a single process ----

const cache = new Map<string, Float32Array>();
const pending = new Map<number, { resolve: (v: Float32Array[]) => void; reject: (e: Error) => void }>();
let nextId = 1;
let listening = false;
let warned = false;

function viaPrimary(kind: TextKind, texts: string[]): Promise<Float32Array[]> {
  const send = process.send?.bind(process);
  if (!send) return Promise.reject(new Error("SEARCH_ENCODER=primary, but this process has no cluster primary to ask"));
  if (!listening) {
    listening = true;
    process.on("message", (message: unknown) => {
      const reply = replySchema.safeParse(message);
      if (!reply.success) return; // another kind of message (the primary's own)
      const waiting = pending.get(reply.data.id);
      pending.delete(reply.data.id);
      if (reply.data.error || !reply.data.vectors) waiting?.reject(new Error(reply.data.error ?? "the encoder sent no vectors"));
      else waiting?.resolve(reply.data.vectors.map((v) => Float32Array.from(v)));
    });
  }
  const id = nextId++;
  return new Promise((resolve, reject) => {
    pending.set(id, { resolve, reject });
    send({ type: "encoder:encode", id, kind, texts } satisfies Request);
  });
}

function encodeHere(kind: TextKind, texts: string[]): Promise<Float32Array[]> {
  return env.SEARCH_ENCODER === "primary" ? viaPrimary(kind, texts) : encode(texts, kind);
}

function warnOnce(error: unknown): void {
  if (warned) return;
  warned = true;
  console.error("search: the sentence encoder is unavailable, answering by words only:", error instanceof Error ? error.message : error);
}

/** The query's meaning vector, or null (meaning off, the encoder failing, or too slow to answer in time). */
export async function encodeQuery(text: string): Promise<Float32Array | null> {
  if (env.SEARCH_ENCODER === "off") return null;
  const input = encoderInput(text, "query");
  if (!input) return null;
  const hit = cache.get(input);
  if (hit) {
    cache.delete(input); // most recently used last
    cache.set(input, hit);
    return hit;
  }
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<null>((resolve) => (timer = setTimeout(() => resolve(null), QUERY_TIMEOUT_MS)));
  try {
    const vector = await Promise.race([encodeHere("query", [input]).then((v) => v[0] ?? null), late]);
    if (vector) {
      cache.set(input, vector);
      if (cache.size > CACHED_QUERIES) cache.delete(cache.keys().next().value!);
    }
    return vector;
  } catch (error) {
    warnOnce(error);
    return null;
  } finally {
    clearTimeout(timer);
  }
}

/** Meaning vectors for passages (no deadline: they are filled in behind the index in use). */
export async function encodePassages(texts: string[]): Promise<Float32Array[]> {
  if (env.SEARCH_ENCODER === "off" || texts.length === 0) return [];
  return encodeHere("passage", texts);
}

// ---- in the cluster primary ----

type Job = { worker: Worker; request: Request };
const queries: Job[] = [];
const passages: Job[] = [];
let running = false;

async function drain(): Promise<void> {
  if (running) return;
  running = true;
  try {
    while (queries.length > 0 || passages.length > 0) {
      if (queries.length > 0) {
        await answerQueries(queries.splice(0, QUERY_BATCH));
        continue;
      }
      const { worker, request } = passages.shift()!; // the loop's condition: one is waiting
      try {
        const vectors: Float32Array[] = [];
        for (let i = 0; i < request.texts.length; i += PASSAGE_CHUNK) {
          vectors.push(...(await encode(request.texts.slice(i, i + PASSAGE_CHUNK), "passage")));
          // Let waiting queries through between chunks of a long passage request.
          while (queries.length > 0) await answerQueries(queries.splice(0, QUERY_BATCH));
        }
        send(worker, { type: "encoder:encoded", id: request.id, vectors: vectors.map((v) => Array.from(v)) });
      } catch (error) {
        send(worker, { type: "encoder:encoded", id: request.id, error: error instanceof Error ? error.message : String(error) });
      }
    }
  } finally {
    running = false;
  }
}

/** The waiting queries encoded as one batch (about half the cost of one at a time), each answered. */
async function answerQueries(jobs: Job[]): Promise<void> {
  try {
    const vectors = await encode(jobs.flatMap((j) => j.request.texts), "query");
    let at = 0;
    for (const { worker, request } of jobs) {
      send(worker, { type: "encoder:encoded", id: request.id, vectors: vectors.slice(at, at + request.texts.length).map((v) => Array.from(v)) });
      at += request.texts.length;
    }
  } catch (error) {
    for (const { worker, request } of jobs) send(worker, { type: "encoder:encoded", id: request.id, error: error instanceof Error ? error.message : String(error) });
  }
}

function send(worker: Worker, reply: z.infer<typeof replySchema>): void {
  if (worker.isConnected()) worker.send(reply);
}

/** In the cluster primary: answers this worker's encoder requests. */
export function serveEncoder(worker: Worker): void {
  worker.on("message", (message: unknown) => {
    const request = requestSchema.safeParse(message);
    if (!request.success) return; // not an encoder request
    (request.data.kind === "query" ? queries : passages).push({ worker, request: request.data });
    void drain();
  });
}

/** Loads the model and runs it once, so the first question after start is not the slow one. */
export async function warmEncoder(): Promise<void> {
  await encode(["migration and development"], "query");
}
