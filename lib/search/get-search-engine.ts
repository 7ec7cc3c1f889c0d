/**
 * The process's search index, rebuilt when the database's content version moves. The
 * version is checked at most every CONTENT_POLL_MS, so every instance sharing one
 * database picks up a change within seconds of it, without a message bus.
 */
import "server-only";
import type { Db } from "../db/client";
import { loadCorpus } from "../db/blocks/load-corpus";
import { getContentVersion } from "../db/content/get-content-version";
import { listGlossary } from "../db/glossary/list-glossary";
import { env } from "../env";
import { SearchEngine } from "./search-engine";
import { loadSynonyms } from "./synonyms";
import { loadGcmObjectives, loadThemes } from "../themes/vocabulary";
import type { Concept } from "./concepts";
import { loadWordNet } from "./wordnet";

type State = { engine: SearchEngine; version: number; checkedAt: number; buildMs: number };
const store = globalThis as unknown as { __searchState?: State; __searchBuilding?: Promise<State> };

/** The themes and GCM objectives in plain words, for the engine's concept layer. */
export function loadConcepts(root: string): Concept[] {
  return [
    ...loadThemes(root).map((t): Concept => ({ vocabulary: "theme", slug: t.slug, label: t.label, text: [t.description, ...t.terms].join(" ") })),
    ...loadGcmObjectives(root).map((g): Concept => ({ vocabulary: "gcm", slug: g.slug, label: g.title, text: g.terms.join(" ") })),
  ];
}

async function build(db: Db, version: number): Promise<State> {
  const started = performance.now();
  const [corpus, glossary] = await Promise.all([loadCorpus({ db }), listGlossary({ db })]);
  const engine = new SearchEngine(corpus.blocks, glossary, loadSynonyms(process.cwd()), { wordnet: loadWordNet(), concepts: loadConcepts(process.cwd()) });
  const buildMs = Math.round(performance.now() - started);
  console.log(`search index built: ${engine.size} passages in ${buildMs} ms (content version ${version})`);
  return { engine, version, checkedAt: Date.now(), buildMs };
}

export async function getSearchEngine({ db, pollMs = env.CONTENT_POLL_MS }: { db: Db; pollMs?: number }): Promise<State> {
  const state = store.__searchState;
  if (state && Date.now() - state.checkedAt < pollMs) return state;
  const version = await getContentVersion(db);
  if (state && state.version === version) {
    state.checkedAt = Date.now();
    return state;
  }
  store.__searchBuilding ??= build(db, version).finally(() => {
    store.__searchBuilding = undefined;
  });
  store.__searchState = await store.__searchBuilding;
  return store.__searchState;
}
