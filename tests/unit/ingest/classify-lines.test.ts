import { describe, expect, it } from "vitest";
import { classifyLines, type ClassifyContext } from "@/lib/ingest/classify-lines";
import { normaliseText } from "@/lib/ingest/normalise";

function classify(text: string) {
  const context: ClassifyContext = { title: "Example Organization", warnings: [], structure: [] };
  return { tokens: classifyLines(normaliseText(text), context), context };
}

describe("classifyLines", () => {
  it("drops CHAPTER markers with stray page numbers, title lines and logo lines", () => {
    const { tokens } = classify("CHAPTER 119\n\nCHAPTER 2 5\nExample Organization\nunicef 🚱");
    expect(tokens.map((t) => t.kind === "noise" && t.reason)).toEqual(["chapter marker", "chapter marker", "chapter title", "logo text"]);
  });
  it("recognises part headings", () => {
    const { tokens } = classify("3. Identified good practices");
    expect(tokens[0]).toMatchObject({ kind: "heading", kinds: ["good-practices"], number: 3 });
  });
  it("records an unknown numbered heading as a structure problem", () => {
    const { tokens, context } = classify("7. Lessons learned");
    expect(tokens[0]!.kind).toBe("text");
    expect(context.structure[0]!.message).toMatch(/unknown section heading/);
  });
  it("reads marked footnotes with multi-digit numbers", () => {
    expect(classify("¹⁰ For more information, visit www.example.org.").tokens[0]).toMatchObject({ kind: "footnote", number: 10 });
  });
  it.each([
    ["- (a) Do more.", "a", 0],
    ["(b) Do better.", "b", 0],
    [" - (ii) Nested.", "ii", 1],
    ["- (I) Misprinted l.", "I", 0],
  ])("reads the item %s", (line, label, indent) => {
    expect(classify(line).tokens[0]).toMatchObject({ kind: "item", label, indent: indent ? expect.any(Number) : 0 });
  });
  it("reads an unlabelled dash item", () => {
    expect(classify("- A political environment should be promoted.").tokens[0]).toMatchObject({ kind: "item", label: null });
  });
  it("treats a lone dash before a lower-case word as a stray page-break dash", () => {
    expect(classify("- in many regions the sector declined.").tokens[0]).toEqual({
      kind: "text",
      line: 1,
      text: "in many regions the sector declined.",
    });
  });
  it("keeps lower-case dash lines inside a dash list as items", () => {
    const { tokens } = classify("- tools and handbooks;\n- training and technical assistance;");
    expect(tokens.map((t) => t.kind)).toEqual(["item", "item"]);
  });
  it("reads a lower-case dash line after a page break in an open item as its continuation", () => {
    const { tokens } = classify(" - (i) Ensure equitable pay and\n\n- conditions of work for all;\n- (ii) Next item.");
    expect(tokens.map((t) => t.kind)).toEqual(["item", "text", "item"]);
  });
  it("keeps a lead-in sentence ending in a colon as text", () => {
    expect(classify("The activities of FAO in this area include the following:").tokens[0]!.kind).toBe("text");
  });
});
