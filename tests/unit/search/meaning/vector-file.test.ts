import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { readVectorFile, textKey, VectorFileError, writeVectorFile } from "@/lib/search/meaning/vector-file";
import { DIMENSIONS, unit } from "@/lib/search/meaning/vectors";

const dir = mkdtempSync(join(tmpdir(), "vectors-"));
const vector = (k: number) => unit(Float32Array.from({ length: DIMENSIONS }, (_, i) => Math.sin(i * k + 1)));

describe("the passage vector file", () => {
  const path = join(dir, "v.bin");
  writeVectorFile(path, "model-a", [
    { key: textKey("first passage"), vector: vector(1) },
    { key: textKey("second passage"), vector: vector(2) },
  ]);

  it("reads back each vector under its text's key", () => {
    const { byKey } = readVectorFile(path, "model-a");
    expect(byKey.size).toBe(2);
    byKey.get(textKey("second passage"))!.forEach((x, i) => expect(Math.abs(x - vector(2)[i]!)).toBeLessThan(0.005));
    expect(byKey.has(textKey("a changed passage"))).toBe(false);
  });

  it("refuses vectors of another model, saying how to make new ones", () => {
    expect(() => readVectorFile(path, "model-b")).toThrow(/made with model-a, not model-b: run npm run embeddings/);
  });

  it("refuses a truncated file", () => {
    const cut = join(dir, "cut.bin");
    const bytes = readFileSync(path);
    writeFileSync(cut, bytes.subarray(0, bytes.length - 7));
    expect(() => readVectorFile(cut, "model-a")).toThrow(VectorFileError);
  });

  it("refuses a file whose header is not the format's", () => {
    const bad = join(dir, "bad.bin");
    writeFileSync(bad, '{"format":"something else"}\n');
    expect(() => readVectorFile(bad, "model-a")).toThrow(/header is not valid/);
    writeFileSync(bad, "no header at all");
    expect(() => readVectorFile(bad, "model-a")).toThrow(/no header line/);
  });
});
