/**
 * The process's search index, rebuilt when the database's content version moves. The
 * version is checked at most every CONTENT_POLL_MS, so every instance sharing one
 * database picks up a change within seconds of it, without a message bus. A rebuild runs
 * beside the index in use, which keeps answering until the new one replaces it.
 */
import "server-only";
import { getDb, type Db } from "../db/client";
import { loadCorpus } from "../db/blocks/load-corpus";
import { getContentVersion } from "../db/content/get-content-version";
import { orInMemory } from "../db/unavailable";
import { listGlossary } from "../db/glossary/list-glossary";
import { env } from "../env";
import { SearchEngine } from "./search-engine";
import { loadInstruments, loadPassageKeywords, loadSynonyms } from "../book/content/search-data";
import { loadCountries, withPlaceNames, type Country } from "./place-names";
import { fillMissing, vectorsFor } from "./meaning/passage-vectors-for";

type State = { engine: SearchEngine; version: number; checkedAt: number; buildMs: number };
/** The editorial files the engine reads (content/*.json), read once per process: they change with a deploy, not a publish. */
type SearchData = { synonyms: Record<string, string[]>; instruments: Record<string, string>; countries: Country[]; keywords: Record<string, string[]> };
const store = globalThis as unknown as { __searchState?: State; __searchBuilding?: Promise<State>; __searchData?: SearchData };

async function build(db: Db, version: number): Promise<State> {
  const started = performance.now();
  const [corpus, glossary] = await Promise.all([loadCorpus({ db }), listGlossary({ db })]);
  store.__searchData ??= { synonyms: loadSynonyms(process.cwd()), instruments: loadInstruments(process.cwd()), countries: loadCountries(), keywords: loadPassageKeywords(process.cwd()) };
  const { instruments, countries, keywords } = store.__searchData;
  // Demonyms are kept only for the countries the book names, which a publish may change.
  const synonyms = withPlaceNames(store.__searchData.synonyms, corpus.blocks.map((b) => b.text), countries);
  const meaning = env.SEARCH_ENCODER === "off" ? null : vectorsFor(corpus.blocks, process.cwd(), keywords);
  const engine = new SearchEngine(corpus.blocks, glossary, synonyms, { instruments, keywords, ...(meaning ? { vectors: meaning.vectors } : {}) });
  if (meaning && meaning.missing.length > 0) {
    console.log(`search: encoding ${meaning.missing.length} changed passages in the background`);
    // Until they are encoded, those passages are found by their words only.
    fillMissing(meaning.vectors, meaning.missing).catch((error: unknown) => console.error("search: encoding changed passages failed:", error instanceof Error ? error.message : error));
  }
  const buildMs = Math.round(performance.now() - started);
  console.log(`search index built: ${engine.size} passages in ${buildMs} ms (content version ${version})`);
  return { engine, version, checkedAt: Date.now(), buildMs };
}

export async function getSearchEngine({ db = getDb(), pollMs = env.CONTENT_POLL_MS }: { db?: Db; pollMs?: number } = {}): Promise<State> {
  const state = store.__searchState;
  if (state && Date.now() - state.checkedAt < pollMs) return state;
  // With the database away, the index in memory keeps answering; the check is tried again after pollMs.
  const version = await orInMemory(() => getContentVersion(db), state?.version);
  if (state && state.version === version) {
    state.checkedAt = Date.now();
    return state;
  }
  store.__searchBuilding ??= build(db, version)
    .then((built) => {
      store.__searchState = built;
      return built;
    })
    .finally(() => {
      store.__searchBuilding = undefined;
    });
  // With an index already built, keep answering from it while the new one is built (a second or
  // two): a publish shows as soon as the new index is ready, and no request waits for it.
  if (state) {
    state.checkedAt = Date.now();
    store.__searchBuilding.catch((error: unknown) => console.error("search index rebuild failed:", error));
    return state;
  }
  return store.__searchBuilding;
}

/** The content version this process's index serves, or null before the first build: for /api/health. Builds nothing. */
export function servedContentVersion(): number | null {
  return store.__searchState?.version ?? null;
}
