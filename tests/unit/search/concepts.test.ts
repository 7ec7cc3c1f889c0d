import { describe, expect, it } from "vitest";
import type { Group } from "@/lib/search/analyze-query";
import { ConceptIndex } from "@/lib/search/concepts";
import { stem } from "@/lib/search/text";

const group = (...words: string[]): Group => ({ word: words[0]!, required: false, alternatives: words.map((w, i) => ({ stems: [stem(w)], prefix: false, weight: i ? 0.5 : 1, conceptWeight: i ? 0.5 : 1, via: i ? "related" : "exact", highlight: [w], reason: null })) });
const concepts = new ConceptIndex([
  { vocabulary: "theme", slug: "remittances", label: "Remittances and financial inclusion", text: "Money migrants send home, its cost and channels" },
  { vocabulary: "theme", slug: "health", label: "Health", text: "Health workers, nurses, access to health services" },
  { vocabulary: "theme", slug: "children", label: "Children and youth", text: "Children left behind, unaccompanied minors" },
  { vocabulary: "gcm", slug: "gcm-1", label: "Collect accurate data", text: "data statistics census" },
  // Other concepts, so that a word only one description has is as telling as in the real vocabularies.
  ...["trade", "climate", "refugees", "gender", "urban", "rural", "diaspora", "detention"].map((slug) => ({ vocabulary: "theme" as const, slug, label: slug, text: `${slug} policy` })),
]);

describe("ConceptIndex", () => {
  it("names the concept whose plain-word description a query matches", () => {
    expect(concepts.match([group("sending"), group("money"), group("home")]).map((c) => c.concept.slug)).toEqual(["remittances"]);
    expect(concepts.match([group("nurses"), group("leaving"), group("health")]).map((c) => c.concept.slug)).toEqual(["health"]);
  });
  it("reaches a concept through a related word", () => {
    expect(concepts.match([group("counting", "census"), group("statistics")]).map((c) => c.concept.slug)).toEqual(["gcm-1"]);
  });
  it("names nothing when no description is clearly matched", () => {
    expect(concepts.match([group("shipping")])).toEqual([]);
    expect(concepts.match([group("nurses")])).toEqual([]); // one word is not enough to name a concept
    expect(concepts.match([])).toEqual([]);
    expect(new ConceptIndex([]).match([group("money")])).toEqual([]);
  });
  it("needs two of the query's words to name a concept: one word names a theme by chance", () => {
    const many = new ConceptIndex([
      { vocabulary: "theme", slug: "rights", label: "Human rights and protection", text: "rights of migrants, protection" },
      ...Array.from({ length: 30 }, (_, i) => ({ vocabulary: "theme" as const, slug: `filler-${i}`, label: `filler${i}`, text: `policy${i}` })),
    ]);
    expect(many.match([group("human"), group("development"), group("report")])).toEqual([]);
    expect(many.match([group("human"), group("rights"), group("report")]).map((c) => c.concept.slug)).toEqual(["rights"]);
    expect(many.match([group("human")]).map((c) => c.concept.slug)).toEqual(["rights"]); // a one-word query may still name one
  });
});
