import { describe, expect, it } from "vitest";
import { loadPassageKeywords } from "@/lib/book/content/search-data";
import { corpusFromBook } from "@/lib/explore/corpus-from-book";
import { parseSourceFile } from "@/lib/ingest/run-ingest";
import { KEYWORDS, bestAnswer, fuseKeywordRanks, keywordDocuments } from "@/lib/search/passage-keywords";
import { stem } from "@/lib/search/text";
import { passageFactory } from "./passage-factory";

describe("fuseKeywordRanks", () => {
  const setup = (scores: number[]) => {
    const score = Float64Array.from(scores);
    const better = (a: number, b: number) => (score[a] !== score[b] ? score[a]! > score[b]! : a < b);
    const order = (ids: number[]) => [...ids].sort((a, b) => (better(a, b) ? -1 : 1));
    return { score, better, order };
  };

  it("leaves the words' order alone at weight 0, and lifts a passage the keywords rank first", () => {
    const { score, better, order } = setup([5, 4, 3, 2, 0]);
    expect(fuseKeywordRanks(score, [0, 1, 2, 3], [3], 0, better)).toEqual([]);
    expect(order([0, 1, 2, 3])).toEqual([0, 1, 2, 3]);
    const lifted = setup([5, 4, 3, 2, 0]);
    fuseKeywordRanks(lifted.score, [0, 1, 2, 3], [3, 2], 1, lifted.better);
    expect(lifted.order([0, 1, 2, 3])[0]).toBe(3);
  });

  it("adds passages only the keywords found, and returns them", () => {
    const { score, better, order } = setup([5, 4, 0, 0]);
    expect(fuseKeywordRanks(score, [0, 1], [3], 1, better)).toEqual([3]);
    expect(order([0, 1, 3])).toEqual([0, 3, 1]); // first by keywords (weight 1) ties with first by words, and beats second by words
  });

  it("keeps the rest below the head, in their order, however large their scores", () => {
    const n = KEYWORDS.head + 20;
    const { score, better, order } = setup(Array.from({ length: n }, (_, i) => 1000 - i));
    const results = Array.from({ length: n }, (_, i) => i);
    fuseKeywordRanks(score, results, [n - 1], 1, better);
    const ranked = order(results);
    expect(ranked.indexOf(n - 1)).toBe(1); // beyond the head by words, first by keywords: level with the first by words
    expect(ranked.filter((id) => id !== n - 1)).toEqual(results.slice(0, n - 1)); // everything else in its old order
    expect(score.every((s) => Number.isFinite(s) && s >= 0)).toBe(true);
  });

  it("copes with nothing to fuse, and with passages beyond the head that score nothing", () => {
    const { score, better } = setup([0]);
    expect(fuseKeywordRanks(score, [], [], 1, better)).toEqual([]);
    const n = KEYWORDS.head + 5;
    const zeros = setup(Array.from({ length: n }, (_, i) => (i < KEYWORDS.head ? 100 - i / 10 : 0)));
    fuseKeywordRanks(zeros.score, Array.from({ length: n }, (_, i) => i), [], 1, zeros.better);
    expect(zeros.score.every((s) => Number.isFinite(s) && s >= 0)).toBe(true);
  });
});

describe("keyword documents", () => {
  it("makes one document per passage with keywords, with its id, agency and part", () => {
    const block = passageFactory();
    const docs = keywordDocuments([block("ilo", "Text one."), block("who", "Text two.")], { "ilo-p1": ["first question", "second"], "nobody-p9": ["orphan"] });
    expect(docs.map((d) => [d.id, d.text, d.agency.slug, d.part])).toEqual([["ilo-p1", "first question · second", "ilo", "recommendations"]]);
  });
  it("picks the keyword query with the most of the query's words, and says whether it has them all", () => {
    const asked = ["papers", "locked"].map((w) => ({ alternatives: [{ stems: [stem(w)], prefix: false }] }));
    const questions = ["jobs for people without papers", "should people without papers be locked up", "locked doors"];
    expect(bestAnswer(questions, asked)).toEqual({ text: questions[1], whole: true });
    expect(bestAnswer(questions.slice(0, 1), asked)).toEqual({ text: questions[0], whole: false });
    expect(bestAnswer(["nothing in common"], asked)).toBeNull();
    expect(bestAnswer([], asked)).toBeNull();
    // A prefix alternative (the word being typed) matches any word it starts.
    expect(bestAnswer(["locked up"], [{ alternatives: [{ stems: ["lock"], prefix: true }] }])).toEqual({ text: "locked up", whole: true });
  });
});

describe("content/passage-keywords.json", () => {
  const root = process.cwd();
  const parsed = parseSourceFile(`${root}/content/source/compendium.txt`, root);
  const ids = new Set(corpusFromBook(parsed.book, parsed.tags).filter((b) => b.type !== "subheading").map((b) => b.id));
  const keywords = loadPassageKeywords(root);

  it("names only passages of the book, and has queries for every one", () => {
    expect(Object.keys(keywords).filter((id) => !ids.has(id))).toEqual([]);
    expect([...ids].filter((id) => !keywords[id])).toEqual([]);
  });

  it("has short queries, not copies of the passages", () => {
    const long = Object.entries(keywords).flatMap(([id, qs]) => qs.filter((q) => q.split(/\s+/).length > 20).map((q) => `${id}: ${q}`));
    expect(long).toEqual([]);
  });
});
