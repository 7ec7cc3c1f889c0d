/**
 * Word dictionaries in sorted order, shared by the per-passage arrays: words are numbered
 * first-come while passages are read, then renumbered by sorted order, so that every word
 * starting with a prefix gets one contiguous range of numbers.
 */

/** The first index whose value is ≥ `key`, in sorted words or sorted numbers. */
export function lowerBound<T extends string | number>(sorted: ArrayLike<T>, key: T): number {
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (sorted[mid]! < key) low = mid + 1;
    else high = mid;
  }
  return low;
}

/** The [lo, hi) range of words starting with `prefix`. Words are folded letters and digits, so none follows prefix + U+FFFF. */
export function prefixRange(sorted: string[], prefix: string): { lo: number; hi: number } {
  return { lo: lowerBound(sorted, prefix), hi: lowerBound(sorted, `${prefix}\uffff`) };
}

/** Numbers words in the order first seen (`number`), then gives the sorted dictionary and the old → new numbers. */
export function firstSeenNumbers() {
  const ids = new Map<string, number>();
  return {
    number(word: string): number {
      let id = ids.get(word);
      if (id === undefined) {
        id = ids.size;
        ids.set(word, id);
      }
      return id;
    },
    sorted(): { words: string[]; remap: Int32Array } {
      const firstSeen = [...ids.keys()];
      const order = firstSeen.map((_, i) => i).sort((a, b) => (firstSeen[a]! < firstSeen[b]! ? -1 : firstSeen[a]! > firstSeen[b]! ? 1 : 0));
      const remap = new Int32Array(firstSeen.length);
      order.forEach((old, sorted) => (remap[old] = sorted));
      return { words: order.map((old) => firstSeen[old]!), remap };
    },
  };
}
