import { describe, expect, it } from "vitest";
import { corpusFromBook } from "@/lib/explore/corpus-from-book";
import { parseSourceFile } from "@/lib/ingest/run-ingest";
import { vectorsFor } from "@/lib/search/meaning/passage-vectors-for";
import { loadPassageKeywords } from "@/lib/book/content/search-data";

describe("content/passage-vectors.bin", () => {
  it("has a vector for every passage of the book as parsed now, and for its keyword queries (else: npm run embeddings)", () => {
    const root = process.cwd();
    const parsed = parseSourceFile(`${root}/content/source/compendium.txt`, root);
    const { vectors, missing } = vectorsFor(corpusFromBook(parsed.book, parsed.tags), root, loadPassageKeywords(root));
    expect(missing.map((m) => m.texts[0]!.slice(0, 60)), "passages without a shipped vector: run npm run embeddings").toEqual([]);
    expect(vectors.filled).toBe(vectors.size);
    // The texts' own vectors too, for a passage whose queries are removed.
    expect(vectorsFor(corpusFromBook(parsed.book, parsed.tags), root).missing).toEqual([]);
  });
});
