/**
 * npm run bench:search — search quality and speed, in one run on this machine:
 *  - quality on the labelled queries in content/search-queries.json (recall@10, MRR), per kind;
 *  - in-process latency (p50, p95) of this engine, SQLite FTS5 (bm25) and a LIKE scan on the same passages;
 *  - HTTP API latency under 20 concurrent connections, with autocannon (starts the portal on 127.0.0.1),
 *    against /robots.txt from the same server in the same run;
 *  - index build time, memory and latency at 1×, 10× and 100× the corpus (synthetic chapters recombining real sentences);
 *  - the sentence encoder: its cost per query and the memory it holds (once per server: the cluster primary runs it).
 * Quality rows: "this engine" is words and meaning (search-passages.ts, the query encoded in this process);
 * the rows under it take layers away.
 * Options: --skip-http, --port N, --scale 1,10,100 (the corpus sizes to measure), --split dev|heldout|all,
 * --per-query (each query's recall and first relevant rank, for this engine), --stemmers (the stemmer comparison).
 */
import { readFileSync } from "node:fs";
import { parseArgs } from "node:util";
import { z } from "zod";
import { corpusFromBook } from "../lib/explore/corpus-from-book";
import type { CorpusBlock } from "../lib/explore/corpus";
import { parseSourceFile } from "../lib/ingest/run-ingest";
import { SearchEngine } from "../lib/search/search-engine";
import { loadInstruments, loadPassageKeywords, loadSynonyms } from "../lib/book/content/search-data";
import { chooseStemmer } from "../lib/search/text";
import { withPlaceNames } from "../lib/search/place-names";
import { encode } from "../lib/search/meaning/encoder";
import { vectorsFor } from "../lib/search/meaning/passage-vectors-for";
import { PassageVectors } from "../lib/search/meaning/vectors";
import { searchPassages } from "../lib/search/search-passages";
import { stemmer as porter } from "stemmer";
import porter2 from "wink-porter2-stemmer";
import { lightStemmer, sqliteSystems, type System } from "./bench-search/baselines";
import { hostileQueries, scaled, scaledKeywords, scaledVectors } from "./bench-search/corpora";
import { httpLatency } from "./bench-search/http";
import { held, percentile } from "./bench-search/measure";

const { values } = parseArgs({ options: { "skip-http": { type: "boolean" }, port: { type: "string" }, scale: { type: "string" }, split: { type: "string" }, stemmers: { type: "boolean" }, "per-query": { type: "boolean" } } });
const split = z.enum(["dev", "heldout", "all"]).default("all").parse(values.split);
const port = z.coerce.number().int().min(1024).max(65535).default(3457).parse(values.port);
const factors = z
  .string()
  .regex(/^\d+(,\d+)*$/, "--scale takes factors such as 1,10,100")
  .transform((s) => s.split(",").map(Number))
  .pipe(z.array(z.number().int().min(1).max(200)))
  .default([1, 10, 100])
  .parse(values.scale);
const root = process.cwd();
const queriesSchema = z.object({ queries: z.array(z.object({ query: z.string(), kind: z.string(), split: z.enum(["dev", "heldout"]).default("dev"), relevant: z.array(z.string()).min(1) })).min(40) });
const { queries } = queriesSchema.parse(JSON.parse(readFileSync(`${root}/content/search-queries.json`, "utf8")));


function quality(system: System, part: string) {
  const byKind = new Map<string, { recall: number[]; rr: number[] }>();
  for (const q of queries.filter((x) => x.split === part)) {
    const top = system.top10(q.query);
    // A passage listed twice would count twice: that is a bug of the system, not a better result.
    if (new Set(top).size !== top.length) throw new Error(`${system.name} lists a passage twice for ${JSON.stringify(q.query)}`);
    const relevant = new Set(q.relevant);
    const found = top.filter((id) => relevant.has(id)).length;
    const firstRank = top.findIndex((id) => relevant.has(id));
    const entry = byKind.get(q.kind) ?? { recall: [], rr: [] };
    entry.recall.push(found / Math.min(10, relevant.size));
    entry.rr.push(firstRank === -1 ? 0 : 1 / (firstRank + 1));
    byKind.set(q.kind, entry);
    byKind.set("all", { recall: [...(byKind.get("all")?.recall ?? []), found / Math.min(10, relevant.size)], rr: [...(byKind.get("all")?.rr ?? []), firstRank === -1 ? 0 : 1 / (firstRank + 1)] });
  }
  const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / Math.max(1, xs.length);
  return new Map([...byKind].map(([k, v]) => [k, { recall: mean(v.recall), mrr: mean(v.rr), n: v.recall.length }]));
}

