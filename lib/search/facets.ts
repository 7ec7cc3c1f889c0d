/**
 * Facet values (agency, part, theme) as small integer codes per passage, so counting a large
 * result is array arithmetic rather than string work.
 */
import type { CorpusBlock } from "../explore/corpus";

export type Facets = { agency: Record<string, number>; part: Record<string, number>; theme: Record<string, number> };
type Facet = keyof Facets;

export class FacetCodes {
  private readonly names: { facet: Facet; value: string }[] = [];
  private readonly offsets: Int32Array;
  private readonly codes: Uint16Array;

  constructor(blocks: readonly CorpusBlock[]) {
    const ids = new Map<string, number>();
    const code = (facet: Facet, value: string) => {
      const key = `${facet}\u0000${value}`;
      let c = ids.get(key);
      if (c === undefined) {
        c = this.names.push({ facet, value }) - 1;
        ids.set(key, c);
      }
      return c;
    };
    const codes: number[] = [];
    const offsets: number[] = [0];
    for (const b of blocks) {
      codes.push(code("agency", b.agency.slug), ...(b.kinds.length ? b.kinds : ["intro"]).map((k) => code("part", k)), ...b.themes.map((t) => code("theme", t)));
      offsets.push(codes.length);
    }
    this.codes = Uint16Array.from(codes);
    this.offsets = Int32Array.from(offsets);
  }

  /** A counter for one result: `add` each passage kept, then `facets()`. */
  counter() {
    const counts = new Int32Array(this.names.length);
    return {
      add: (passage: number) => {
        for (let i = this.offsets[passage]!; i < this.offsets[passage + 1]!; i++) counts[this.codes[i]!]!++;
      },
      facets: (): Facets => {
        const out: Facets = { agency: {}, part: {}, theme: {} };
        counts.forEach((count, c) => {
          if (count > 0) out[this.names[c]!.facet][this.names[c]!.value] = count;
        });
        return out;
      },
    };
  }
}
