import { describe, expect, it } from "vitest";
import { loadSynonyms } from "@/lib/book/content/search-data";
import { corpusFromBook } from "@/lib/explore/corpus-from-book";
import { parseSourceFile } from "@/lib/ingest/run-ingest";
import { stem, tokens } from "@/lib/search/text";

const root = process.cwd();
const parsed = parseSourceFile(`${root}/content/source/compendium.txt`, root);
/** Every passage as one string of stems, so a value is found as a run of stems in any inflection. */
const passages = corpusFromBook(parsed.book, parsed.tags).map((b) => ` ${tokens(b.text).map(stem).join(" ")} `);
const inBook = (phrase: string) => {
  const run = ` ${tokens(phrase).map(stem).join(" ")} `;
  return passages.filter((p) => p.includes(run)).length;
};

describe("content/synonyms.json", () => {
  const synonyms = loadSynonyms(root);

  it("maps every key to words the book uses, so no synonym leads nowhere", () => {
    const nowhere = Object.entries(synonyms).flatMap(([key, values]) => values.filter((v) => inBook(v) === 0).map((v) => `${key} → ${v}`));
    expect(nowhere).toEqual([]);
  });

  it("has keys of at most five words (\"send money home\", \"see a doctor\"), in lower case", () => {
    const odd = Object.keys(synonyms).filter((k) => k !== k.toLowerCase() || k.trim().split(/\s+/).length > 5);
    expect(odd).toEqual([]);
  });
});
