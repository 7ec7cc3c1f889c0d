import { describe, expect, it } from "vitest";
import { footnoteEvidence, isUnmarkedFootnote, looksBibliographic, separateFootnotes } from "@/lib/ingest/separate-footnotes";
import type { Token } from "@/lib/ingest/types";

let line = 0;
const text = (t: string): Token => ({ kind: "text", line: ++line, text: t });
const note = (n: number, t: string): Token => ({ kind: "footnote", line: ++line, number: n, text: t });
const heading = (): Token => ({ kind: "heading", line: ++line, text: "1. Migration…", kinds: ["activities"], number: 1 });
const part = (text: string, kinds: Extract<Token, { kind: "heading" }>["kinds"]): Token => ({ kind: "heading", line: ++line, text, kinds, number: 4 });
const item = (label: string | null, t: string): Token => ({ kind: "item", line: ++line, text: t, label, indent: 0 });
const separate = (tokens: Token[]) => separateFootnotes(tokens, { expectUnmarkedFirstFootnote: false });
const noteTexts = (tokens: Token[]) => separate(tokens).footnotes.map((f) => f.text);

describe("isUnmarkedFootnote", () => {
  it("accepts citation openers and addresses", () => {
    const t = "See, for example: IOM, Crushed Hopes (Geneva, 2012).";
    expect(isUnmarkedFootnote(t, footnoteEvidence(t), false)).toBe(true);
    const u = "A copy of the guidelines can be downloaded from www.fao.org/docrep/016/i2801e/i2801e.pdf.";
    expect(isUnmarkedFootnote(u, footnoteEvidence(u), false)).toBe(true);
  });
  it("rejects body text that cites footnotes itself", () => {
    const t = "See the ILO Convention¹² for details on the rights of migrant workers.";
    expect(isUnmarkedFootnote(t, footnoteEvidence(t), true)).toBe(true); // an opener wins
    const b = "Women make up almost 50 per cent of migrant workers² and migrate on their own.";
    expect(isUnmarkedFootnote(b, footnoteEvidence(b), true)).toBe(false);
  });
  it("rejects a short title-like line", () => {
    expect(isUnmarkedFootnote("Knowledge generation and normative work", footnoteEvidence("Knowledge generation and normative work"), true)).toBe(false);
  });
  it("rejects lower-case text, which continues something", () => {
    const t = "see www.example.org for the rest";
    expect(isUnmarkedFootnote(t, footnoteEvidence(t), true)).toBe(false);
  });
});

describe("separateFootnotes", () => {
  it("moves marked footnotes out of the body", () => {
    const { body, footnotes } = separateFootnotes([text("Body¹ text."), note(1, "A note.")], { expectUnmarkedFirstFootnote: false });
    expect(body.map((t) => t.text)).toEqual(["Body¹ text."]);
    expect(footnotes).toMatchObject([{ number: 1, text: "A note.", marked: true }]);
  });

  it("finds an unmarked footnote next to a marked one", () => {
    const tokens = [text("Body text."), text("See also the accompanying Recommendations No. 86 and No. 151."), note(9, "A note."), text("More body.")];
    const { body, footnotes } = separateFootnotes(tokens, { expectUnmarkedFirstFootnote: false });
    expect(body.map((t) => t.text)).toEqual(["Body text.", "More body."]);
    expect(footnotes.map((f) => f.number)).toEqual([null, 9]);
  });

  it("takes the founding history as the unmarked first footnote", () => {
    const tokens = [
      text("The Agency¹ helps migrants."),
      text("The Agency was founded in 1951 to resettle displaced persons."),
      heading(),
      text("Activities."),
    ];
    const { footnotes } = separateFootnotes(tokens, { expectUnmarkedFirstFootnote: true });
    expect(footnotes.map((f) => f.text)).toEqual(["The Agency was founded in 1951 to resettle displaced persons."]);
  });

  it("takes text wedged between an open sentence and its continuation as a footnote", () => {
    const tokens = [
      text("Long paragraph that stops in the middle of a sentence because the page ends, and the"),
      text("The project is described in a report."),
      text("sentence goes on after the footnotes."),
    ];
    const { body, footnotes } = separateFootnotes(tokens, { expectUnmarkedFirstFootnote: false });
    expect(footnotes.map((f) => f.text)).toEqual(["The project is described in a report."]);
    expect(body).toHaveLength(2);
  });

  it("joins a footnote broken over two blocks at an address", () => {
    const tokens = [
      text("Body."),
      note(4, "For further publications see also: www.euro.who.int/__data/assets/"),
      text("pdf_file/0005/127526/e94497.pdf."),
      text("Next body."),
    ];
    const { footnotes, body } = separateFootnotes(tokens, { expectUnmarkedFirstFootnote: false });
    expect(footnotes).toHaveLength(1);
    expect(footnotes[0]!.text).toContain("e94497.pdf");
    expect(footnotes[0]!.lines).toHaveLength(2);
    expect(body.map((t) => t.text)).toEqual(["Body.", "Next body."]);
  });

  it("obeys an editorial correction", () => {
    const tokens = [text("Body."), text("The Big Table is an initiative of ECA."), text("More.")];
    const forced = new Map([[tokens[1]!.line, "footnote" as const]]);
    const { footnotes } = separateFootnotes(tokens, { expectUnmarkedFirstFootnote: false, forced });
    expect(footnotes.map((f) => f.text)).toEqual(["The Big Table is an initiative of ECA."]);
  });
});

