/**
 * Construct fixtures, in the style of remark's x.txt ↔ x.json: each `constructs/<name>.txt` is a
 * verbatim excerpt of the book (its first line names the chapter, the book lines and the construct),
 * and `<name>.json` holds what the parser makes of it, in full: every block's text, line, the lines
 * joined into it and its notes, then every note's number, lines and text. The excerpt is parsed as a
 * chapter of its own by the real chapter pipeline, with the real corrections, so damage anywhere in
 * a paragraph or a note fails. Regenerate after an intended change with:
 * UPDATE_FIXTURES=1 npx vitest run tests/golden/constructs.test.ts
 */
import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { loadCorrections } from "@/lib/book/content/corrections";
import { normaliseText } from "@/lib/ingest/normalise";
import { parseChapter } from "@/lib/ingest/parse-book";
import { ROOT, chapter, realBook } from "../support/real-book";

const DIR = join(import.meta.dirname, "constructs");
const HEADER = /^# chapter (\S+), book lines (\d+)–(\d+): (.+)$/;
const BOOK = readFileSync(join(ROOT, "content/source/compendium.txt"), "utf8").split("\n");
const corrections = loadCorrections(ROOT);

function readExcerpt(name: string) {
  const [header = "", ...body] = readFileSync(join(DIR, `${name}.txt`), "utf8").replace(/\n$/, "").split("\n");
  const match = HEADER.exec(header);
  if (!match) throw new Error(`${name}.txt must start with "# chapter <slug>, book lines <a>–<b>: <construct>"`);
  const [, slug = "", first = "0", last = "0", construct = ""] = match;
  return { slug, first: Number(first), last: Number(last), construct, body };
}

function parseExcerpt(name: string) {
  const { slug, first, last, construct, body } = readExcerpt(name);
  const lines = normaliseText(body.join("\n")).map((l) => ({ ...l, line: l.line + first - 1 }));
  const parsed = parseChapter(lines, { start: first, end: last, title: "(construct fixture)" }, slug, corrections);
  return {
    chapter: slug,
    lines: [first, last],
    construct,
    blocks: parsed.blocks.map(({ id, chunk }) => ({
      id,
      type: chunk.type,
      label: chunk.label,
      depth: chunk.depth,
      line: chunk.line,
      joined: chunk.joinedLines,
      footnotes: chunk.footnotes,
      text: chunk.text,
    })),
    notes: parsed.footnotes.map((f, i) => ({
      number: f.number,
      lines: parsed.report.notes[i]!.lines,
      printed: parsed.report.notes[i]!.marked,
      text: f.text,
    })),
    citedWithoutNote: parsed.report.citedWithoutNote.map((c) => c.number),
    uncited: parsed.report.uncitedNotes.map((u) => u.number),
  };
}

const NAMES = readdirSync(DIR)
  .filter((f) => f.endsWith(".txt"))
  .map((f) => f.slice(0, -4))
  .sort();

describe("construct fixtures", () => {
  it("cover every kind the ingest must get right", () => {
    const kinds = ["cited-number-lost", "list-end-note", "list-interrupted", "bibliographic-run", "fact-among-address-notes", "page-break", "note-"];
    for (const kind of kinds) expect(NAMES.filter((n) => n.startsWith(kind)).length, kind).toBeGreaterThan(0);
  });

  it.each(NAMES)("%s is a verbatim excerpt of the book", (name) => {
    const { first, last, body } = readExcerpt(name);
    expect(body).toEqual(BOOK.slice(first - 1, last));
  });

  it.each(NAMES)("%s parses as it does within the whole book", (name) => {
    const excerpt = parseExcerpt(name);
    const [first, last] = excerpt.lines as [number, number];
    const book = chapter(excerpt.chapter);
    const report = realBook().report.chapters.find((c) => c.slug === excerpt.chapter)!;
    const notes = book.footnotes.map((f, i) => ({ number: f.number, lines: report.notes[i]!.lines, printed: report.notes[i]!.marked, text: f.text }));
    expect(excerpt.notes).toEqual(notes.filter((n) => n.lines[0]! >= first && n.lines[0]! <= last));
    // Blocks whose text goes on beyond the excerpt differ from the book's by construction.
    const joined = new Map(report.rejoins.map((r) => [r.line, r.lines]));
    const inside = (line: number) => (joined.get(line) ?? []).every((l) => l <= last);
    const blocks = [...book.intro, ...book.sections.flatMap((s) => s.blocks)].filter((b) => b.line >= first && b.line <= last && inside(b.line));
    const ours = excerpt.blocks.filter((b) => inside(b.line));
    expect(ours.map((b) => [b.line, b.type, b.text, b.footnotes])).toEqual(blocks.map((b) => [b.line, b.type, b.text, b.footnotes]));
  });

  it.each(NAMES)("%s parses to its expected blocks and notes", (name) => {
    const file = join(DIR, `${name}.json`);
    const actual = parseExcerpt(name);
    if (process.env.UPDATE_FIXTURES === "1") writeFileSync(file, `${JSON.stringify(actual, null, 1)}\n`);
    expect(actual).toEqual(JSON.parse(readFileSync(file, "utf8")));
  });
});
