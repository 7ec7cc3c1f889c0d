import { describe, expect, it } from "vitest";
import { parseInline } from "@/lib/text/inline";

const glossary = new Map([
  ["GFMD", "Global Forum on Migration and Development"],
  ["ILO", "International Labour Organization"],
  ["UN.GIFT", "United Nations Global Initiative to Fight Human Trafficking"],
]);

describe("parseInline", () => {
  it("turns *asterisks* into emphasis", () => {
    expect(parseInline("See *Habitat Debate* now")).toEqual([
      { kind: "text", text: "See " },
      { kind: "em", text: "Habitat Debate" },
      { kind: "text", text: " now" },
    ]);
  });
  it("leaves a lone asterisk as text", () => {
    expect(parseInline("a * b")).toEqual([{ kind: "text", text: "a * b" }]);
  });
  it("links web addresses without the trailing full stop", () => {
    expect(parseInline("visit www.ilo.org/migrant.", { links: true })).toEqual([
      { kind: "text", text: "visit " },
      { kind: "link", text: "www.ilo.org/migrant", href: "https://www.ilo.org/migrant" },
      { kind: "text", text: "." },
    ]);
  });
  it("never links a javascript: address", () => {
    expect(parseInline("javascript:alert(1)", { links: true })).toEqual([{ kind: "text", text: "javascript:alert(1)" }]);
  });
  it("expands the first use of each glossary acronym only, never inside other words", () => {
    const pieces = parseInline("The GFMD and the ILO met; the GFMD agreed in the Philippines (ILOs).", { glossary });
    expect(pieces.filter((p) => p.kind === "abbr")).toEqual([
      { kind: "abbr", text: "GFMD", title: "Global Forum on Migration and Development" },
      { kind: "abbr", text: "ILO", title: "International Labour Organization" },
    ]);
    expect(pieces.map((p) => p.text).join("")).toBe("The GFMD and the ILO met; the GFMD agreed in the Philippines (ILOs).");
  });
});