/**
 * Steady-state latency, as a long-running server sees it: garbage from setup is collected first,
 * `warmup` unmeasured rounds let the JIT settle (the first few hundred queries run slower), then
 * `rounds` measured ones: 20 rounds of 42 queries give 840 samples, so one brief stall of a shared
 * machine cannot decide the p95.
 */
function latency(system: System, rounds = 8, warmup = 4, inputs = queries.map((q) => q.query)) {
  globalThis.gc?.();
  const times: number[] = [];
  for (let r = -warmup; r < rounds; r++) {
    for (const q of inputs) {
      const start = performance.now();
      system.top10(q);
      if (r >= 0) times.push(performance.now() - start);
    }
  }
  return { p50: percentile(times, 50), p95: percentile(times, 95), max: percentile(times, 100) };
}

function table(title: string, rows: { name: string; q: ReturnType<typeof quality> }[], kinds: string[]) {
  console.log(`${title}: recall@10 / MRR (n)`.padEnd(34) + kinds.map((k) => `${k} (${rows[0]!.q.get(k)?.n ?? 0})`.padStart(14)).join(""));
  for (const { name, q } of rows) console.log(name.padEnd(34) + kinds.map((k) => (q.get(k) ? `${q.get(k)!.recall.toFixed(2)}/${q.get(k)!.mrr.toFixed(2)}` : "—").padStart(14)).join(""));
}

