/**
 * npm run folder-graph [-- --root DIR] — the project's folder graph: for each pair of folders (lib/<area>,
 * app, components, scripts), how many import statements point from one to the other, and every cycle
 * between lib folders. It reads the import lines of .ts/.tsx files (static imports and re-exports), resolving
 * "@/…" and relative paths; it is for reading the layering, and `npm run lint` enforces it.
 */
import { readdirSync, readFileSync, statSync } from "node:fs";
import { dirname, join, relative, resolve, sep } from "node:path";
import { parseArgs } from "node:util";
import { z } from "zod";

const { values } = parseArgs({ options: { root: { type: "string" } } });
const root = resolve(z.string().min(1).default(process.cwd()).parse(values.root));
const SKIP = new Set(["node_modules", ".next", "generated", "test-results", "data", ".git"]);

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    if (SKIP.has(name)) return [];
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return files(path);
    return /\.(ts|tsx)$/.test(name) && !name.endsWith(".d.ts") ? [path] : [];
  });
}

/** The folder a file belongs to in the graph: lib/<area>, or the top-level folder. */
export function folderOf(file: string): string | null {
  const parts = relative(root, file).split(sep);
  if (parts[0] === "lib") return parts.length > 2 ? `lib/${parts[1]}` : "lib";
  if (["app", "components", "scripts", "tests"].includes(parts[0]!)) return parts[0]!;
  return parts.length === 1 ? "(root)" : null;
}

function targetOf(from: string, specifier: string): string | null {
  if (specifier.startsWith("@/")) return join(root, specifier.slice(2));
  if (specifier.startsWith(".")) return resolve(dirname(from), specifier);
  return null;
}

const edges = new Map<string, number>();
for (const file of [...files(join(root, "app")), ...files(join(root, "components")), ...files(join(root, "lib")), ...files(join(root, "scripts")), ...["proxy.ts", "instrumentation.ts"].map((f) => join(root, f))].filter((f) => {
  try {
    return statSync(f).isFile();
  } catch {
    return false;
  }
})) {
  const from = folderOf(file);
  if (!from) continue;
  const source = readFileSync(file, "utf8");
  for (const match of source.matchAll(/^\s*(?:import|export)\b[^;]*?\bfrom\s+["']([^"']+)["']/gm)) {
    const target = targetOf(file, match[1]!);
    const to = target ? folderOf(target) : null;
    if (!to || to === from) continue;
    const key = `${from} → ${to}`;
    edges.set(key, (edges.get(key) ?? 0) + 1);
  }
}

const sorted = [...edges].sort((a, b) => a[0].localeCompare(b[0]));
console.log(`Imports between folders (${root})`);
for (const [edge, count] of sorted) console.log(`  ${edge.padEnd(40)} ${String(count).padStart(4)}`);

// Cycles between lib folders: pairs that import each other, and longer loops by depth-first search.
const lib = [...edges.keys()].map((e) => e.split(" → ") as [string, string]).filter(([a, b]) => a.startsWith("lib") && b.startsWith("lib"));
const next = new Map<string, string[]>();
for (const [a, b] of lib) next.set(a, [...(next.get(a) ?? []), b]);
const cycles = new Set<string>();
const walk = (start: string, node: string, path: string[]) => {
  for (const to of next.get(node) ?? []) {
    if (to === start) {
      const loop = [...path];
      const first = loop.indexOf([...loop].sort()[0]!);
      cycles.add([...loop.slice(first), ...loop.slice(0, first), loop[first]].join(" → "));
    } else if (!path.includes(to) && path.length < 6) walk(start, to, [...path, to]);
  }
};
for (const node of next.keys()) walk(node, node, [node]);
console.log(`\nCycles between lib folders: ${cycles.size}`);
for (const cycle of [...cycles].sort()) console.log(`  ${cycle}`);
