import { describe, expect, it, vi } from "vitest";
import type { CorpusBlock } from "@/lib/explore/corpus";
import { centroid, fillMissing, meaningSource, vectorsFor } from "@/lib/search/meaning/passage-vectors-for";
import { loadPassageKeywords } from "@/lib/book/content/search-data";
import { DIMENSIONS, unit } from "@/lib/search/meaning/vectors";
import { corpusFromBook } from "@/lib/explore/corpus-from-book";
import { parseSourceFile } from "@/lib/ingest/run-ingest";

const root = process.cwd();
const parsed = parseSourceFile(`${root}/content/source/compendium.txt`, root);
const book = corpusFromBook(parsed.book, parsed.tags);
const edited = (b: CorpusBlock, text: string): CorpusBlock => ({ ...b, text });
const keywords = loadPassageKeywords(root);
const axis = (d: number) => Float32Array.from({ length: DIMENSIONS }, (_, i) => (i === d ? 1 : 0));

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

  it("refuses an encoder that answers with fewer vectors than texts, storing nothing", async () => {
    const blocks = book.map((b) => (b.id === "fao-activities-p1" ? edited(b, `Edited once more at ${Date.now()}.`) : b));
    const { vectors, missing } = vectorsFor(blocks, root);
    await expect(fillMissing(vectors, missing, async () => [])).rejects.toThrow("0 vectors for 1 texts");
    expect(vectors.has(missing[0]!.id)).toBe(false);
    expect(vectorsFor(blocks, root).missing).toHaveLength(1);
  });

  it("leaves a row empty (found by words only) when the encoder fails", async () => {
    const blocks = book.map((b) => (b.id === "fao-intro-p2" ? edited(b, `Another edit at ${Date.now()}.`) : b));
    const { vectors, missing } = vectorsFor(blocks, root);
    await expect(fillMissing(vectors, missing, async () => Promise.reject(new Error("encoder down")))).rejects.toThrow("encoder down");
    expect(vectors.has(missing[0]!.id)).toBe(false);
  });

  it("makes a passage's meaning the centroid of its keyword queries, shipped for the book's queries", () => {
    const { vectors, missing } = vectorsFor(book, root, keywords);
    expect(missing).toEqual([]);
    const id = book.filter((b) => b.type !== "subheading").findIndex((b) => b.id === "ilo-recommendations-a");
    // Not the text's vector: the queries' centroid.
    const text = vectorsFor(book, root).vectors;
    expect(vectors.similarity(text.row(id)!, id)).toBeLessThan(0.95);
  });

  it("encodes changed keyword queries and keeps the unit centroid of their vectors", async () => {
    const target = book.find((b) => b.id === "fao-intro-p1")!;
    const changed = { ...keywords, [target.id]: [`how do farmers cope, asked at ${Date.now()}`, "rural hunger and moving to town"] };
    const { vectors, missing } = vectorsFor(book, root, changed);
    expect(missing.map((m) => m.texts)).toEqual([changed[target.id]]);
    expect(missing[0]!.key).not.toBe(meaningSource(target.text).key);
    // Until they are encoded, its text's vector stands in.
    expect(vectors.row(missing[0]!.id)).toEqual(vectorsFor(book, root).vectors.row(missing[0]!.id));
    const encode = vi.fn(async (texts: string[]) => texts.map((_, i) => axis(i)));
    await fillMissing(vectors, missing, encode);
    const row = vectors.row(missing[0]!.id)!;
    expect(row[0]).toBeCloseTo(Math.SQRT1_2, 2);
    expect(row[1]).toBeCloseTo(Math.SQRT1_2, 2);
    expect(vectorsFor(book, root, changed).missing).toEqual([]);
  });

  it("takes a passage without keyword queries by its text, and never confuses a query set with a text", () => {
    const queries = ["one question"];
    expect(meaningSource("one question", queries).key).not.toBe(meaningSource("one question").key);
    expect(meaningSource("A passage.", []).texts).toEqual(["A passage."]);
    expect(Array.from(centroid([axis(2), axis(2)]))).toEqual(Array.from(axis(2)));
  });
});
