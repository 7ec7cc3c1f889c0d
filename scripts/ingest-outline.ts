/**
 * npx tsx --conditions=react-server scripts/ingest-outline.ts [slug …] [--notes-only | --source [--width N]]
 * A full-text outline of chapters as the ingest parses them, for reading against the source:
 * every block (id, source line and the lines joined into it, type, label, cited notes, full text),
 * then every note (number, line, how it was found and how its number was obtained, full text).
 * With --source, the chapter's source lines instead, each with what it became (block id, note or
 * heading), cut at --width characters (default 220). Without a slug it prints every agency
 * chapter; "overview" is the overview.
 */
import { readFileSync } from "node:fs";
import { parseArgs } from "node:util";
import { runCli } from "../lib/cli/run-cli";
import { defaultSourcePath, parseSourceFile } from "../lib/ingest/run-ingest";
import type { Block, Footnote } from "../lib/book/schema";

const root = process.cwd();

async function main(): Promise<number> {
  const { values, positionals } = parseArgs({
    args: process.argv.slice(2),
    options: { "notes-only": { type: "boolean" }, source: { type: "boolean" }, width: { type: "string" } },
    allowPositionals: true,
    strict: true,
  });
  const { book, report, overviewFootnotes } = parseSourceFile(defaultSourcePath(root), root);
  const chapters = [
    { slug: "overview", title: book.overview.title, parts: [{ heading: "(overview)", blocks: book.overview.blocks }], footnotes: overviewFootnotes },
    ...book.chapters.map((c) => ({
      slug: c.slug,
      title: c.title,
      parts: [{ heading: "(intro)", blocks: c.intro }, ...c.sections.map((s) => ({ heading: s.heading, blocks: s.blocks }))],
      footnotes: c.footnotes,
    })),
  ];
  const wanted = positionals.length > 0 ? chapters.filter((c) => positionals.includes(c.slug)) : chapters.slice(1);
  const out: string[] = [];
  const sourceLines = readFileSync(defaultSourcePath(root), "utf8").split("\n");
  const width = Number(values.width ?? 220);
  for (const c of wanted) {
    const r = report.chapters.find((x) => x.slug === c.slug)!;
    if (values.source) {
      out.push(...annotateSource(c, r, sourceLines, width));
      continue;
    }
    const joined = new Map(r.rejoins.map((j) => [j.id, j.lines]));
    out.push(`${"=".repeat(100)}`, `# ${r.number} ${c.slug}: ${c.title}`);
    if (!values["notes-only"]) {
      for (const part of c.parts) {
        out.push("", `## ${part.heading}`);
        for (const b of part.blocks) out.push(formatBlock(b, joined.get(b.id)));
      }
    }
    out.push("", `## notes (${c.footnotes.length})`);
    c.footnotes.forEach((f, i) => out.push(formatNote(f, r.notes[i])));
    if (r.citedWithoutNote.length > 0) out.push(`!! cited without a note: ${r.citedWithoutNote.map((x) => `${x.number} by ${x.id}`).join("; ")}`);
    if (r.uncitedNotes.length > 0) out.push(`!! notes never cited: ${r.uncitedNotes.map((x) => `${x.number} (line ${x.line})`).join("; ")}`);
    out.push("");
  }
  console.log(out.join("\n"));
  return 0;
}

type OutlineChapter = { slug: string; parts: { heading: string; blocks: Block[] }[]; footnotes: Footnote[] };
type OutlineReport = { number: number; notes: { number: number | null; lines: number[]; marked: boolean; found: string }[]; rejoins: { id: string; lines: number[] }[] };

/** The chapter's source lines, each tagged with what the parse made of it. */
function annotateSource(c: OutlineChapter, r: OutlineReport, source: string[], width: number): string[] {
  const tag = new Map<number, string>();
  for (const part of c.parts) {
    for (const b of part.blocks) tag.set(b.line, `B ${b.id.slice(c.slug.length + 1)}${b.footnotes.length ? ` [${b.footnotes.join(",")}]` : ""}`);
  }
  for (const j of r.rejoins) for (const l of j.lines) tag.set(l, `+ ${j.id.slice(c.slug.length + 1)}`);
  for (const n of r.notes) {
    n.lines.forEach((l, k) => tag.set(l, `${k === 0 ? "N" : "n"}${n.number ?? "?"}${n.marked ? "" : ` (${n.found})`}`));
  }
  const lines = [...tag.keys()];
  const first = Math.min(...lines);
  const last = Math.max(...lines);
  const out = [`${"=".repeat(100)}`, `# ${r.number} ${c.slug} (source lines ${first}–${last})`];
  for (let l = first; l <= last; l++) {
    const text = source[l - 1] ?? "";
    if (text.trim() === "") continue;
    const label = tag.get(l) ?? (/^\d\.\s|Migration and development activities/.test(text.trim()) ? "H" : "·");
    out.push(`${String(l).padStart(5)} ${label.padEnd(30).slice(0, 30)} ${text.length > width ? `${text.slice(0, width)}…` : text}`);
  }
  return out;
}

function formatBlock(b: Block, joined: number[] | undefined): string {
  const where = joined ? `${b.line}+${joined.join("+")}` : String(b.line);
  const label = b.label ? ` ${b.label}` : "";
  const notes = b.footnotes.length > 0 ? ` [cites ${b.footnotes.join(",")}]` : "";
  return `- ${b.id} @${where} ${b.type}${label}${notes}\n    ${b.text}`;
}

type NoteInfo = { marked: boolean; found: string; numberFrom: string | null; lines: number[] } | undefined;

function formatNote(f: Footnote, info: NoteInfo): string {
  const lines = info && info.lines.length > 1 ? info.lines.join("+") : String(f.line);
  const how = !info ? "" : info.marked ? "printed" : `found by ${info.found}; number ${info.numberFrom ?? (f.number === null ? "none" : "?")}`;
  return `* note ${f.number ?? "?"} @${lines} (${how})\n    ${f.text}`;
}

runCli("ingest-outline", main);