async function main() {
  const parsed = parseSourceFile(`${root}/content/source/compendium.txt`, root);
  const blocks = corpusFromBook(parsed.book, parsed.tags).filter((b) => b.type !== "subheading");
  const synonyms = withPlaceNames(loadSynonyms(root), blocks.map((b) => b.text));
  const encoderMemory = await measureEncoder();
  globalThis.gc?.();
  const heapBefore = held();
  const instruments = loadInstruments(root);
  const keywords = loadPassageKeywords(root);
  const semantic = (corpus: CorpusBlock[], vectors?: PassageVectors) => new SearchEngine(corpus, parsed.book.glossary, synonyms, { instruments, keywords: scaledKeywords(keywords, corpus), ...(vectors ? { vectors } : {}) });
  const lexical = new SearchEngine(blocks, parsed.book.glossary, synonyms, { instruments });
  globalThis.gc?.();
  const heapLexical = held();
  const { vectors, missing } = vectorsFor(blocks, root, keywords);
  // A passage's own text's vector, as meaning was before its keyword queries' centroid replaced it.
  const text = vectorsFor(blocks, root);
  if (missing.length + text.missing.length > 0) throw new Error(`${missing.length + text.missing.length} passages have no vector in content/passage-vectors.bin: run npm run embeddings`);
  const engine = semantic(blocks, vectors);
  globalThis.gc?.();
  const heapBoth = held();
  void engine.size;
  void lexical.size; // both alive until here, so the figures above are what each holds
  const page = { limit: 10, offset: 0 };
  const top10 = (e: SearchEngine) => (q: string) => e.search(q, {}, page).hits.map((h) => h.block.id);
  // The query vectors, encoded once (the encoder's own cost is measured below). withMeaning is
  // search-passages.ts made synchronous: prepare says whether to encode, finish fuses.
  const queryVectors = new Map<string, Float32Array>();
  for (const q of [...queries.map((x) => x.query), ...hostileQueries(blocks)]) {
    const plan = engine.prepare(q).meaning;
    if (plan && !queryVectors.has(plan.text)) queryVectors.set(plan.text, (await encode([plan.text], "query"))[0]!);
  }
  const withMeaning = (e: SearchEngine) => (q: string) => {
    const prepared = e.prepare(q);
    const vector = prepared.meaning ? (queryVectors.get(prepared.meaning.text) ?? null) : null;
    return e.finish(prepared, page, vector).hits.map((h) => h.block.id);
  };
  const ours: System = { name: "this engine", top10: withMeaning(engine) };
  const withoutKeywords = new SearchEngine(blocks, parsed.book.glossary, synonyms, { instruments, vectors: text.vectors });
  const textMeaning = semantic(blocks, text.vectors);
  const systems = [
    ours,
    { name: "  meaning from the text, not queries", top10: withMeaning(textMeaning) },
    { name: "  without meaning", top10: top10(engine) },
    { name: "  without keywords", top10: withMeaning(withoutKeywords) },
    { name: "  words only (no keywords, meaning)", top10: top10(lexical) },
    ...sqliteSystems(blocks),
  ];

  const splits = split === "all" ? ["dev", "heldout"] : [split];
  console.log(`Search benchmark: ${blocks.length} passages, ${queries.length} labelled queries (${splits.map((p) => `${p} ${queries.filter((q) => q.split === p).length}`).join(", ")})\n`);
  const kinds = ["all", ...new Set(queries.map((q) => q.kind))];
  const results = systems.map((s) => ({ s, bySplit: new Map(splits.map((p) => [p, quality(s, p)])) }));
  for (const p of splits) {
    table(`Quality, ${p === "dev" ? "development" : "held-out"} part`, results.map((r) => ({ name: r.s.name, q: r.bySplit.get(p)! })), kinds);
    const mine = results[0]!.bySplit.get(p)!;
    const fts = results.find((r) => r.s.name === "SQLite FTS5 (bm25)")!.bySplit.get(p)!;
    const ftsOr = results.find((r) => r.s.name === "SQLite FTS5 OR, content words")!.bySplit.get(p)!;
    const ratios = (base: typeof fts) => kinds.filter((k) => mine.has(k)).map((k) => `${k} ${(mine.get(k)!.recall / Math.max(0.01, base.get(k)?.recall ?? 0)).toFixed(2)}`).join(", ");
    console.log(`  ratio this engine ÷ FTS5, recall@10 per kind: ${ratios(fts)}`);
    console.log(`  ratio this engine ÷ FTS5 OR, recall@10 per kind: ${ratios(ftsOr)}\n`);
  }

  if (values["per-query"]) {
    for (const q of queries.filter((x) => splits.includes(x.split))) {
      const top = ours.top10(q.query);
      const relevant = new Set(q.relevant);
      const first = top.findIndex((id) => relevant.has(id));
      console.log(`${(top.filter((id) => relevant.has(id)).length / Math.min(10, relevant.size)).toFixed(2)}  first ${first === -1 ? "—" : first + 1}  ${q.split} ${q.kind.padEnd(8)} ${q.query}`);
    }
    console.log("");
  }

  if (values.stemmers) {
    // The stemmer was chosen here: the same engine and queries, only the stemming algorithm differs.
    const rows: { name: string; q: ReturnType<typeof quality> }[] = [];
    for (const [name, algorithm] of [["Porter (stemmer)", porter], ["Porter2 (wink-porter2-stemmer)", porter2], ["light suffix rules (before)", lightStemmer]] as const) {
      chooseStemmer(algorithm);
      const e = semantic(blocks);
      rows.push({ name, q: quality({ name, top10: top10(e) }, "dev") });
    }
    chooseStemmer(porter);
    table("Stemmers, development part", rows, kinds);
    console.log("");
  }

  const timed = systems.map((s) => ({ s, l: latency(s) }));
  console.log("In-process latency (ms), every query".padEnd(34) + "p50".padStart(10) + "p95".padStart(10) + "max".padStart(10));
  for (const { s, l } of timed) console.log(s.name.padEnd(34) + l.p50.toFixed(3).padStart(10) + l.p95.toFixed(3).padStart(10) + l.max.toFixed(3).padStart(10));
  const hostile = hostileQueries(blocks);
  const h = latency({ name: "", top10: ours.top10 }, 5, 1, hostile);
  console.log(`${"hostile inputs".padEnd(34)}${h.p50.toFixed(3).padStart(10)}${h.p95.toFixed(3).padStart(10)}${h.max.toFixed(3).padStart(10)}  (${hostile.length} queries: 500-letter words, 100 words, many variants)`);
  const e2e = await latencyWithEncoder(engine, [...queries.map((q) => q.query), ...hostile]);
  console.log(`${"words and meaning, encoding each".padEnd(34)}${e2e.all.p50.toFixed(3).padStart(10)}${e2e.all.p95.toFixed(3).padStart(10)}${e2e.all.max.toFixed(3).padStart(10)}  (every query through search-passages.ts, its vector encoded afresh; ${e2e.encoded} of ${e2e.count} needed one)`);
  console.log(`${"  of which query encoding".padEnd(34)}${e2e.encode.p50.toFixed(3).padStart(10)}${e2e.encode.p95.toFixed(3).padStart(10)}${e2e.encode.max.toFixed(3).padStart(10)}`);
  const mine = timed[0]!;
  const fts = timed.find((t) => t.s.name === "SQLite FTS5 (bm25)")!;
  console.log(`\nRatio p95 latency this engine ÷ FTS5: ${(mine!.l.p95 / fts!.l.p95).toFixed(2)}`);
  console.log(`Memory (heap and array buffers) at 1×: lexical index ${((heapLexical - heapBefore) / 1048576).toFixed(1)} MB; the same index with passage keywords and meaning vectors ${((heapBoth - heapLexical) / 1048576).toFixed(1)} MB (so keywords and vectors add ${((heapBoth - heapLexical - (heapLexical - heapBefore)) / 1048576).toFixed(1)} MB per worker)`);
  console.log(`Sentence encoder, once per server (the cluster primary): ${encoderMemory.rss.toFixed(0)} MB resident, ${encoderMemory.heap.toFixed(0)} MB heap and buffers, after loading and encoding 50 queries`);

  console.log("\nScale (all layers; the last column without meaning)".padEnd(12) + "passages".padStart(10) + "build ms".padStart(10) + "index MB".padStart(10) + "p50 ms".padStart(10) + "p95 ms".padStart(10) + "max ms".padStart(10) + "p95 no meaning".padStart(16));
  // Each scaled index is measured alone: the one before it is dropped and collected first.
  let scaledEngine: SearchEngine | null = null;
  for (const factor of factors) {
    const big = scaled(blocks, factor);
    scaledEngine = null;
    globalThis.gc?.();
    const before = held();
    const start = performance.now();
    scaledEngine = semantic(big, scaledVectors(vectors, big.length));
    const buildMs = performance.now() - start;
    globalThis.gc?.();
    const heapMb = (held() - before) / 1024 / 1024;
    const measured = scaledEngine;
    const l = latency({ name: "", top10: withMeaning(measured) }, 5, 2);
    const words = latency({ name: "", top10: top10(measured) }, 3, 1);
    console.log(`${factor}×`.padEnd(12) + String(big.length).padStart(10) + buildMs.toFixed(0).padStart(10) + heapMb.toFixed(1).padStart(10) + l.p50.toFixed(2).padStart(10) + l.p95.toFixed(2).padStart(10) + l.max.toFixed(2).padStart(10) + words.p95.toFixed(2).padStart(16));
  }
  scaledEngine = null;

  if (!values["skip-http"]) {
    const { search, baseline, file, fresh } = await httpLatency(port, queries);
    console.log(`\nHTTP (autocannon), 20 concurrent connections, ${search.requests} requests each`);
    console.log(`  /api/v1/search   p50 ${search.p50.toFixed(1)} ms, p95 ${search.p95.toFixed(1)} ms, errors ${search.errors}  (the labelled queries, cycled: after its first time each is answered from the worker's result cache)`);
    console.log(`  /robots.txt      p50 ${baseline.p50.toFixed(1)} ms, p95 ${baseline.p95.toFixed(1)} ms, errors ${baseline.errors}`);
    console.log(`  /icon.svg        p50 ${file.p50.toFixed(1)} ms, p95 ${file.p95.toFixed(1)} ms, errors ${file.errors}`);
    console.log(`  ratio search ÷ /robots.txt: p50 ${(search.p50 / baseline.p50).toFixed(2)}, p95 ${(search.p95 / baseline.p95).toFixed(2)}; ÷ /icon.svg: p50 ${(search.p50 / file.p50).toFixed(2)}, p95 ${(search.p95 / file.p95).toFixed(2)}`);
    console.log(`  ${fresh.requests} questions never seen before (each encoded): p50 ${fresh.p50.toFixed(1)} ms, p95 ${fresh.p95.toFixed(1)} ms, errors ${fresh.errors}; ratio p95 ÷ /robots.txt ${(fresh.p95 / baseline.p95).toFixed(2)}`);
  }
}

