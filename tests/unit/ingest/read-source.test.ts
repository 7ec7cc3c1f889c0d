import { describe, expect, it } from "vitest";
import { decodeSource, sha256 } from "@/lib/ingest/read-source";

const bytes = (text: string) => new TextEncoder().encode(text);

describe("decodeSource", () => {
  it("returns the text of a UTF-8 file", () => {
    expect(decodeSource(bytes("Table of contents\n¹ note"))).toBe("Table of contents\n¹ note");
  });
  it("rejects an empty file", () => {
    expect(() => decodeSource(new Uint8Array())).toThrow(/empty/);
  });
  it("rejects a file of only whitespace", () => {
    expect(() => decodeSource(bytes(" \n\t\n"))).toThrow(/only whitespace/);
  });
  it("rejects a file with NUL bytes and says where", () => {
    expect(() => decodeSource(new Uint8Array([0x41, 0x00, 0x42]))).toThrow(/NUL byte at offset 1/);
  });
  it("rejects bytes that are not UTF-8", () => {
    expect(() => decodeSource(new Uint8Array([0xff, 0xfe, 0xfa, 0x41]))).toThrow(/not valid UTF-8/);
  });
  it("rejects text full of control characters", () => {
    expect(() => decodeSource(bytes("\u0001\u0002\u0003abc"))).toThrow(/binary/);
  });
});

describe("sha256", () => {
  it("hashes bytes and strings alike", () => {
    expect(sha256("abc")).toBe("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    expect(sha256(bytes("abc"))).toBe(sha256("abc"));
  });
});
