import { EventEmitter } from "node:events";
import type { Worker } from "node:cluster";
import { describe, expect, it } from "vitest";
import { encode, encoderInput } from "@/lib/search/meaning/encoder";
import { serveEncoder } from "@/lib/search/meaning/encoder-service";
import { DIMENSIONS } from "@/lib/search/meaning/vectors";

const cosine = (a: Float32Array, b: Float32Array) => a.reduce((s, v, i) => s + v * b[i]!, 0);

describe("encode (the model shipped in the npm package)", () => {
  it("gives unit vectors of 512 dimensions, closer for texts that mean the same", async () => {
    const [xenophobia, hatred, postal] = await encode(["xenophobia against migrants", "hatred of foreigners", "postal remittance services"], "query");
    expect(xenophobia!.length).toBe(DIMENSIONS);
    expect(cosine(xenophobia!, xenophobia!)).toBeCloseTo(1, 3);
    expect(cosine(xenophobia!, hatred!)).toBeGreaterThan(cosine(xenophobia!, postal!));
  }, 30_000);

  it("reads at most 300 characters of a query and 2,000 of a passage, with whitespace collapsed", () => {
    expect(encoderInput(`a  b\n\t${"x".repeat(10_000)}`, "query")).toHaveLength(300);
    expect(encoderInput("a  b\n\tc ", "query")).toBe("a b c");
    expect(encoderInput("y".repeat(10_000), "passage")).toHaveLength(2000);
  });
});

describe("serveEncoder (the cluster primary's side)", () => {
  const fakeWorker = () => {
    const sent: unknown[] = [];
    const worker = Object.assign(new EventEmitter(), { isConnected: () => true, send: (m: unknown) => sent.push(m) });
    serveEncoder(worker as unknown as Worker);
    return { worker, sent };
  };

  it("answers a worker's request with its vectors, queries before passages", async () => {
    const { worker, sent } = fakeWorker();
    worker.emit("message", { type: "encoder:encode", id: 1, kind: "passage", texts: ["one", "two", "three", "four", "five"] });
    worker.emit("message", { type: "encoder:encode", id: 2, kind: "query", texts: ["refugees"] });
    await expect.poll(() => sent.length, { timeout: 20_000 }).toBe(2);
    const replies = sent as { id: number; vectors: number[][] }[];
    expect(replies.map((r) => r.id).sort()).toEqual([1, 2]);
    expect(replies.find((r) => r.id === 1)!.vectors).toHaveLength(5);
    expect(replies.find((r) => r.id === 2)!.vectors[0]).toHaveLength(DIMENSIONS);
  }, 30_000);

  it("answers queries that wait together as one batch, each with its own vector", async () => {
    const { worker, sent } = fakeWorker();
    const texts = ["refugees at sea", "remittance costs", "domestic workers"];
    texts.forEach((text, i) => worker.emit("message", { type: "encoder:encode", id: 10 + i, kind: "query", texts: [text] }));
    await expect.poll(() => sent.length, { timeout: 20_000 }).toBe(3);
    const alone = await encode(texts, "query");
    for (const reply of sent as { id: number; vectors: number[][] }[]) {
      const own = alone[reply.id - 10]!;
      expect(cosine(Float32Array.from(reply.vectors[0]!), own)).toBeGreaterThan(0.999);
    }
  }, 30_000);

  it("ignores messages that are not encoder requests, and malformed ones", async () => {
    const { worker, sent } = fakeWorker();
    worker.emit("message", { ready: true });
    worker.emit("message", { type: "encoder:encode", id: "x", kind: "query", texts: ["a"] });
    worker.emit("message", { type: "encoder:encode", id: 3, kind: "poem", texts: ["a"] });
    await new Promise((r) => setTimeout(r, 50));
    expect(sent).toEqual([]);
  });
});
