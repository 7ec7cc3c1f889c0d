/** Measurement helpers shared by the search benchmark's parts. */

/** Memory an index holds: the JS heap and the typed arrays' buffers, which live outside it. */
export const held = () => {
  const m = process.memoryUsage();
  return m.heapUsed + m.arrayBuffers;
};

export const percentile = (values: number[], p: number) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0;
};
