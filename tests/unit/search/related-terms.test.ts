import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { baseForms, buildRelatedTerms } from "@/lib/search/related-terms";
import { loadWordNet } from "@/lib/search/wordnet";

// A three-synset WordNet in its own file format: jail (verb) → its derived noun detention; xenophobia defined by "foreigners".
function tinyWordNet() {
  const dir = mkdtempSync(join(tmpdir(), "wordnet-"));
  const licence = "  1 This software and database is being provided\n";
  writeFileSync(join(dir, "data.noun"), `${licence}00000001 04 n 02 detention 0 detainment 0 001 + 00000001 v 0000 | a state of being confined\n00000002 26 n 01 xenophobia 0 000 | a fear of foreigners or strangers\n`);
  writeFileSync(join(dir, "data.verb"), `${licence}00000001 35 v 02 jail 0 imprison 0 001 + 00000001 n 0000 | lock up or confine, in or as in a jail\n`);
  writeFileSync(join(dir, "data.adj"), licence);
  writeFileSync(join(dir, "data.adv"), licence);
  return loadWordNet(dir);
}

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
