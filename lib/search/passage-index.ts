/**
 * The text side of an index, built in one pass over the passages: each passage's stems (with the
 * subheading it sits under, which counts for scoring and towards its heading field), its words and
 * stems in order, the words behind each stem, the agencies, and the ids. SearchEngine keeps the result.
 */
import type { CorpusBlock } from "../explore/corpus";
import { AgencyNames } from "./agency-names";
import { FieldIndex } from "./field-index";
import { PassageTerms } from "./passage-terms";
import { SurfaceForms } from "./surface-forms";
import { stem, stems, tokens } from "./text";
import { TokenStreams } from "./token-streams";

export type PassageIndex = {
  /** The passages, without subheadings: a passage's number is its place here. */
  blocks: CorpusBlock[];
  byId: Map<string, number>;
  passageTerms: PassageTerms;
  wordStreams: TokenStreams;
  stemStreams: TokenStreams;
  fields: FieldIndex;
  agencies: AgencyNames;
  surface: SurfaceForms;
  averageLength: number;
};

export function indexPassages(all: CorpusBlock[]): PassageIndex {
  const blocks: CorpusBlock[] = [];
  const byId = new Map<string, number>();
  const fields = new FieldIndex();
  const agencies = new AgencyNames();
  const surface = new SurfaceForms();
  // The subheading a passage sits under is the last one before it in its part.
  const subheading = new Map<string, string>();
  const terms = PassageTerms.builder();
  const words = TokenStreams.builder();
  const stemmed = TokenStreams.builder();
  let totalLength = 0;
  for (const b of all) {
    if (b.type === "subheading") {
      subheading.set(`${b.agency.slug}:${b.part}`, b.text);
      continue;
    }
    const id = blocks.length;
    blocks.push(b);
    byId.set(b.id, id);
    agencies.add(b.agency);
    const sub = subheading.get(`${b.agency.slug}:${b.part}`) ?? "";
    fields.add(id, b, sub);
    const folded = tokens(b.text);
    words.add(folded);
    const own = folded.map(stem);
    stemmed.add(own);
    surface.add(folded, own);
    const extra = stems(sub);
    terms.add(own, extra);
    totalLength += own.length + extra.length;
  }
  return { blocks, byId, passageTerms: terms.build(), wordStreams: words.build(), stemStreams: stemmed.build(), fields, agencies, surface, averageLength: totalLength / Math.max(1, blocks.length) };
}
