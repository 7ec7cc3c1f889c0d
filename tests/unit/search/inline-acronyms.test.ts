import { describe, expect, it } from "vitest";
import { inlineAcronyms, longFormBefore } from "@/lib/search/inline-acronyms";
import { glossaryLexicon } from "@/lib/search/glossary-lexicon";

const before = (text: string) => {
  const at = text.lastIndexOf("(");
  return longFormBefore(text, at, text.slice(at + 1, text.indexOf(")", at)));
};

describe("inlineAcronyms", () => {
  it("finds the long form the text gives before an acronym in parentheses", () => {
    expect(before("working with the GMG and UN Country Teams (UNCTs)")).toBe("UN Country Teams");
    expect(before("The Human Development Report (HDR)")).toBe("Human Development Report");
    expect(before("supported by the Office of the High Commissioner for Human Rights (OHCHR)")).toBe("Office of the High Commissioner for Human Rights");
    expect(before("the International Organization for Migration (IOM)")).toBe("International Organization for Migration");
  });
  it("finds nothing where the words do not spell the acronym, or a sentence lies between", () => {
    expect(before("as the report shows (see annex) (XYZ)")).toBeNull();
    expect(before("Countries agreed. Mobility (CM)")).toBeNull();
    expect(before("in the region (A)")).toBeNull();
    expect(before("(ABC)")).toBeNull();
  });
  it("lists each definition once, and survives hostile text", () => {
    const found = inlineAcronyms(["UN Country Team (UNCT) members", "the UN Country Team (UNCT)", "((((((((", "(".repeat(50_000) + "A".repeat(10_000) + ")", `${"word ".repeat(20_000)}(ZQ)`]);
    expect(found).toEqual([{ term: "UNCT", expansion: "UN Country Team" }]);
  });
});

describe("glossaryLexicon with the text's own definitions", () => {
  const lexicon = glossaryLexicon([{ term: "UNCTs", expansion: "United Nations Country Teams" }, { term: "NGO(s)", expansion: "Non-governmental organization(s)" }], {}, {}, [
    { term: "UNCTs", expansion: "UN Country Teams" },
    { term: "UNCT", expansion: "UN Country Team" },
    { term: "HDR", expansion: "Human Development Report" },
    { term: "IP", expansion: "intellectual property" },
  ]);
  it("gives an acronym every long form the book uses, once each, and UN for United Nations", () => {
    expect(lexicon.acronym("UNCT")).toMatchObject({ term: "UNCTs", expansion: "United Nations Country Teams", variants: ["UN Country Teams"] });
    expect(lexicon.acronym("UNCTs")?.variants).toEqual(["UN Country Teams"]);
    expect(lexicon.expansions.get("un country teams")).toBe("UNCTs");
  });
  it("knows acronyms only the text defines, when typed as acronyms", () => {
    expect(lexicon.acronym("HDR")).toMatchObject({ term: "HDR", expansion: "Human Development Report" });
    expect(lexicon.acronym("IP")?.expansion).toBe("intellectual property");
    expect(lexicon.acronym("ip")).toBeNull(); // a word typed in lower case is not taken for an acronym only the text defines
    expect(lexicon.acronym("NGOs")?.expansion).toBe("Non-governmental organizations");
    expect(lexicon.acronym("ngos")).toBeNull();
  });
});
