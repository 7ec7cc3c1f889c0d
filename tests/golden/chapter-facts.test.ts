/**
 * Facts about the eight hardest chapters, written by reading the source text.
 * Each names what a faithful parse must get right there.
 */
import { describe, expect, it } from "vitest";
import { allBlocks, chapter } from "../support/real-book";

const section = (slug: string, kind: string) => {
  const found = chapter(slug).sections.find((s) => s.kinds.includes(kind as never));
  if (!found) throw new Error(`${slug} has no ${kind}`);
  return found;
};
const labels = (slug: string, kind: string, depth = 0) =>
  section(slug, kind)
    .blocks.filter((b) => b.type === "item" && b.depth === depth)
    .map((b) => b.label);
const block = (id: string) => {
  const slug = id.split(/-(?:intro|activities|gfmd-support|good-practices|challenges|gaps|recommendations)-/)[0]!;
  const found = allBlocks(slug).find((b) => b.id === id);
  if (!found) throw new Error(`no block ${id}`);
  return found;
};
const bodyText = (slug: string) => allBlocks(slug).map((b) => b.text).join("\n");

describe("FAO (chapter 2)", () => {
  it("has all six parts with recommendations (a) to (m), the misprinted (I) read as (l)", () => {
    expect(chapter("fao").sections.map((s) => s.kinds.join("+"))).toEqual([
      "activities",
      "gfmd-support",
      "good-practices",
      "challenges",
      "gaps",
      "recommendations",
    ]);
    expect(labels("fao", "recommendations")).toEqual("abcdefghijklm".split("").map((l) => `(${l})`));
    expect(block("fao-recommendations-l").line).toBe(798);
  });
  it("rejoins recommendation (b) across the page break and its footnote", () => {
    expect(block("fao-recommendations-b").text).toMatch(/exploiting the opportunities .* both local and migrating stakeholders\.$/);
  });
  it("keeps the founding history as footnote 1 and no footnote text in the body", () => {
    expect(chapter("fao").footnotes[0]).toMatchObject({ number: 1, line: 624 });
    expect(bodyText("fao")).not.toMatch(/A copy of the guidelines|World Development Report 2007: Development and the Next/);
  });
  it("takes note 2, which lost its number, out of the activities and keeps note 3's second paragraph with it", () => {
    expect(chapter("fao").footnotes.slice(1, 3).map((f) => [f.number, f.line])).toEqual([
      [2, 626],
      [3, 639],
    ]);
    expect(chapter("fao").footnotes[2]!.text).toMatch(/Albanian family farming," \(Washington, D\.C\., World Bank, 2010\)\. Many of the contributions/);
    expect(bodyText("fao")).not.toMatch(/The thematic area of leveraging|Many of the contributions and publications/);
    expect(chapter("fao").intro[1]!.footnotes).toEqual([2]);
  });
  it("nests roman items under their letter and links the plain-digit marker .8", () => {
    expect(block("fao-activities-a-ii").label).toBe("(ii)");
    expect(block("fao-activities-a-2-ii").footnotes).toEqual([8]);
  });
});

describe("ILO (chapter 5)", () => {
  it("counts the merged part as both challenges and gaps", () => {
    const merged = section("ilo", "gaps");
    expect(merged.kinds).toEqual(["challenges", "gaps"]);
    expect(merged.heading).toBe("4. Challenges and gaps evident within the migration and development sphere");
    expect(chapter("ilo").sections).toHaveLength(5);
  });
  it("rejoins the intro paragraph broken by five footnotes", () => {
    const second = chapter("ilo").intro[1]!;
    expect(second.text).toMatch(/international labour standards, including the Organization's fundamental human rights conventions/);
    expect(second.text).not.toMatch(/Women of all skill levels/);
    expect(second.footnotes).toEqual([4, 5, 6, 7, 8]);
  });
  it("restarts the list after the postscript subheading with unique ids", () => {
    expect(labels("ilo", "recommendations")).toEqual(["(a)", "(b)", "(c)", "(d)", "(a)", "(b)", "(c)", "(d)"]);
    expect(block("ilo-recommendations-a-2").text).toMatch(/^Labour and work-related issues/);
  });
});

describe("IOM (chapter 7)", () => {
  it("reads the 'Key gaps' heading variant", () => {
    expect(section("iom", "gaps").heading).toBe("5. Key gaps in the global migration and development sphere");
  });
  it("has six recommendations with nested roman items", () => {
    expect(labels("iom", "recommendations")).toEqual(["(a)", "(b)", "(c)", "(d)", "(e)", "(f)"]);
    expect(block("iom-recommendations-b-vi").text).toMatch(/^Bilateral cooperation/);
  });
  it("joins a nested item continued after a stray dash", () => {
    expect(block("iom-recommendations-c-i").text).toMatch(/equitable pay and conditions of work, as well as non-discriminatory/);
  });
  it("takes note 15, cited in the activities, out of the body", () => {
    expect(chapter("iom").footnotes.find((f) => f.line === 1533)?.number).toBe(15);
    expect(bodyText("iom")).not.toMatch(/For other relevant studies on the subject/);
  });
  it("keeps a lower-case bullet list as items", () => {
    const practices = section("iom", "good-practices").blocks.filter((b) => b.type === "item" && b.label === null);
    expect(practices.map((b) => b.text.slice(0, 20))).toEqual([
      "tools and handbooks ",
      "training, technical ",
      "Migration Profiles a",
      "the International Di",
      "the Migration Crisis",
      "support at the natio",
    ]);
  });
});

describe("United Nations regional commissions (chapter 10)", () => {
  it("has no acronym and all six parts", () => {
    expect(chapter("regional-commissions").acronym).toBeNull();
    expect(chapter("regional-commissions").sections).toHaveLength(6);
  });
  it("has recommendations (a)–(s), then suggested outputs (a)–(e)", () => {
    const recs = labels("regional-commissions", "recommendations");
    expect(recs.slice(0, 19)).toEqual("abcdefghijklmnopqrs".split("").map((l) => `(${l})`));
    expect(recs.slice(19)).toEqual(["(a)", "(b)", "(c)", "(d)", "(e)"]);
    expect(section("regional-commissions", "recommendations").blocks.some((b) => b.type === "subheading" && b.text === "Suggested outputs")).toBe(true);
  });
  it("rejoins 'the Common Market for' / 'Eastern and Southern Africa' around two unmarked footnotes (corrections)", () => {
    const gfmd = section("regional-commissions", "gfmd-support").blocks.find((b) => b.line === 2165)!;
    expect(gfmd.text).toMatch(/the Common Market for Eastern and Southern Africa/);
    expect(chapter("regional-commissions").footnotes.find((f) => f.line === 2169)?.number).toBe(25);
  });
});

describe("UNESCO (chapter 19)", () => {
  it("takes the heading without a number as the activities part", () => {
    expect(section("unesco", "activities").heading).toBe("Migration and development activities since the 2006 Highlevel Dialogue");
  });
  it("has the five thematic subheadings of its activities", () => {
    const subs = section("unesco", "activities").blocks.filter((b) => b.type === "subheading").map((b) => b.text);
    expect(subs).toEqual(
      expect.arrayContaining([
        "Migration, education and development",
        "Migration, development and global environmental change",
        "Migration, regional integration and urban development",
        "Migration, cultural diversity and the culture of peace",
      ]),
    );
  });
  it("keeps a footnote split across an address as one note, with the paragraph printed before it (corrections)", () => {
    const note = chapter("unesco").footnotes.find((f) => f.line === 3489)!;
    expect(note.number).toBe(12);
    expect(note.text).toMatch(/^These include the regional conventions for: .* The text of all instruments .*URL_ID=13648.*TOPIC&URL_SECTION=-471\.html\.$/);
  });
  it("keeps the fact note among the address notes as note 14, and note 2 out of the intro", () => {
    expect(chapter("unesco").footnotes.find((f) => f.line === 3497)?.number).toBe(14);
    expect(chapter("unesco").footnotes.find((f) => f.line === 3441)?.number).toBe(2);
    expect(bodyText("unesco")).not.toMatch(/Since 1975 the number of mobile students|The Organization focuses, in particular, on two global priorities/);
  });
});

describe("UNICEF (chapter 22)", () => {
  it("has no good practices and numbers its parts 1–5", () => {
    expect(chapter("unicef").sections.map((s) => s.kinds[0])).toEqual(["activities", "gfmd-support", "challenges", "gaps", "recommendations"]);
    expect(section("unicef", "gfmd-support").heading).toBe("2. Support provided to the GFMD");
  });
  it("drops the logo line and infers the lost (i) between (h) and (j)", () => {
    expect(bodyText("unicef")).not.toMatch(/🚱/);
    expect(labels("unicef", "recommendations")).toEqual(["(a)", "(b)", "(c)", "(d)", "(e)", "(f)", "(g)", "(h)", "(i)", "(j)"]);
    expect(block("unicef-recommendations-i").text).toMatch(/^Joint funding\./);
  });
  it("keeps 'Recommendations of the Committee…' as a subheading of the activities", () => {
    expect(section("unicef", "activities").blocks.find((b) => b.line === 4148)?.type).toBe("subheading");
  });
});

describe("UNHCR (chapter 21)", () => {
  it("has 28 or more numbered footnotes and cites them from the body", () => {
    const numbers = chapter("unhcr").footnotes.map((f) => f.number);
    expect(numbers.filter((n) => n !== null).length).toBeGreaterThanOrEqual(35);
    expect(allBlocks("unhcr").flatMap((b) => b.footnotes)).toContain(38);
  });
  it("lists the three lettered recommendations", () => {
    expect(labels("unhcr", "recommendations")).toEqual(["(a)", "(b)", "(c)"]);
  });
});

describe("World Bank (chapter 29)", () => {
  it("uses the fixed acronym and the printed title", () => {
    expect(chapter("world-bank")).toMatchObject({ acronym: "World Bank", title: "The World Bank", number: 29 });
  });
  it("moves the four unmarked first-page notes out of the intro", () => {
    expect(chapter("world-bank").intro.map((b) => b.line)).toEqual([5100, 5102]);
    expect(chapter("world-bank").footnotes.slice(0, 5).map((f) => [f.number, f.line])).toEqual([
      [1, 5104],
      [2, 5106],
      [3, 5108],
      [4, 5110],
      [5, 5112],
    ]);
  });
  it("takes note 12 out of the list it interrupts and keeps note 8's second sentence with it", () => {
    expect(labels("world-bank", "activities").slice(0, 6)).toEqual(["(a)", "(b)", "(c)", "(d)", "(e)", "(f)"]);
    expect(chapter("world-bank").footnotes.find((f) => f.line === 5184)?.number).toBe(12);
    const eight = chapter("world-bank").footnotes.find((f) => f.number === 8)!;
    expect(eight.text).toMatch(/^The regional flagship report may be downloaded .* The data on the six household surveys/);
    expect(chapter("world-bank").footnotes.map((f) => f.number)).toEqual(Array.from({ length: 19 }, (_, i) => i + 1));
  });
  it("nests the per-year GFMD contributions", () => {
    expect(labels("world-bank", "gfmd-support")).toEqual(["(a)", "(b)", "(c)", "(d)", "(e)"]);
    expect(block("world-bank-gfmd-support-d-vi").text).toMatch(/^Presentation at the Moldova meeting/);
  });
});
