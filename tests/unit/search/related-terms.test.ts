import { describe, expect, it } from "vitest";
import { baseForms, buildRelatedTerms } from "@/lib/search/related-terms";
import { tinyWordNet } from "./tiny-wordnet";

describe("WordNet and related words", () => {
  const wordnet = tinyWordNet();
  const book = new Set(["detention", "xenophobia"]);
  const related = buildRelatedTerms((words) => words.every((w) => book.has(w)), wordnet);

  it("reads synsets, their words, definitions and links", () => {
    expect(wordnet.size).toBe(3);
    const jail = wordnet.synset(wordnet.synsetsOf("jail")[0]!);
    expect(jail.words).toEqual(["jail", "imprison"]);
    expect(jail.gloss).toBe("lock up or confine, in or as in a jail");
    expect(wordnet.synset(jail.derived[0]!).words).toContain("detention");
  });
  it("offers only the book's words: derived forms, and words defined by an everyday word", () => {
    expect(related.of("jail").map((r) => [r.words.join(" "), r.kind])).toEqual([["detention", "derived"]]);
    expect(related.of("imprison").map((r) => r.words[0])).toEqual(["detention"]);
    expect(related.of("foreigners").map((r) => [r.words[0], r.kind])).toEqual([["xenophobia", "defined"]]);
    expect(related.of("detainment").map((r) => [r.words[0], r.kind])).toEqual([["detention", "synonym"]]);
    expect(related.of("nothing")).toEqual([]);
  });
  it("knows English words in their inflections, so they are not taken for typos", () => {
    expect(related.isWord("jailed")).toBe(true);
    expect(related.isWord("jails")).toBe(true);
    expect(related.isWord("jial")).toBe(false);
    expect(baseForms("stopped")).toContain("stop");
    expect(baseForms("studies")).toContain("study");
  });
});

describe("WordNet's usual senses", () => {
  const wordnet = tinyWordNet({ senses: true });
  const book = new Set(["detention", "child", "tease"]);
  const related = buildRelatedTerms((words) => words.every((w) => book.has(w)), wordnet);
  const share = (word: string, target: string) => related.of(word).find((r) => r.words[0] === target)?.share ?? 0;

  it("reads how often each sense of a word was tagged, and 0 for an untagged one or an unknown word", () => {
    expect(wordnet.tagCount("kid", wordnet.synsetsOf("kid").find((id) => wordnet.synset(id).words.includes("child"))!)).toBe(53);
    expect(wordnet.tagCount("imprison", wordnet.synsetsOf("imprison")[0]!)).toBe(0);
    expect(wordnet.tagCount("nobody", 0)).toBe(0);
  });
  it("weighs a word's related words by how often their sense is meant", () => {
    expect(share("kid", "child")).toBeGreaterThan(0.9);
    expect(share("kid", "tease")).toBeLessThan(0.3);
    expect(share("kids", "child")).toBe(share("kid", "child")); // the plural reads as the word
  });
  it("reads a word WordNet lacks as the inflection of one it has", () => {
    expect(related.of("jailing").map((r) => r.words[0])).toEqual(["detention"]);
    expect(related.of("kidding").map((r) => r.words[0])).toContain("child");
    expect(related.of("xyzzying")).toEqual([]);
  });
  it("weighs every sense alike without index.sense", () => {
    const plain = buildRelatedTerms((words) => words.every((w) => book.has(w)), tinyWordNet());
    expect(plain.of("jail").map((r) => r.share)).toEqual([1]);
  });
});
