/**
 * Golden outlines of eight hard chapters: every block's id, type, label, depth, source
 * line, the start and end of its text, its length and a digest of the whole text (so damage
 * in the middle of a paragraph fails too), its footnotes, and every footnote the same way.
 * The expected files were generated, then checked line by line against the source text;
 * the construct fixtures (constructs.test.ts) keep whole texts of the hard cases.
 * Regenerate after an intended parser change with: UPDATE_GOLDEN=1 npx vitest run tests/golden
 */
import { createHash } from "node:crypto";
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import type { Block, Chapter } from "@/lib/book/schema";
import { chapter } from "../support/real-book";

const GOLDEN = ["fao", "ilo", "iom", "regional-commissions", "unesco", "unicef", "unhcr", "world-bank"];

const digest = (text: string) => createHash("sha256").update(text).digest("hex").slice(0, 16);

const outlineBlock = (b: Block) => ({
  id: b.id,
  type: b.type,
  label: b.label,
  depth: b.depth,
  line: b.line,
  starts: b.text.slice(0, 48),
  ends: b.text.slice(-32),
  chars: b.text.length,
  digest: digest(b.text),
  footnotes: b.footnotes,
});

function outline(c: Chapter) {
  return {
    number: c.number,
    slug: c.slug,
    title: c.title,
    acronym: c.acronym,
    intro: c.intro.map(outlineBlock),
    sections: c.sections.map((s) => ({ kinds: s.kinds, heading: s.heading, blocks: s.blocks.map(outlineBlock) })),
    footnotes: c.footnotes.map((f) => ({
      number: f.number,
      line: f.line,
      starts: f.text.slice(0, 48),
      ends: f.text.slice(-32),
      chars: f.text.length,
      digest: digest(f.text),
    })),
  };
}

describe("golden chapter outlines", () => {
  it.each(GOLDEN)("%s matches its golden outline", (slug) => {
    const file = join(import.meta.dirname, "chapters", `${slug}.json`);
    const actual = outline(chapter(slug));
    if (process.env.UPDATE_GOLDEN === "1") {
      writeFileSync(file, `${JSON.stringify(actual, null, 1)}\n`);
    }
    expect(actual).toEqual(JSON.parse(readFileSync(file, "utf8")));
  });
});
