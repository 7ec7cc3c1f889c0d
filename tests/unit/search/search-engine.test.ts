import { describe, expect, it } from "vitest";
import { passageFactory } from "./passage-factory";
import { SearchEngine } from "@/lib/search/search-engine";
import { snippet, snippetText } from "@/lib/search/snippet";

const block = passageFactory();

const blocks = [
  block("ifad", "Reduce the cost of remittances sent to rural areas.", { themes: ["remittances"] }),
  block("upu", "Postal networks can offer remittance services and mobile money.", { themes: ["remittances"] }),
  block("ilo", "Promote decent work for migrant workers through the ILO conventions."),
  block("unwomen", "Women in the Philippines working abroad need decent work.", { kinds: ["gaps"], part: "gaps" }),
  block("gfmd", "The Global Forum on Migration and Development met in Mexico."),
  block("unicef", "Children left behind by migrant parents need protection."),
];
const engine = new SearchEngine(blocks, [
  { term: "ILO", expansion: "International Labour Organization" },
  { term: "GFMD", expansion: "Global Forum on Migration and Development" },
], { kids: ["children"] });
const ids = (q: string, extra = {}) => engine.search(q, extra, { limit: 50, offset: 0 }).hits.map((h) => h.block.id);

describe("SearchEngine", () => {
  it("ANDs plain words and folds plurals", () => {
    expect(ids("remittances").sort()).toEqual([blocks[0]!.id, blocks[1]!.id].sort());
    expect(ids("remittance rural")).toEqual([blocks[0]!.id]);
  });
  it("matches prefixes as you type", () => {
    expect(ids("remitt")).toHaveLength(2);
  });
  it("keeps exact phrases exact", () => {
    expect(ids('"decent work"').sort()).toEqual([blocks[2]!.id, blocks[3]!.id].sort());
    expect(engine.search('"decent work"')).toMatchObject({ filled: 0, filledBy: { apart: 0, meaning: 0 }, phrase: true });
  });
  it("follows a phrase the book has too seldom with the passages that have its words apart, below it, saying so", () => {
    const result = engine.search('"work decent"');
    expect(result.hits.map((h) => h.block.id).sort()).toEqual([blocks[2]!.id, blocks[3]!.id].sort());
    expect(result.hits.every((h) => h.why.join() === "has the quoted words, not as the phrase")).toBe(true);
    expect(result).toMatchObject({ total: 2, filled: 2, filledBy: { apart: 2, meaning: 0 }, phrase: true });
    expect(result.hits.every((h) => h.via === "apart")).toBe(true);
    const mixed = new SearchEngine([block("a", "Migrant workers need rights."), block("b", "Workers who are migrant need rights."), block("c", "Workers need rights.")], [], {});
    const hits = mixed.search('"migrant workers"').hits;
    expect(hits.map((h) => [h.block.text, h.why.length > 0])).toEqual([["Migrant workers need rights.", false], ["Workers who are migrant need rights.", true]]);
    expect(hits[1]!.score).toBeLessThan(hits[0]!.score);
    // Apart, the words still obey +required words, exclusions and filters.
    expect(mixed.search('"workers migrant" +who').hits.map((h) => h.block.text)).toEqual(["Workers who are migrant need rights."]);
    expect(mixed.search('"workers migrant" -who').hits.map((h) => h.block.text)).toEqual(["Migrant workers need rights."]);
  });
  it("finds a phrase typed with a spelling mistake as the book writes it, as the phrase", () => {
    const result = engine.search('"decnet work"');
    expect(result.hits.map((h) => h.block.id).sort()).toEqual([blocks[2]!.id, blocks[3]!.id].sort());
    expect(result.hits.every((h) => h.via === "typo")).toBe(true);
    expect(result.filled).toBe(0);
  });
  it("never lists a passage twice, however the page is filled", () => {
    for (const q of ['"work decent"', '"decent work"', "decent work migrant", "remittances children", '"migrant parents" protection', "kids"]) {
      const found = ids(q);
      expect(new Set(found).size).toBe(found.length);
    }
  });
  it("excludes words and phrases", () => {
    expect(ids("remittances -mobile")).toEqual([blocks[0]!.id]);
    expect(ids('decent -"migrant workers"')).toEqual([blocks[3]!.id]);
  });
  it("applies filters written in the query and passed alongside", () => {
    expect(ids("decent work part:gaps")).toEqual([blocks[3]!.id]);
    expect(ids("remittances agency:upu")).toEqual([blocks[1]!.id]);
    expect(ids("remittances", { theme: ["remittances"], agency: ["ifad"] })).toEqual([blocks[0]!.id]);
  });
  it("expands acronyms both ways, below exact matches", () => {
    const gfmd = engine.search("GFMD");
    expect(gfmd.hits.map((h) => [h.block.id, h.via])).toEqual([[blocks[4]!.id, "acronym"]]);
    expect(gfmd.expansions).toEqual(["GFMD → Global Forum on Migration and Development"]);
    expect(ids("Global Forum on Migration and Development")).toContain(blocks[4]!.id);
  });
  it("reads an agency filter by slug, acronym or name, in any case", () => {
    for (const filter of ["agency:upu", "agency:UPU", "agency:Upu"]) expect(ids(`remittances ${filter}`)).toEqual([blocks[1]!.id]);
    expect(ids("remittances", { agency: ["UPU"] })).toEqual([blocks[1]!.id]);
    expect(ids("remittances agency:nobody")).toEqual([]);
  });
  it("ranks the chapter of an agency named in the possessive first, and says so", () => {
    const possessive = new SearchEngine(
      [
        block("ohchr", "Ratify the conventions on migrant workers: migrant worker conventions protect migrant workers."),
        block("ilo", "The supervision of labour standards in every sector of the economy and country includes the migrant worker conventions.", { agency: { number: 9, slug: "ilo", title: "International Labour Organization", acronym: "ILO", category: null } }),
        block("unicef", "Children left behind need care."),
      ],
      [],
      {},
    );
    expect(possessive.search("migrant worker conventions").hits[0]!.block.agency.slug).toBe("ohchr");
    const owned = possessive.search("ILO’s migrant worker conventions").hits;
    expect(owned[0]!.block.agency.slug).toBe("ilo");
    expect(owned[0]!.why).toContain("ILO's own chapter");
    expect(possessive.search("ILOs migrant worker conventions").hits[0]!.block.agency.slug).toBe("ohchr");
  });
  it("ranks a passage where the words typed together stand together above one where they are scattered", () => {
    const near = new SearchEngine(
      [
        block("ohchr", "Human rights: a report on the development of law."),
        block("undp", "The council received the papers. The Human Development Report was presented."),
        // Passages without the words, so that they are as telling as in a book.
        ...["unicef", "ilo", "fao", "who", "imo", "upu"].map((slug) => block(slug, `Children left behind need care, says ${slug}.`)),
      ],
      [],
      {},
    );
    expect(near.search("human development report").hits.map((h) => h.block.agency.slug)).toEqual(["undp", "ohchr"]);
  });
  it("finds an acronym by the long forms the text itself defines, and those by the acronym", () => {
    const defined = new SearchEngine(
      [
        block("undp", "UNDP works with UN Country Teams (UNCTs) on migration."),
        block("ohchr", "OHCHR advised the UN Country Team in Thailand."),
        block("unicef", "Children left behind need care."),
      ],
      [{ term: "UNCTs", expansion: "United Nations Country Teams" }],
      {},
    );
    const unct = defined.search("UNCTs").hits;
    expect(unct.map((h) => h.block.agency.slug)).toEqual(["undp", "ohchr"]);
    expect(unct[1]!.why).toContain("UNCTs: UN Country Teams");
    expect(defined.search("United Nations Country Teams").hits.map((h) => h.block.agency.slug)).toContain("undp");
  });
  it("finds a passage by the question it answers when the question's words are not the book's, and says so", () => {
    const texts = [block("ohchr", "Alternatives to detention should be sought for irregular migrants."), block("ilo", "Migrant workers need decent work."), ...["unicef", "fao", "who"].map((slug) => block(slug, `Children left behind need care, says ${slug}.`))];
    const keywords = { [texts[0]!.id]: ["should people without papers be locked up", "other options than jail for migrants"] };
    const question = "should people without papers be locked up?";
    const withKeywords = new SearchEngine(texts, [], {}, { keywords }).search(question);
    expect(withKeywords.hits[0]).toMatchObject({ block: { agency: { slug: "ohchr" } }, via: "keywords", why: ["answers “should people without papers be locked up”"] });
    expect(new SearchEngine(texts, [], {}).search(question).hits.map((h) => h.block.agency.slug)).not.toContain("ohchr");
    // The keywords obey the query's filters like the words do.
    expect(new SearchEngine(texts, [], {}, { keywords }).search(question, { agency: ["ilo"] }).hits.map((h) => h.block.agency.slug)).not.toContain("ohchr");
  });
  it("ranks the keyword queries within the query's filters, however many other passages' keywords match better", () => {
    const others = Array.from({ length: 250 }, (_, i) => block("iom", `Programme ${i} of the organization.`));
    const wanted = block("upu", "Postal networks reach rural areas.");
    const texts = [...others, wanted, ...["unicef", "fao", "who"].map((slug) => block(slug, `Children left behind need care, says ${slug}.`))];
    const keywords = Object.fromEntries([...others.map((b) => [b.id, ["cheap ways to send money home from abroad quickly"]]), [wanted.id, ["send money home"]]]);
    const hits = new SearchEngine(texts, [], {}, { keywords }).search("cheap ways to send money home", { agency: ["upu"] }).hits;
    expect(hits.map((h) => h.block.id)).toEqual([wanted.id]);
    expect(hits[0]!.via).toBe("keywords");
  });
  it("never lets keywords reorder a phrase, a +required word or a query its words already answer well", () => {
    const texts = [block("ilo", "Domestic workers need protection."), block("un-women", "Domestic workers and care."), block("ohchr", "Protection of migrants.")];
    const keywords = { [texts[2]!.id]: ["domestic workers protection", "protection of domestic workers"] };
    const plain = new SearchEngine(texts, [], {});
    const expanded = new SearchEngine(texts, [], {}, { keywords });
    expect(expanded.search("+domestic workers protection").hits.map((h) => h.block.id)).toEqual(plain.search("+domestic workers protection").hits.map((h) => h.block.id));
    // A phrase's matches keep their order, first; a phrase the book has too seldom for a page is followed by the keywords' passages.
    const phrase = expanded.search('"domestic workers"');
    expect(phrase.hits.map((h) => h.block.id)).toEqual([...plain.search('"domestic workers"').hits.map((h) => h.block.id), texts[2]!.id]);
    expect(phrase.hits.at(-1)).toMatchObject({ via: "keywords" });
    // Words that fill no page keep their order; the passage whose keyword queries match is added below them.
    const filled = expanded.search("domestic workers").hits;
    expect(filled.map((h) => h.block.id)).toEqual([...plain.search("domestic workers").hits.map((h) => h.block.id), texts[2]!.id]);
    expect(filled.at(-1)!.via).toBe("keywords");
    expect(filled.at(-1)!.score).toBeLessThan(filled.at(-2)!.score);
  });
  it("never matches an acronym inside another word", () => {
    expect(ids("ILO")).toEqual([blocks[2]!.id]);
  });
  it("widens a query with synonyms, ranked below exact matches", () => {
    expect(engine.search("kids").hits.map((h) => h.via)).toEqual(["synonym"]);
  });
  it("expands synonym keys of several words, bound as phrases", () => {
    const multi = new SearchEngine(
      [block("unodc", "Victims of trafficking in persons need protection."), block("other", "Persons in trafficking-prone areas.")],
      [],
      { "human trafficking": ["trafficking in persons"] },
    );
    const result = multi.search("human trafficking");
    expect(result.hits.map((h) => [h.block.agency.slug, h.via])).toEqual([["unodc", "synonym"]]);
    expect(result.expansions).toEqual(["human trafficking → trafficking in persons"]);
    // The key's words must be adjacent and in order: reversed, they are two plain words.
    expect(multi.search("trafficking human").hits.map((h) => h.via)).not.toContain("synonym");
  });
  it("keeps a synonym's matches for the next query, and answers alike whether kept or found afresh", () => {
    const texts = [block("unodc", "Victims of trafficking in persons need protection."), block("other", "Persons in trafficking-prone areas."), block("ilo", "Trafficking in persons for forced labour.")];
    const synonyms = { "human trafficking": ["trafficking in persons"] };
    const kept = new SearchEngine(texts, [], synonyms);
    const first = kept.search("human trafficking victims");
    // The run's passages, in id order: only those with "trafficking in persons" adjacent and in order.
    expect([...kept.runMatches.entries()].map(([key, ids]) => [key, [...ids]])).toEqual([["traffick in person", [0, 2]]]);
    expect(kept.search("human trafficking victims")).toEqual(first);
    // A +required word is not satisfied by its synonym, whether or not the run's matches are kept.
    expect(kept.search("+human trafficking").hits).toEqual(new SearchEngine(texts, [], synonyms).search("+human trafficking").hits);
    expect(kept.search("human trafficking labour").hits.map((h) => h.block.id)).toEqual(new SearchEngine(texts, [], synonyms).search("human trafficking labour").hits.map((h) => h.block.id));
  });
  it("finds an acronym from its expansion typed without the owner's possessive", () => {
    const pkd = new SearchEngine([block("icao", "States join the PKD to check e-passports.")], [{ term: "PKD", expansion: "ICAO's Public Key Directory" }], {});
    expect(pkd.search("public key directory").hits.map((h) => h.via)).toEqual(["acronym"]);
  });
  it("ranks a passage that uses the words more often higher", () => {
    const many = new SearchEngine(
      [block("a", "Migration matters."), block("b", "Remittances, remittances and remittance costs: remittances matter."), block("c", "Remittances once, among many other words about other things entirely.")],
      [],
      {},
    );
    expect(many.search("remittances").hits[0]!.block.agency.slug).toBe("b");
  });
  it("searches footnotes too, ranking a match only in a note below a match in the text", () => {
    const withNotes = new SearchEngine(
      [block("a", "The handbook is widely used.", { notes: ["See the Palermo Protocol handbook."] }), block("b", "The Palermo Protocol was adopted in 2000.")],
      [],
      {},
    );
    expect(withNotes.search("Palermo").hits.map((h) => h.block.agency.slug)).toEqual(["b", "a"]);
  });
  it("corrects a typo only when the word matches nothing, and says so", () => {
    const result = engine.search("remitances");
    expect(result.total).toBe(2);
    expect(result.suggestion).toBe("remittances");
    expect(result.hits.every((h) => h.via === "typo")).toBe(true);
    expect(engine.search("xyzzyq").total).toBe(0);
  });
  it("fills a page with passages missing one of three or more words, ranked below the full matches", () => {
    const result = engine.search("decent work migrant");
    expect(result.hits[0]).toMatchObject({ block: { id: blocks[2]!.id }, via: "exact" });
    expect(result.hits.slice(1).map((h) => h.via)).toContain("partial");
    expect(result.hits.slice(1).every((h) => h.score < result.hits[0]!.score)).toBe(true);
  });
  it("accepts passages missing one of three or more words when together they find nothing, ranked lower", () => {
    const result = engine.search("remittances rural networks");
    expect(result.hits.length).toBeGreaterThan(0);
    expect(result.hits.every((h) => h.via === "partial")).toBe(true);
  });
  it("answers two words that never meet with the passages holding one of them, and says so", () => {
    const result = engine.search("remittances children");
    expect(result.total).toBe(3);
    expect(result.hits.every((h) => h.via === "partial" && h.why.includes("matched 1 of 2 words"))).toBe(true);
  });
  it("suggests a broader query when nothing matches at all", () => {
    const result = engine.search("+remittances +children");
    expect(result.total).toBe(0);
    expect(result.suggestion).not.toBeNull();
  });
  it("counts facets over all hits and pages them", () => {
    const result = engine.search("work", {}, { limit: 1, offset: 1 });
    expect(result.total).toBe(2);
    expect(result.hits).toHaveLength(1);
    expect(result.facets.agency).toEqual({ ilo: 1, unwomen: 1 });
    expect(result.facets.part).toEqual({ recommendations: 1, gaps: 1 });
  });
  it("stays exact on a large corpus: every match counted, the best ranked first wherever it sits", () => {
    const many = Array.from({ length: 6000 }, (_, i) =>
      block(i % 3 === 0 ? "ilo" : "iom", i === 5999 ? "Migration migration migration, and migration policy." : `Passage ${i} on migration and other matters of labour policy.`, {
        themes: i % 2 ? ["labour"] : [],
        kinds: i % 5 ? ["recommendations"] : ["gaps"],
        part: i % 5 ? "recommendations" : "gaps",
      }),
    );
    const large = new SearchEngine(many, [], {});
    const result = large.search("migration policy", {}, { limit: 5, offset: 0 });
    expect(result.total).toBe(6000);
    expect(result.hits[0]!.block.id).toBe(many[5999]!.id);
    expect(Object.values(result.facets.agency).reduce((a, b) => a + b, 0)).toBe(6000);
    expect(result.facets.agency).toEqual({ ilo: 2000, iom: 4000 });
    expect(result.facets.theme).toEqual({ labour: 3000 });
    expect(result.facets.part).toEqual({ recommendations: 4800, gaps: 1200 });
    // Pages follow one order: page two starts where page one ends.
    const first = large.search("migration", {}, { limit: 20, offset: 0 }).hits.map((h) => h.block.id);
    const second = large.search("migration", {}, { limit: 10, offset: 10 }).hits.map((h) => h.block.id);
    expect(second).toEqual(first.slice(10));
    expect(large.search("migration", { agency: ["ilo"] }).total).toBe(2000);
    expect(large.search("migration -labour").total).toBe(1);
  });
  it("answers on an empty corpus and on passages with no words", () => {
    const empty = new SearchEngine([], [{ term: "IOM", expansion: "International Organization for Migration" }], { kids: ["children"] });
    for (const q of ["iom", "kids", '"a b"', "agency:ilo", "remitances", "x y z"]) expect(empty.search(q).total).toBe(0);
    const blank = new SearchEngine([block("ilo", ""), block("iom", "!!! …")], [], {});
    expect(blank.search("ilo").total).toBe(1); // found through its agency, not its (empty) text
    expect(blank.search('"ilo"').total).toBe(0); // a phrase must be in the text
  });
  it("answers a question in everyday words: question words are never required nor highlighted", () => {
    const result = engine.search("how can we reduce the cost of remittances to rural areas?");
    expect(result.hits[0]!.block.id).toBe(blocks[0]!.id);
    for (const hit of result.hits) for (const stop of ["how", "can", "we", "the", "of", "to"]) expect(hit.matched).not.toContain(stop);
    expect(snippetText(snippet(blocks[0]!.text, result.hits[0]!.matched))).not.toContain("[the]");
  });
  it("never answers a long question with nothing while one of its content words matches", () => {
    const result = engine.search("what are the main things the protection of children abroad looks like today");
    expect(result.total).toBeGreaterThan(0);
    expect(result.hits[0]!.block.agency.slug).toBe("unicef");
    expect(result.hits[0]!.why.some((w) => w.startsWith("matched "))).toBe(true);
  });
  it("keeps +required words strict", () => {
    expect(ids("+remittances mobile")).toEqual([blocks[1]!.id, blocks[0]!.id]);
    expect(ids("+remittances +mobile")).toEqual([blocks[1]!.id]);
    expect(ids("+children decent")).toEqual([blocks[5]!.id]);
  });
  it("brings an acronym's plural and possessive to its glossary entry, and finds its expansion in the plural", () => {
    const ngo = new SearchEngine([block("ngo", "Non-governmental organizations met in Geneva."), block("x", "The NGO sent a letter.")], [{ term: "NGO", expansion: "non-governmental organization" }], {});
    for (const q of ["NGOs", "NGO's", "NGO"]) expect(ngo.search(q).hits.map((h) => h.block.agency.slug).sort()).toEqual(["ngo", "x"]);
  });
  it("finds a convention by its number in the other printed forms", () => {
    const c = new SearchEngine(
      [block("ilo", "The Domestic Workers Convention, 2011 (No. 189), entered into force."), block("x", "Paragraph 189 of the report."), block("unwomen", "Ratify the ILO Convention on Domestic Workers.")],
      [],
      {},
      { instruments: { C189: "Domestic Workers Convention" } },
    );
    expect(c.search("C189").hits.map((h) => h.block.agency.slug)).toEqual(["ilo", "unwomen"]); // by number, then by name
    expect(c.search("Convention 189").hits[0]!.block.agency.slug).toBe("ilo");
  });
  it("stems with Porter's algorithm, so protection finds protect and recognition finds recognized in part", () => {
    const p = new SearchEngine([block("a", "States must protect migrants."), block("b", "Protection of victims.")], [], {});
    expect(p.search("protection").total).toBe(2);
  });
  it("lists similar passages from other agencies' recommendations, practices, challenges and gaps", () => {
    const corpus = [
      block("ilo", "Ratify the convention on domestic workers and protect domestic workers from abuse."),
      block("unwomen", "Protect women domestic workers from abuse and exploitation.", { kinds: ["gaps"], part: "gaps" }),
      block("ilo", "Domestic workers need protection from abuse."),
      block("iom", "Domestic workers and abuse in the activities report.", { kinds: ["activities"], part: "activities" }),
      block("fao", "Food security in rural areas."),
    ];
    const e = new SearchEngine(corpus, [], {});
    const similar = e.similar(corpus[0]!.id)!;
    expect(similar.map((s) => s.block.agency.slug)).toEqual(["unwomen"]); // not ILO's own, not an activities part, not an unrelated one
    expect(similar[0]!.shared).toEqual(expect.arrayContaining(["domestic", "abuse"]));
    expect(e.similar("no-such-passage")).toBeNull();
  });
  it.each(["", "   ", "!!!", "🙂", "(.*)+$", "'; DROP TABLE block; --", "\"", "-", "x".repeat(10_000), "a ".repeat(300)])("never throws on %j", (q) => {
    expect(() => engine.search(q)).not.toThrow();
  });
});

describe("snippet", () => {
  it("marks matched words, folding case and plurals", () => {
    expect(snippetText(snippet("Remittances and remittance costs fell.", ["remittance"]))).toBe("[Remittances] and [remittance] costs fell.");
    expect(snippetText(snippet("The Report (HDR), and migrants' rights.", ["hdr", "migrants"]))).toBe("The Report ([HDR]), and [migrants]' rights.");
  });
  it("windows long text around the first match", () => {
    const text = `${"word ".repeat(100)}target ${"word ".repeat(100)}`.trim();
    const out = snippetText(snippet(text, ["target"], 10));
    expect(out.startsWith("… ")).toBe(true);
    expect(out).toContain("[target]");
    expect(out.endsWith(" …")).toBe(true);
  });
});
