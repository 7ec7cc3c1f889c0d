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
