/**
 * The concept layer: the portal's two curated vocabularies (20 themes and the 23 GCM
 * objectives, in content/) described in plain words — label, description or title, and
 * terms. A query in everyday words is matched against those descriptions (directly and through
 * WordNet's related words); the concepts it clearly names lift the passages tagged with them.
 * "money migrants send home" names Remittances even where a passage never says "send".
 */
import type { CorpusBlock } from "../explore/corpus";
import type { Group } from "./analyze-query";
import { isStopWord } from "./stop-words";
import { stem, tokens } from "./text";

export type Concept = { vocabulary: "theme" | "gcm"; slug: string; label: string; text: string };
export type ConceptMatch = { concept: Concept; strength: number };

/** A concept must score this much (about two specific words) to be named at all… */
const MIN_SCORE = 2.5;
/** …and at least this share of the best one. */
const SHARE_OF_BEST = 0.6;
const MAX_CONCEPTS = 1;
/** …and be named by two of the query's words: one word ("human") names a theme by chance ("Human Development Report"). */
const NAMING_WORDS = 2;

export class ConceptIndex {
  private readonly profiles: Set<string>[];
  private readonly idf = new Map<string, number>();

  constructor(private readonly concepts: readonly Concept[]) {
    this.profiles = concepts.map((c) => new Set(tokens(`${c.label} ${c.text}`.replace(/\*/g, "")).filter((w) => !isStopWord(w)).map(stem)));
    const df = new Map<string, number>();
    for (const profile of this.profiles) for (const s of profile) df.set(s, (df.get(s) ?? 0) + 1);
    for (const [s, n] of df) this.idf.set(s, Math.log(concepts.length / n));
  }

  /** The concepts a query names, strongest first, each with its strength relative to the best (0–1]. */
  match(groups: readonly Group[]): ConceptMatch[] {
    if (this.concepts.length === 0 || groups.length === 0) return [];
    const need = Math.min(NAMING_WORDS, groups.length);
    const scores = this.profiles.map((profile) => {
      let score = 0;
      let naming = 0;
      for (const group of groups) {
        let best = 0;
        for (const a of group.alternatives) {
          // A phrase counts for the share of its words the description has ("health professional" → health).
          const present = a.stems.filter((s) => profile.has(s));
          if (present.length === 0) continue;
          const weight = (a.conceptWeight * present.length * Math.max(...present.map((s) => this.idf.get(s) ?? 0))) / a.stems.length;
          if (weight > best) best = weight;
        }
        score += best;
        if (best > 0) naming++;
      }
      return naming >= need ? score : 0;
    });
    const top = Math.max(...scores);
    if (top < MIN_SCORE) return [];
    return scores
      .map((score, i) => ({ concept: this.concepts[i]!, score }))
      .filter((c) => c.score >= MIN_SCORE && c.score >= SHARE_OF_BEST * top)
      .sort((a, b) => b.score - a.score)
      .slice(0, MAX_CONCEPTS)
      .map((c) => ({ concept: c.concept, strength: c.score / top }));
  }
}

/** How much a concept the query clearly names lifts a passage tagged with it (text matches score about 3–25). */
const CONCEPT_WEIGHT = 8;

/** Which passages are tagged with a concept: a bitmap per concept, built on first use (no reading of 150,000 block objects per query). */
export class ConceptTags {
  private readonly tagged = new Map<string, Uint8Array>();

  constructor(private readonly blocks: readonly Pick<CorpusBlock, "themes" | "gcm">[]) {}

  has(id: number, match: ConceptMatch): boolean {
    return this.passages(match)[id] === 1;
  }

  /**
   * The lift of a passage by the strongest named concept it is tagged with (0 for none), as a
   * function prepared once per query: it is asked for every candidate, on a large corpus 10⁵ times.
   */
  lifter(named: readonly ConceptMatch[]): (id: number) => number {
    if (named.length === 0) return () => 0;
    const tagged = named.map((c) => ({ passages: this.passages(c), lift: CONCEPT_WEIGHT * c.strength }));
    return (id) => {
      let lift = 0;
      for (const t of tagged) if (t.passages[id] === 1 && t.lift > lift) lift = t.lift;
      return lift;
    };
  }

  /** 1 for each passage tagged with the concept, built on first use. */
  private passages({ concept }: ConceptMatch): Uint8Array {
    const key = `${concept.vocabulary}:${concept.slug}`;
    let tagged = this.tagged.get(key);
    if (!tagged) {
      tagged = Uint8Array.from(this.blocks, (b) => ((concept.vocabulary === "theme" ? b.themes : b.gcm).includes(concept.slug) ? 1 : 0));
      this.tagged.set(key, tagged);
    }
    return tagged;
  }
}
