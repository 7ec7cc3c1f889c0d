/** The baselines bench:search compares with in the same run: SQLite FTS5 (AND, and OR over the content words), a LIKE scan, and the hand-written stemmer Porter's replaced. */
import Database from "better-sqlite3";
import type { CorpusBlock } from "../../lib/explore/corpus";
import { parseQuery } from "../../lib/search/parse-query";
import { isStopWord } from "../../lib/search/stop-words";
import { tokens } from "../../lib/search/text";

/** A ranking system under test: a name, and the ids of its first ten results for a query. */
export type System = { name: string; top10: (q: string) => string[] };

export function sqliteSystems(blocks: CorpusBlock[]): System[] {
  const db = new Database(":memory:");
  db.exec("CREATE VIRTUAL TABLE f USING fts5(id UNINDEXED, text, tokenize = 'porter unicode61'); CREATE TABLE t (id TEXT, text TEXT);");
  const insertF = db.prepare("INSERT INTO f (id, text) VALUES (?, ?)");
  const insertT = db.prepare("INSERT INTO t (id, text) VALUES (?, ?)");
  db.transaction(() => blocks.forEach((b) => (insertF.run(b.id, b.text), insertT.run(b.id, b.text))))();
  const ftsQuery = (q: string) => {
    const parsed = parseQuery(q);
    const words = parsed.words.flatMap(tokens).map((w) => `"${w}"`);
    const phrases = parsed.phrases.map((p) => `"${tokens(p).join(" ")}"`);
    return [...words, ...phrases].join(" AND ");
  };
  const fts = db.prepare("SELECT id FROM f WHERE f MATCH ? ORDER BY bm25(f) LIMIT 10");
  // The fair baseline for questions: any of the query's content words, ranked by bm25.
  const ftsOrQuery = (q: string) => {
    const parsed = parseQuery(q);
    const words = [...new Set(parsed.words.flatMap(tokens).filter((w) => !isStopWord(w)))].map((w) => `"${w}"`);
    const phrases = parsed.phrases.map((p) => `"${tokens(p).join(" ")}"`);
    return [...words, ...phrases].join(" OR ");
  };
  const likeCache = new Map<number, Database.Statement>();
  return [
    {
      name: "SQLite FTS5 (bm25)",
      top10: (q) => {
        const match = ftsQuery(q);
        return match ? (fts.all(match) as { id: string }[]).map((r) => r.id) : [];
      },
    },
    {
      name: "SQLite FTS5 OR, content words",
      top10: (q) => {
        const match = ftsOrQuery(q);
        return match ? (fts.all(match) as { id: string }[]).map((r) => r.id) : [];
      },
    },
    {
      name: "LIKE scan",
      top10: (q) => {
        const parsed = parseQuery(q);
        const terms = [...parsed.words.flatMap(tokens), ...parsed.phrases];
        if (terms.length === 0) return [];
        let statement = likeCache.get(terms.length);
        if (!statement) {
          statement = db.prepare(`SELECT id FROM t WHERE ${terms.map(() => "text LIKE ?").join(" AND ")} LIMIT 10`);
          likeCache.set(terms.length, statement);
        }
        return (statement.all(...terms.map((t) => `%${t}%`)) as { id: string }[]).map((r) => r.id);
      },
    },
  ];
}

/** The hand-written light stemmer this engine used before Porter's, kept here as a baseline for the choice. */
export function lightStemmer(word: string): string {
  const rules: [RegExp, string][] = [[/ies$/, "y"], [/(ss)$/, "$1"], [/(\w{3,})ations?$/, "$1at"], [/(\w{3,})ants?$/, "$1ant"], [/(\w{3,})ings?$/, "$1"], [/(\w{3,})es$/, "$1e"], [/(\w{3,}[^s])s$/, "$1"]];
  for (const [pattern, replacement] of rules) if (pattern.test(word)) return word.replace(pattern, replacement).replace(/e$/, "");
  return word.replace(/e$/, "");
}
