import { describe, expect, it } from "vitest";
import { corpusFromBook } from "@/lib/explore/corpus-from-book";
import { parseSourceFile } from "@/lib/ingest/run-ingest";
import { vectorsFor } from "@/lib/search/meaning/passage-vectors-for";

describe("content/passage-vectors.bin", () => {
  it("has a vector for every passage of the book as parsed now (else: npm run embeddings)", () => {
    const root = process.cwd();
    const parsed = parseSourceFile(`${root}/content/source/compendium.txt`, root);
    const { vectors, missing } = vectorsFor(corpusFromBook(parsed.book, parsed.tags), root);
    expect(missing.map((m) => m.text.slice(0, 60)), "passages without a shipped vector: run npm run embeddings").toEqual([]);
    expect(vectors.filled).toBe(vectors.size);
  });
});