/** The encoder's memory, measured before anything else has loaded it: resident set and heap + buffers. */
async function measureEncoder(): Promise<{ rss: number; heap: number }> {
  globalThis.gc?.();
  const before = process.memoryUsage();
  for (let i = 0; i < 50; i++) await encode([`how do countries protect migrant workers ${i}`], "query");
  globalThis.gc?.();
  const after = process.memoryUsage();
  return { rss: (after.rss - before.rss) / 1048576, heap: (after.heapUsed + after.arrayBuffers - before.heapUsed - before.arrayBuffers) / 1048576 };
}

/** Latency as a page or the API sees it: searchPassages with every query vector encoded afresh (no cache). */
async function latencyWithEncoder(engine: SearchEngine, inputs: string[], rounds = 3) {
  const all: number[] = [];
  const encodeTimes: number[] = [];
  let encoded = 0;
  const fresh = async (text: string) => {
    const start = performance.now();
    const vector = (await encode([`${text}`], "query"))[0] ?? null;
    encodeTimes.push(performance.now() - start);
    return vector;
  };
  for (let r = -1; r < rounds; r++) {
    for (const q of inputs) {
      const start = performance.now();
      const before = encodeTimes.length;
      await searchPassages(engine, q, {}, { limit: 10, offset: 0 }, fresh);
      if (r >= 0) {
        all.push(performance.now() - start);
        if (encodeTimes.length > before) encoded++;
      } else encodeTimes.length = before;
    }
  }
  const figures = (xs: number[]) => ({ p50: percentile(xs, 50), p95: percentile(xs, 95), max: percentile(xs, 100) });
  return { all: figures(all), encode: figures(encodeTimes), encoded: encoded / rounds, count: inputs.length };
}

main().catch((error: unknown) => {
  console.error("bench:search failed:", error);
  process.exit(1);
});
