/**
 * The passages' meaning vectors, held compactly: one int8 row per passage with its own scale
 * (unit vectors quantised, about 0.5 KB a passage instead of 2 KB). A query is compared with every
 * row of a small corpus; past SCAN_LIMIT rows (the book has 1,550) a 64-bit signature per row (the signs of the
 * 64 dimensions that vary most) picks a shortlist by Hamming distance, which is then scored
 * exactly, so the work stays bounded at 100× the book. Rows can be filled in later (a passage an editor
 * changed is encoded in the background), and a missing row simply never matches by meaning.
 */
import { topK } from "../top-k";

export const DIMENSIONS = 512;
/** Characters the encoder reads: a passage's meaning is in its first sentences; a query is short. */
export const MAX_CHARS = { passage: 2000, query: 300 } as const;
/** Bits of a row's signature, and the 32-bit words that hold them. */
const SIGNATURE_BITS = 64;
const WORDS = SIGNATURE_BITS / 32;
/** Up to this many rows every one is scored; past it, the signatures choose SHORTLIST × k of them (as good on the book, at a third of the cost). */
const SCAN_LIMIT = 1_000;
const SHORTLIST = 10;

export function unit(v: Float32Array): Float32Array {
  let s = 0;
  for (let i = 0; i < v.length; i++) s += v[i]! * v[i]!;
  const n = Math.sqrt(s) || 1;
  for (let i = 0; i < v.length; i++) v[i]! /= n;
  return v;
}

function popcount(x: number): number {
  x -= (x >>> 1) & 0x55555555;
  x = (x & 0x33333333) + ((x >>> 2) & 0x33333333);
  return (((x + (x >>> 4)) & 0x0f0f0f0f) * 0x01010101) >>> 24;
}

export class PassageVectors {
  private readonly rows: Int8Array;
  private readonly scales: Float32Array;
  private readonly present: Uint8Array;
  /** Built on the first shortlist, and again after rows change. */
  private signatures: { dims: Int32Array; bits: Uint32Array; distance: Uint8Array; order: Int32Array } | null = null;

  constructor(readonly size: number) {
    this.rows = new Int8Array(size * DIMENSIONS);
    this.scales = new Float32Array(size);
    this.present = new Uint8Array(size);
  }

  /** Rows in passage order; null where a passage has no vector yet. */
  static from(rows: (Float32Array | null)[]): PassageVectors {
    const vectors = new PassageVectors(rows.length);
    rows.forEach((row, id) => row && vectors.set(id, row));
    return vectors;
  }

  set(id: number, vector: Float32Array): void {
    if (vector.length !== DIMENSIONS) throw new Error(`a meaning vector has ${DIMENSIONS} dimensions, not ${vector.length}`);
    let max = 0;
    for (let i = 0; i < DIMENSIONS; i++) max = Math.max(max, Math.abs(vector[i]!));
    const scale = max / 127 || 1;
    const at = id * DIMENSIONS;
    for (let i = 0; i < DIMENSIONS; i++) this.rows[at + i] = Math.round(vector[i]! / scale);
    this.scales[id] = scale;
    this.present[id] = 1;
    this.signatures = null;
  }

  has(id: number): boolean {
    return this.present[id] === 1;
  }

  /** How many passages have a vector. */
  get filled(): number {
    let n = 0;
    for (let i = 0; i < this.size; i++) n += this.present[i]!;
    return n;
  }

  /** A passage's vector (dequantised), or null. */
  row(id: number): Float32Array | null {
    if (!this.has(id)) return null;
    const out = new Float32Array(DIMENSIONS);
    const at = id * DIMENSIONS;
    for (let i = 0; i < DIMENSIONS; i++) out[i] = this.rows[at + i]! * this.scales[id]!;
    return out;
  }

  /** A passage's row as stored: int8 values and their scale (for content/passage-vectors.bin). */
  quantized(id: number): { values: Int8Array; scale: number } | null {
    if (!this.has(id)) return null;
    return { values: this.rows.subarray(id * DIMENSIONS, (id + 1) * DIMENSIONS), scale: this.scales[id]! };
  }

