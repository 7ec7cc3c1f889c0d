/** The citation target of one passage, from its chapter and part: what every citation format starts from. */
import { PART_LABELS } from "../book/parts";
import type { PartKind } from "../book/schema";
import type { CitationTarget } from "./format-citation";

export type CitedPassage = {
  id: string;
  label: string | null;
  kinds: PartKind[];
  chapter: { number: number; slug: string; kind: string; title: string; acronym: string | null; firstPage: number | null; lastPage: number | null };
};

/** The passage's permalink path: on its agency's profile, or in the overview. */
export function passagePath(p: CitedPassage): string {
  return p.chapter.kind === "overview" ? `/overview#${p.id}` : `/agencies/${p.chapter.slug}#${p.id}`;
}

export function citationTarget(p: CitedPassage, siteUrl: string): CitationTarget {
  return {
    chapterNumber: p.chapter.number,
    chapterTitle: p.chapter.title,
    acronym: p.chapter.acronym,
    partLabel: p.kinds.length > 0 ? p.kinds.map((k) => PART_LABELS[k]).join(" and ") : null,
    itemLabel: p.label,
    firstPage: p.chapter.firstPage,
    lastPage: p.chapter.lastPage,
    url: new URL(passagePath(p), siteUrl).toString(),
    blockId: p.id,
  };
}
