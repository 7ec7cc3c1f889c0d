import { describe, expect, it } from "vitest";
import { analyzeQuery, LIMITS, type Lexicon } from "@/lib/search/analyze-query";
import { parseQuery } from "@/lib/search/parse-query";
import { stem } from "@/lib/search/text";

const known = new Map([
  ["domest", 20], ["worker", 200], ["protect", 150], ["countri", 600], ["xenophobia", 17], ["remitt", 190], ["convent", 80], ["ngo", 30], ["189", 3],
]);
const lexicon: Lexicon = {
  acronym: (raw) => {
    const key = raw.toLowerCase().replace(/['’]/g, "");
    const table: Record<string, { term: string; expansion: string }> = { ngo: { term: "NGO", expansion: "non-governmental organization" }, who: { term: "WHO", expansion: "World Health Organization" } };
    return table[key] ?? (/[A-Z]{2}/.test(raw) && key.endsWith("s") ? (table[key.slice(0, -1)] ?? null) : null);
  },
  instrument: (code) => (code === "C189" ? "Domestic Workers Convention" : null),
  expansions: new Map([["public key directory", "PKD"]]),
  synonyms: [{ keyWords: ["kids"], synonyms: ["children"] }],
  df: (s) => known.get(s) ?? 0,
  hasWord: (w) => known.has(stem(w)),
  correct: (word) => (word === "remitances" ? { stem: "remitt", word: "remittances" } : word === "directry" ? { stem: "directori", word: "directory" } : word === "againts" ? { stem: "against", word: "against" } : null),
};
const analyze = (q: string) => analyzeQuery(parseQuery(q), lexicon, q);

describe("analyzeQuery", () => {
  it("never makes question or stop words into groups", () => {
    expect(analyze("how can countries protect migrant domestic workers ").groups.map((g) => g.word)).toEqual(["countries", "protect", "migrant", "domestic", "workers"]);
    expect(analyze("what are the main gaps in migration data").groups.map((g) => g.word)).toEqual(["gaps", "migration", "data"]);
    expect(analyze("Why is it so hard? Don't they know").groups).toHaveLength(1); // "hard"
  });
  it("reads WHO in capitals as the acronym, and who in a question as a question word", () => {
    expect(analyze("WHO").groups[0]!.alternatives.map((a) => a.via)).toEqual(["exact", "acronym"]);
    expect(analyze("who recommends").groups.map((g) => g.word)).toEqual(["recommends"]);
  });
  it("brings acronym plurals and possessives to their glossary entry", () => {
    for (const q of ["NGOs", "NGO's", "ngo"]) expect(analyze(q).expansions).toEqual(["NGO → non-governmental organization"]);
  });
  it("reads an instrument number in its other printed forms", () => {
    const c189 = analyze("C189 ");
    expect(c189.groups[0]!.alternatives.map((a) => a.stems)).toEqual([["c189"], ["no", "189"], ["domest", "worker", "convent"]]);
    expect(c189.groups[0]!.alternatives[2]!.scattered).toBe(true);
    expect(c189.expansions).toEqual(["C189 → Convention No. 189 (Domestic Workers Convention)"]);
  });
  it("keeps +required words, quoted phrases and -exclusions strict", () => {
    const q = analyze('+detention children "domestic workers" -trafficking');
    expect(q.groups.filter((g) => g.required).map((g) => g.word)).toEqual(["detention", "domestic", "workers"]);
    expect(q.phrases).toEqual([["domestic workers"]]);
    expect(q.plusRequired).toBe(true);
    expect(analyze('"domestic workers" children').plusRequired).toBe(false);
    expect(q.excluded).toEqual([[stem("trafficking")]]);
  });
  it("leaves out a synonym made only of words that are everywhere in the book", () => {
    const common: Lexicon = { ...lexicon, synonyms: [{ keyWords: ["foreign", "labour"], synonyms: ["migrant workers", "labour mobility"] }], common: (s) => s === "migrant" || s === "worker" };
    const alternatives = analyzeQuery(parseQuery("foreign labour"), common, "foreign labour").groups[0]!.alternatives;
    expect(alternatives.filter((a) => a.via === "synonym").map((a) => a.highlight)).toEqual([["labour", "mobility"]]);
  });
  it("says once, in the words typed, what a synonym span also searched, however many inflections of its key the thesaurus lists", () => {
    const jail: Lexicon = { ...lexicon, synonyms: ["jail", "jailed", "jailing", "jails"].flatMap((k) => [{ keyWords: [k], synonyms: ["detention"] }, { keyWords: [k], synonyms: ["immigration detention"] }]) };
    expect(analyzeQuery(parseQuery("jailing migrants"), jail, "jailing migrants").expansions).toEqual(["jailing → detention, immigration detention"]);
  });
  it("matches a synonym key in any inflection", () => {
    expect(analyze("kid").groups[0]!.alternatives.map((a) => a.via)).toContain("synonym");
    expect(analyze("kidney").groups[0]!.alternatives.map((a) => a.via)).not.toContain("synonym");
  });
  it("offers synonyms and corrections as lighter alternatives, and says why", () => {
    const kids = analyze("kids ").groups[0]!;
    expect(kids.alternatives[1]).toMatchObject({ stems: [stem("children")], via: "synonym", highlight: ["children"], reason: "synonym: children" });
    expect(kids.alternatives[1]!.weight).toBeLessThan(1);
    const typo = analyze("remitances rural");
    expect(typo.corrected).toBe("remittances rural");
    expect(typo.groups[0]!.alternatives.map((a) => a.via)).toEqual(["exact", "typo"]);
  });
  it("binds a typed expansion to its acronym across the words it spans", () => {
    const q = analyze("public key directory");
    expect(q.groups.every((g) => g.alternatives.some((a) => a.stems[0] === "pkd"))).toBe(true);
  });
  it("bounds the work of any query: groups, alternatives, phrases and exclusions are capped", () => {
    const words = Array.from({ length: 100 }, (_, i) => `word${i}x`).join(" ");
    const q = analyze(`${words} ${'"a b" '.repeat(20)} ${"-x ".repeat(30)}`);
    expect(q.groups.length).toBeLessThanOrEqual(LIMITS.groups);
    expect(q.phrases.length).toBeLessThanOrEqual(LIMITS.phrases);
    expect(q.excluded.length).toBeLessThanOrEqual(LIMITS.excluded);
    expect(q.groups.every((g) => g.alternatives.length <= LIMITS.alternatives)).toBe(true);
  });
  it.each(["", "   ", "+", "++", '"', "-", "🙂", "x".repeat(10_000), "the of and", "C", "c99999"])("never throws on %j", (q) => {
    expect(() => analyze(q)).not.toThrow();
  });
  it("finds an expansion's acronym in a misspelled expansion, and keeps it within the cap", () => {
    const pkd = analyze("public key directry");
    expect(pkd.expansions).toContain("PKD ← public key directory");
    for (const group of pkd.groups) expect(group.alternatives.map((a) => a.via)).toContain("acronym");
    const crowded = analyzeQuery(parseQuery("public key directry"), { ...lexicon, synonyms: ["public", "key"].flatMap((k) => Array.from({ length: 12 }, (_, i) => ({ keyWords: [k], synonyms: [`near${i}`] }))) }, "public key directry");
    // (A word with synonyms is not corrected, so "directry" is left uncrowded.)
    for (const group of crowded.groups) {
      expect(group.alternatives.length).toBe(group.word === "directry" ? 3 : LIMITS.alternatives); // itself, its correction, PKD
      expect(group.alternatives[0]!.via).toBe("exact");
      expect(group.alternatives.map((a) => a.via)).toContain("acronym");
    }
  });
  it("drops a word whose correction is a stop word, and still says how the query was corrected", () => {
    const against = analyze("violence againts women");
    expect(against.groups.map((g) => g.word)).toEqual(["violence", "women"]);
    expect(against.corrected).toBe("violence against women");
  });
});
