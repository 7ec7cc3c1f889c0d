import { describe, expect, it } from "vitest";
import { TokenStreams } from "@/lib/search/token-streams";

function build(passages: string[][]) {
  const builder = TokenStreams.builder();
  for (const words of passages) builder.add(words);
  return builder.build();
}

describe("TokenStreams.phrase", () => {
  it("agrees with a substring search of the folded text, on thousands of random cases", () => {
    let seed = 11;
    const random = (n: number) => ((seed = (seed * 1103515245 + 12345) % 2147483648), seed % n);
    const alphabet = ["a", "ab", "ba", "abc", "b", "ca", "cab", "bca", "aa"];
    const passages = Array.from({ length: 300 }, () => Array.from({ length: random(8) }, () => alphabet[random(alphabet.length)]!));
    const streams = build(passages);
    const texts = passages.map((p) => p.join(" "));
    for (let trial = 0; trial < 400; trial++) {
      // Phrases made of whole words, and of words cut at either end, as substrings really are.
      const words = Array.from({ length: 1 + random(3) }, () => alphabet[random(alphabet.length)]!);
      if (random(2)) words[0] = words[0]!.slice(random(words[0]!.length));
      if (random(2)) words[words.length - 1] = words[words.length - 1]!.slice(0, 1 + random(words[words.length - 1]!.length));
      const phrase = words.filter(Boolean).join(" ");
      const test = streams.phrase(phrase);
      texts.forEach((text, i) => expect(test(i), `${JSON.stringify(phrase)} in ${JSON.stringify(text)}`).toBe(text.includes(phrase)));
    }
  });

  it("matches across word boundaries only at single spaces, and never past the passage", () => {
    const streams = build([["international", "organization", "for", "migration"], ["migration"], ["for", "migration", "policy"]]);
    expect(streams.phrase("international organization for migration")(0)).toBe(true);
    expect(streams.phrase("organization for migration")(0)).toBe(true);
    expect(streams.phrase("national organization")(0)).toBe(true); // "international" ends with "national"
    expect(streams.phrase("for migr")(2)).toBe(true);
    expect(streams.phrase("migration policy")(1)).toBe(false);
    expect(streams.phrase("migration for")(0)).toBe(false);
    expect(streams.phrase("unknown middle words")(0)).toBe(false);
  });

  it("handles empty passages, empty phrases and letters beyond ASCII", () => {
    const streams = build([[], ["côte", "日本", "migração"], ["x"]]);
    expect(streams.phrase("x")(0)).toBe(false);
    expect(streams.phrase("")(0)).toBe(true);
    expect(streams.phrase("日本 migra")(1)).toBe(true);
    expect(streams.phrase("te 日本")(1)).toBe(true);
    expect(streams.phrase("x y")(2)).toBe(false);
  });
});