describe("looksBibliographic", () => {
  it("knows a reference by its authors' initials and what follows them", () => {
    expect(looksBibliographic('J.-C. Dumont and G. Lemaître, "Counting immigrants and expatriates in OECD countries: A new perspective," OECD Working paper No. 25.')).toBe(true);
    expect(looksBibliographic("F. Docquier and A. Marfouk, \"International migration by educational attainment (1990–2000),\" in: C. Ozden (ed.), Palgrave-Macmillan.")).toBe(true);
    expect(looksBibliographic("H. de Haas, Migration and Development: A Theoretical Perspective, *International Migration Review*, 44(1):227–64 (2010).")).toBe(true);
  });
  it("does not take body text that opens with initials for a reference", () => {
    expect(looksBibliographic("J.-C. Dumont and G. Lemaître have shown that the number of migrants counted depends on the definition used.")).toBe(false);
    expect(looksBibliographic("J. Smith, the project coordinator, visited the three sites in 2011 and met local officials.")).toBe(false);
  });
});

describe("separateFootnotes: the numbering cross-checked against the markers", () => {
  it("takes the unnumbered block after the notes following a block that cites a number no note has", () => {
    const tokens = [
      text("FAO works for better management of rural labour mobility.²"),
      text("With rapid urbanization, FAO is challenged to help policymakers find new ways."),
      note(1, "FAO was established as a UN specialized agency on 16 October 1945."),
      text("The thematic area of leveraging migration for reducing poverty is in line with the new FAO Strategic Framework."),
      text("Knowledge generation and normative work"),
      text("The activities of FAO in this area include research.³"),
      note(3, "See, for example: IFAD, Policy Brief 13 (Rome, 2007)."),
    ];
    const { footnotes, body } = separate(tokens);
    expect(footnotes.map((f) => [f.number, f.text.slice(0, 20)])).toEqual([
      [1, "FAO was established "],
      [null, "The thematic area of"],
      [3, "See, for example: IF"],
    ]);
    expect(footnotes[1]!.found).toMatch(/^cited without a note \(2 cited at line \d+, no note between note 1 and note 3; after the run of notes that follows the citing block\)$/);
    expect(body.map((t) => t.text.slice(0, 12))).not.toContain("The thematic");
  });

  it("takes nothing when a cited number has no note and no page foot could hold it", () => {
    const tokens = [text("A claim the body marks.⁷"), text("A second paragraph of plain body text."), text("A third one, also body.")];
    const { footnotes, body } = separate(tokens);
    expect(footnotes).toEqual([]);
    expect(body).toHaveLength(3);
  });

  it("leaves a paragraph after the notes in the body when every cited number has its note", () => {
    const tokens = [
      text("The Office works on migration.¹"),
      note(1, "The Office was established in 1993 through UNGA resolution 48/141."),
      text("The Organization focuses on two global priorities: Africa and gender equality."),
      heading(),
    ];
    expect(noteTexts(tokens)).toEqual(["The Office was established in 1993 through UNGA resolution 48/141."]);
  });

  it("takes a note printed after a list's last item, before the part heading, when it names what the marker marks", () => {
    const tokens = [
      note(2, "Within the period 1 August 2011 and 18 March 2013."),
      text("Good practices include the following:"),
      item(null, "States accepting country visits by UNHRC special procedures³"),
      item(null, "States responding to communications by special procedures"),
      text("The special procedures of the Human Rights Council are set by independent human rights experts."),
      part("4. Challenges identified in carrying out the Special Rapporteur's work", ["challenges"]),
      text("In carrying out his work, the Special Rapporteur has identified challenges."),
    ];
    const { footnotes } = separate(tokens);
    expect(footnotes.map((f) => f.text.slice(0, 24))).toEqual(["Within the period 1 Augu", "The special procedures o"]);
    expect(footnotes[1]!.found).toMatch(/after the list's last item, closing the part/);
  });

  it("leaves a closing paragraph after a list in the body when it does not name what the marker marks", () => {
    const tokens = [
      note(2, "Within the period 1 August 2011 and 18 March 2013."),
      item(null, "States accepting country visits by UNHRC special procedures³"),
      item(null, "States responding to communications"),
      text("These practices have proved their worth over many years of work with governments."),
      part("4. Challenges identified in carrying out the Special Rapporteur's work", ["challenges"]),
    ];
    expect(noteTexts(tokens)).toEqual(["Within the period 1 August 2011 and 18 March 2013."]);
  });

  it("takes text that interrupts a list between consecutive items when the number cited in the list has no note", () => {
    const tokens = [
      note(11, "The profiles are available from www.worldbank.org/eca/mirpa."),
      item("a", "Assisting countries in improving the collection of data;¹²"),
      item("b", "Strengthening the links between remittances and financial access;"),
      text("The Bank publishes a comprehensive data set on annual remittances for over 200 countries."),
      item("c", "Chairing the Global Remittances Working Group;"),
      item("d", "Creating an enabling environment for the reduction of remittance prices.¹³"),
      note(13, "In FY 2013 the WBG assisted more than 20 countries worldwide."),
    ];
    const { footnotes } = separate(tokens);
    expect(footnotes.map((f) => f.text.slice(0, 20))).toEqual(["The profiles are ava", "The Bank publishes a", "In FY 2013 the WBG a"]);
  });

  it("knows a page broke a list of roman numerals too", () => {
    const tokens = [
      note(1, "The first note, printed with its number."),
      item("i", "Identifying the combined effects of out-migration;²"),
      item("ii", "Identifying situations in which remittances help;"),
      text("Country studies were carried out in Albania, Nepal and Tonga."),
      item("iii", "Identifying policy options."),
      text("A closing paragraph of the body."),
    ];
    expect(noteTexts(tokens)).toEqual(["The first note, printed with its number.", "Country studies were carried out in Albania, Nepal and Tonga."]);
  });

  it("keeps a paragraph between two list items in the body when the numbering has no place for it", () => {
    const tokens = [
      item("f", "UN-Habitat and UNESCO published a brochure for local authorities.⁸"),
      item("g", "UN-Habitat has developed a water programme in Lake Victoria."),
      text("The overall objective of the Lake Victoria Region Water and Sanitation Initiative is to make a rapid contribution."),
      item("h", "UN-Habitat's flagship report is raising awareness."),
      note(8, "Information about the toolkit is available from www.unhabitat.org/content.asp."),
    ];
    expect(noteTexts(tokens)).toEqual(["Information about the toolkit is available from www.unhabitat.org/content.asp."]);
  });

  it("takes a fact wedged between address notes where the numbering leaves room for it", () => {
    const tokens = [
      text("JMDI works with partners.⁴"),
      note(4, "A Call for Proposals was launched at the end of 2008."),
      text("The target countries are: Algeria, Cape Verde, Ecuador and Tunisia."),
      text("The handbook is available for download from www.globalmigrationgroup.org/handbook.pdf."),
      text("The work was mandated by the Framework on Ending Displacement⁷ and selected three pilot countries."),
      note(7, "The framework was developed under the co-lead of UNDP, UNHCR and OCHA."),
    ];
    const { footnotes } = separate(tokens);
    expect(footnotes.map((f) => f.text.slice(0, 18))).toEqual(["A Call for Proposa", "The target countri", "The handbook is av", "The framework was "]);
  });
});

describe("separateFootnotes: references, paragraphs of notes and joins", () => {
  it("takes a run of references beside a note, with no number printed", () => {
    const tokens = [
      text("The contributions by Carrington and Detragiache (1998³, 1999⁴) were the first. More recently, the works by"),
      note(3, 'W.J. Carrington and E. Detragiache, "How big is the brain drain?" (WP/98/102), IMF working paper.'),
      text('W.J. Carrington and E. Detragiache, "How extensive is the brain drain?," Finance and Development, 36(2):46–49.'),
      text("Dumont and Lemaître⁵ represent critical advancements in the empirical analysis of the brain drain."),
    ];
    const { footnotes, body } = separate(tokens);
    expect(footnotes.map((f) => f.number)).toEqual([3, null]);
    expect(body.map((t) => t.text.slice(0, 10))).toEqual(["The contri", "Dumont and"]);
  });

  it("joins a paragraph standing directly between two notes to the note before it", () => {
    const tokens = [
      text("Contributions to journals,³ including these."),
      note(3, "See, for example: Miluka, J. et al., \"The vanishing farms?\" (World Bank, 2010)."),
      text("Many of the contributions have been used as references. FAO has also produced the abovementioned study."),
      note(4, "A copy of the guidelines can be downloaded from www.fao.org/docrep/016/i2801e/i2801e.pdf."),
    ];
    const { footnotes } = separate(tokens);
    expect(footnotes).toHaveLength(2);
    expect(footnotes[0]!.text).toMatch(/World Bank, 2010\)\. Many of the contributions/);
    expect(footnotes[0]!.lines).toHaveLength(2);
  });

  it("keeps a long page of body text standing between two page feet in the body", () => {
    const page = Array.from({ length: 6 }, (_, k) => `Sentence ${k + 1} of a page of body text about migration and development.`).join(" ");
    const tokens = [text("A claim.³"), note(3, "See, for example: IOM, Report (Geneva, 2010)."), text(page), note(4, "A copy is available at www.example.org/report.pdf.")];
    expect(separate(tokens).body.map((t) => t.text)).toEqual(["A claim.³", page]);
  });

  it("joins a bare pointer to the note before it when the numbering has no number for it", () => {
    const tokens = [
      text("Covered in the World Health Reports¹⁷ and special reports by regional offices.¹⁸ And a list.¹⁹"),
      note(17, "See, for example, the World Health Report 2010 special brief, downloadable from the WHO website."),
      text("Available from http://bit.ly/cnZ0xU."),
      text("For further relevant publications on migration and health, see also: www.euro.who.int/e94497.pdf."),
      note(19, "Visit the PAHO/WHO website at http://listserv.paho.org."),
    ];
    const { footnotes } = separate(tokens);
    expect(footnotes.map((f) => f.text.slice(0, 16))).toEqual(["See, for example", "For further rele", "Visit the PAHO/W"]);
    expect(footnotes[0]!.text).toMatch(/website\. Available from http:\/\/bit\.ly\/cnZ0xU\.$/);
  });

  it("keeps a whole address after a closed note as a note of its own, and joins a broken one", () => {
    const whole = [
      text("These include the Model Law against Trafficking³ and the Model Law against Smuggling.⁴"),
      note(3, "The handbook may be downloaded from www.unodc.org/Model_Law_against_TIP.pdf."),
      text("www.unodc.org/documents/human-trafficking/Model_Law_Smuggling_of_Migrants.pdf."),
      text("Next body paragraph without notes."),
    ];
    expect(separate(whole).footnotes).toHaveLength(2);
    const broken = [
      text("The instruments are listed online.¹²"),
      note(12, "The text of all instruments is available at www.portal.unesco.org/en/ev.php-URL_ID=13648&URL_DO=DO_"),
      text("TOPIC&URL_SECTION=-471.html."),
      text("Next body paragraph without notes."),
    ];
    expect(separate(broken).footnotes).toHaveLength(1);
  });

  it("takes a founding history told through a treaty and its years as the unmarked first footnote", () => {
    const tokens = [
      text("The Universal Postal Union (UPU)¹ is the principal forum for postal cooperation."),
      heading(),
      text("Since 2006 the UPU has stepped up its efforts to make remittances affordable."),
      text("The Swiss Government convened an international conference in Bern on 15 September 1874. The UPU became a specialized agency of the United Nations on 1 July 1948."),
      text("The UPU has raised its awareness of the fact that remittance networks are concentrated."),
      part("2. Support provided to the GFMD", ["gfmd-support"]),
    ];
    const { footnotes } = separateFootnotes(tokens, { expectUnmarkedFirstFootnote: true });
    expect(footnotes.map((f) => f.text.slice(0, 24))).toEqual(["The Swiss Government con"]);
    expect(footnotes[0]!.found).toBe("founding history");
  });

  it("obeys a correction that makes a line continue the note before it", () => {
    const tokens = [
      text("Body text citing the conventions.¹²"),
      text("These include the regional conventions for Latin America (1974) and Europe (1997)."),
      text("The text of all instruments is available at www.portal.unesco.org/en/ev.php."),
      text("Body again."),
    ];
    const forced = new Map([
      [tokens[1]!.line, "footnote" as const],
      [tokens[2]!.line, "footnote-continued" as const],
    ]);
    const { footnotes } = separateFootnotes(tokens, { expectUnmarkedFirstFootnote: false, forced });
    expect(footnotes).toHaveLength(1);
    expect(footnotes[0]!.text).toMatch(/Europe \(1997\)\. The text of all instruments/);
  });
});