  /** Cosine of a unit query vector and a passage (0 for a passage without a vector). */
  similarity(query: Float32Array, id: number): number {
    if (!this.has(id)) return 0;
    const rows = this.rows;
    const at = id * DIMENSIONS;
    // Four sums at a time: the loop is the whole cost of meaning at book size.
    let s0 = 0;
    let s1 = 0;
    let s2 = 0;
    let s3 = 0;
    for (let i = 0; i < DIMENSIONS; i += 4) {
      s0 += query[i]! * rows[at + i]!;
      s1 += query[i + 1]! * rows[at + i + 1]!;
      s2 += query[i + 2]! * rows[at + i + 2]!;
      s3 += query[i + 3]! * rows[at + i + 3]!;
    }
    return (s0 + s1 + s2 + s3) * this.scales[id]!;
  }

  /** The k passages closest to the query among those `accept` allows, closest first. */
  nearest(query: Float32Array, k: number, accept: (id: number) => boolean): { id: number; similarity: number }[] {
    if (k <= 0) return [];
    const pool = this.size <= SCAN_LIMIT ? this.all(accept) : this.shortlist(query, k * SHORTLIST, accept);
    const scored = pool.map((id) => ({ id, similarity: this.similarity(query, id) }));
    return topK(scored, k, (a, b) => a.similarity > b.similarity || (a.similarity === b.similarity && a.id < b.id));
  }

  private all(accept: (id: number) => boolean): number[] {
    const out: number[] = [];
    for (let id = 0; id < this.size; id++) if (this.present[id] && accept(id)) out.push(id);
    return out;
  }

  /**
   * The `n` accepted rows whose signature is nearest the query's (fewest differing bits): every
   * row at a distance up to the first at which n accepted rows are reached. Distances are counted
   * for every row in one tight pass, then rows are taken bucket by bucket (a counting sort), so
   * `accept` is asked only of the near rows, not of all of them.
   */
  private shortlist(query: Float32Array, n: number, accept: (id: number) => boolean): number[] {
    const { dims, bits, distance, order } = (this.signatures ??= this.buildSignatures());
    const q = new Uint32Array(WORDS);
    dims.forEach((d, b) => {
      if (query[d]! > 0) q[b >>> 5]! |= 1 << (b & 31);
    });
    // Bucket starts for distances 0 … SIGNATURE_BITS + 1 (no vector), and the end.
    const start = new Int32Array(SIGNATURE_BITS + 3);
    for (let id = 0; id < this.size; id++) {
      let d = SIGNATURE_BITS + 1;
      if (this.present[id]) {
        d = 0;
        for (let w = 0; w < WORDS; w++) d += popcount(q[w]! ^ bits[id * WORDS + w]!);
      }
      distance[id] = d;
      start[d + 1]!++;
    }
    for (let d = 1; d < start.length; d++) start[d]! += start[d - 1]!;
    const fill = start.slice();
    for (let id = 0; id < this.size; id++) order[fill[distance[id]!]!++] = id;
    const out: number[] = [];
    for (let d = 0; d <= SIGNATURE_BITS && out.length < n; d++) {
      for (let i = start[d]!; i < start[d + 1]!; i++) if (accept(order[i]!)) out.push(order[i]!);
    }
    return out;
  }

  /** Each row's signature over the dimensions with the largest variance across the rows. */
  private buildSignatures(): { dims: Int32Array; bits: Uint32Array; distance: Uint8Array; order: Int32Array } {
    const sum = new Float64Array(DIMENSIONS);
    const squares = new Float64Array(DIMENSIONS);
    for (let id = 0; id < this.size; id++) {
      if (!this.present[id]) continue;
      for (let i = 0; i < DIMENSIONS; i++) {
        const v = this.rows[id * DIMENSIONS + i]! * this.scales[id]!;
        sum[i]! += v;
        squares[i]! += v * v;
      }
    }
    const n = Math.max(1, this.filled);
    const variance = Array.from({ length: DIMENSIONS }, (_, i) => squares[i]! / n - (sum[i]! / n) ** 2);
    const dims = Int32Array.from([...variance.keys()].sort((a, b) => variance[b]! - variance[a]! || a - b).slice(0, SIGNATURE_BITS));
    const bits = new Uint32Array(this.size * WORDS);
    for (let id = 0; id < this.size; id++) {
      dims.forEach((d, b) => {
        if (this.rows[id * DIMENSIONS + d]! > 0) bits[id * WORDS + (b >>> 5)]! |= 1 << (b & 31);
      });
    }
    return { dims, bits, distance: new Uint8Array(this.size), order: new Int32Array(this.size) };
  }
}
