import { readFileSync } from "node:fs";
import { corpusFromBook } from "../lib/explore/corpus-from-book";
import { parseSourceFile } from "../lib/ingest/run-ingest";
import { SearchEngine } from "../lib/search/search-engine";
import { loadSynonyms } from "../lib/search/synonyms";
const root = process.cwd();
const { queries } = JSON.parse(readFileSync(`${root}/content/search-queries.json`, "utf8"));
const parsed = parseSourceFile(`${root}/content/source/compendium.txt`, root);
const blocks = corpusFromBook(parsed.book, parsed.tags).filter((b) => b.type !== "subheading");
const factor = Number(process.argv[2] ?? 30);
const sentences = blocks.flatMap((b) => b.text.split(/(?<=\.)\s+/)).filter((s) => s.length > 20);
let seed = 42; const random = () => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648);
const out = [...blocks];
for (let copy = 1; copy < factor; copy++) for (const b of blocks) { const count = 1 + Math.floor(random() * 4); out.push({ ...b, id: `${b.id}-x${copy}`, text: Array.from({ length: count }, () => sentences[Math.floor(random() * sentences.length)]!).join(" "), position: out.length }); }
let t = performance.now();
const engine = new SearchEngine(out, parsed.book.glossary, loadSynonyms(root));
console.log("build", (performance.now() - t).toFixed(0));
const rows: [number, string, number][] = [];
for (const q of queries) { engine.search(q.query, {}, { limit: 10, offset: 0 }); t = performance.now(); for (let i = 0; i < 5; i++) engine.search(q.query, {}, { limit: 10, offset: 0 }); rows.push([(performance.now() - t) / 5, q.query, engine.search(q.query, {}, { limit: 10, offset: 0 }).total]); }
rows.sort((a, b) => b[0] - a[0]); for (const r of rows.slice(0, 15)) console.log(r[0].toFixed(1), r[2], r[1]);
const idx = (engine as any).index;
for (const q of ["iom", "international organization for migration", "migration"]) {
  for (const fields of [undefined, ["text"], ["agency"]]) {
    t = performance.now();
    let n = 0;
    for (let i = 0; i < 10; i++) { const r = idx.search({ query: q, limit: 2000, suggest: false, ...(fields ? { index: fields } : {}) }); n = r.reduce((a: number, x: any) => a + x.result.length, 0); }
    console.log(q, fields, ((performance.now() - t) / 10).toFixed(2), n);
  }
}
const { Session } = await import("node:inspector/promises");
const session = new Session(); session.connect();
await session.post("Profiler.enable"); await session.post("Profiler.start");
for (let i = 0; i < 200; i++) { engine.search("IOM", {}, { limit: 10, offset: 0 }); engine.search("GFMD", {}, { limit: 10, offset: 0 }); engine.search("migrant domestic workers", {}, { limit: 10, offset: 0 }); }
const { profile: p } = await session.post("Profiler.stop") as any;
const byId = new Map(p.nodes.map((n: any) => [n.id, n])); const self = new Map<string, number>();
p.samples.forEach((s: number, i: number) => { const n: any = byId.get(s); const k = `${n.callFrame.functionName} ${n.callFrame.url.split("/").slice(-2).join("/")}:${n.callFrame.lineNumber}:${n.callFrame.columnNumber}`; self.set(k, (self.get(k) ?? 0) + (p.timeDeltas[i] ?? 0)); });
[...self].sort((a, b) => b[1] - a[1]).slice(0, 20).forEach(([k, v]) => console.log((v / 1000).toFixed(0).padStart(7), k));
