/**
 * Proximity: a passage where two words typed next to each other also stand close together
 * ("human development report", "trade unions") is more likely about what was asked than one
 * that has the same words scattered. Each pair of neighbouring content words of the query adds a
 * BM25-shaped bonus for the times they occur in order within a few words of each other (the
 * sequential-dependence idea of Metzler and Croft, 2005). Only the words as typed, their
 * acronym forms and corrections count: a synonym's closeness says little.
 */
import { K1, TEXT_WEIGHT, type PreparedGroup } from "./ranking";
import type { TokenStreams } from "./token-streams";

/** Words in between that still count as close ("rights of migrants", "trade unions and social dialogue"). */
const GAP = 3;
/** A pair's bonus, as a share of the BM25 score of its rarer word. */
const PAIR_WEIGHT = 0.5;
/** Groups that can be told apart: one bit each in a Uint16Array mask (a query has at most 12). */
const MAX_GROUPS = 16;
const COUNTED = new Set(["exact", "acronym", "typo"]);

export class Proximity {
  /** For each stem id of the streams, which groups (bit g) it stands for; reset after each query. */
  private readonly masks: Uint16Array;
  private readonly last = new Int32Array(MAX_GROUPS);

  constructor(private readonly streams: TokenStreams) {
    this.masks = new Uint16Array(streams.vocabulary().length);
  }

  /** Adds each passage's bonus (times `factor`, the lift its score has) to its score, in place. */
  rescore(groups: readonly PreparedGroup[], ids: readonly number[], score: Float64Array, norms: Float32Array, factor: (id: number) => number): void {
    const pairs = groups.length >= 2 ? this.prepare(groups) : null;
    if (!pairs) return;
    try {
      for (const id of ids) score[id] = Math.round((score[id]! + factor(id) * pairs.score(id, norms[id]!)) * 1000) / 1000;
    } finally {
      pairs.done();
    }
  }

  /**
   * Scores pairs for one query; `score(passage, norm)` is the bonus of a passage. The groups
   * are in query order, so neighbours in the array are neighbours as typed. Call `done` after.
   */
  private prepare(groups: readonly PreparedGroup[]): { score(passage: number, norm: number): number; done(): void } | null {
    const marked: number[] = [];
    /** Each group's weighted idf, over the alternatives the book has; a pair counts as its rarer word. */
    const weights = new Float64Array(MAX_GROUPS);
    const pairIdf: number[] = [];
    for (let g = 0; g < Math.min(groups.length, MAX_GROUPS); g++) {
      for (const a of groups[g]!.alternatives) {
        if (a.stems.length !== 1 || a.prefix || !COUNTED.has(a.via)) continue;
        const id = this.streams.idOf(a.stems[0]!);
        if (id < 0) continue;
        if (this.masks[id] === 0) marked.push(id);
        this.masks[id]! |= 1 << g;
        weights[g] = Math.max(weights[g]!, a.weight * a.idf);
      }
      if (g > 0) pairIdf.push(Math.min(weights[g - 1]!, weights[g]!));
    }
    const done = () => {
      for (const id of marked) this.masks[id] = 0;
    };
    if (pairIdf.every((x) => x === 0)) {
      done();
      return null;
    }
    const hits = new Int32Array(pairIdf.length);
    const last = this.last;
    return {
      score: (passage, norm) => {
        last.fill(-1000);
        hits.fill(0);
        this.streams.walk(passage, (position, id) => {
          const mask = this.masks[id]!;
          if (mask === 0) return;
          for (let g = 0; g < pairIdf.length + 1; g++) {
            if (!(mask & (1 << g))) continue;
            if (g > 0 && position - last[g - 1]! <= GAP + 1) hits[g - 1]!++;
            last[g] = position;
          }
        });
        let bonus = 0;
        for (let p = 0; p < hits.length; p++) if (hits[p]! > 0) bonus += (PAIR_WEIGHT * TEXT_WEIGHT * pairIdf[p]! * hits[p]! * (K1 + 1)) / (hits[p]! + norm);
        return bonus;
      },
      done,
    };
  }
}
