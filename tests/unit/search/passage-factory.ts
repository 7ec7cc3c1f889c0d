/** Test passages: a recommendation of the named agency (its slug, and its acronym in capitals), numbered in order of making. */
import type { CorpusBlock } from "@/lib/explore/corpus";

export function passageFactory(): (agency: string, text: string, over?: Partial<CorpusBlock>) => CorpusBlock {
  let n = 0;
  return (agency, text, over = {}) => ({
    id: `${agency}-p${++n}`,
    agency: { number: agency.length, slug: agency, title: agency.toUpperCase(), acronym: agency.toUpperCase(), category: null },
    part: "recommendations",
    kinds: ["recommendations"],
    type: "paragraph",
    label: null,
    depth: 0,
    text,
    position: n,
    themes: [],
    gcm: [],
    provenance: [],
    ...over,
  });
}
