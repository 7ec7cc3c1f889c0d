import { describe, expect, it, vi } from "vitest";
import type { CorpusBlock } from "@/lib/explore/corpus";
import { fillMissing, vectorsFor } from "@/lib/search/meaning/passage-vectors-for";
import { DIMENSIONS, unit } from "@/lib/search/meaning/vectors";
import { corpusFromBook } from "@/lib/explore/corpus-from-book";
import { parseSourceFile } from "@/lib/ingest/run-ingest";

const root = process.cwd();
const parsed = parseSourceFile(`${root}/content/source/compendium.txt`, root);
const book = corpusFromBook(parsed.book, parsed.tags);
const edited = (b: CorpusBlock, text: string): CorpusBlock => ({ ...b, text });

describe("vectorsFor and fillMissing", () => {
  it("takes the 2013 text's vectors from the shipped file and lists an edited passage as missing", () => {
    const target = book.findIndex((b) => b.type !== "subheading" && b.id === "ilo-recommendations-a");
    const blocks = book.map((b, i) => (i === target ? edited(b, `${b.text} An editor added this sentence on ${Date.now()}.`) : b));
    const { vectors, missing } = vectorsFor(blocks, root);
    expect(missing).toHaveLength(1);
    expect(vectors.has(missing[0]!.id)).toBe(false);
    expect(vectors.filled).toBe(vectors.size - 1);
  });

  it("encodes the missing passages, fills their rows in, and keeps them for the process's next index", async () => {
    const blocks = book.map((b) => (b.id === "fao-intro-p1" ? edited(b, `Rewritten by an editor at ${Date.now()}.`) : b));
    const first = vectorsFor(blocks, root);
    const encode = vi.fn(async (texts: string[]) => texts.map(() => unit(Float32Array.from({ length: DIMENSIONS }, (_, d) => (d === 3 ? 1 : 0)))));
    await fillMissing(first.vectors, first.missing, encode);
    expect(encode).toHaveBeenCalledTimes(1);
    expect(first.vectors.filled).toBe(first.vectors.size);
    const again = vectorsFor(blocks, root);
    expect(again.missing).toEqual([]);
  });

  it("leaves a row empty (found by words only) when the encoder fails", async () => {
    const blocks = book.map((b) => (b.id === "fao-intro-p2" ? edited(b, `Another edit at ${Date.now()}.`) : b));
    const { vectors, missing } = vectorsFor(blocks, root);
    await expect(fillMissing(vectors, missing, async () => Promise.reject(new Error("encoder down")))).rejects.toThrow("encoder down");
    expect(vectors.has(missing[0]!.id)).toBe(false);
  });
});
