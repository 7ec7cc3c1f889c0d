import { describe, expect, it } from "vitest";
import { footnoteEvidence, isUnmarkedFootnote, separateFootnotes } from "@/lib/ingest/separate-footnotes";
import type { Token } from "@/lib/ingest/types";

let line = 0;
const text = (t: string): Token => ({ kind: "text", line: ++line, text: t });
const note = (n: number, t: string): Token => ({ kind: "footnote", line: ++line, number: n, text: t });
const heading = (): Token => ({ kind: "heading", line: ++line, text: "1. Migration…", kinds: ["activities"], number: 1 });

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
