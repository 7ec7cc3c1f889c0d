/** The shape of a block as the portal's lists, filters and exports see it. */
import { PART_LABELS } from "../book/parts";
import type { BlockType, PartKind } from "../book/schema";

export type AgencyRef = { number: number; slug: string; title: string; acronym: string | null; category: string | null };

export type TagProvenance = { vocabulary: "theme" | "gcm"; tag: string; source: "rule" | "editor"; matched: string[] };

export type CorpusBlock = {
  id: string;
  agency: AgencyRef;
  /** The part the block belongs to ("intro" before the first part heading). */
  part: PartKind | "intro";
  /** All kinds of its section (ILO's merged part has two). */
  kinds: PartKind[];
  type: BlockType;
  label: string | null;
  depth: number;
  text: string;
  position: number;
  themes: string[];
  gcm: string[];
  provenance: TagProvenance[];
  /** Text of the footnotes the passage cites (searched with a lower weight). */
  notes?: string[];
};

export type Corpus = { version: number; agencies: AgencyRef[]; blocks: CorpusBlock[] };

export function permalink(block: Pick<CorpusBlock, "id" | "agency">): string {
  return `/agencies/${block.agency.slug}#${block.id}`;
}

/** "Introduction", "Recommendations", or ILO's "Challenges and Gaps": the part a block sits in. */
export function blockPartLabel(block: Pick<CorpusBlock, "part" | "kinds">): string {
  return block.part === "intro" ? "Introduction" : block.kinds.map((k) => PART_LABELS[k]).join(" and ");
}
