/** The corpora and inputs bench:search builds: the book scaled up from its own sentences, their vectors, and inputs built to be expensive. */
import type { CorpusBlock } from "../../lib/explore/corpus";
import { PassageVectors } from "../../lib/search/meaning/vectors";
import { tokens } from "../../lib/search/text";

/** A corpus `factor` times larger: synthetic chapters built from real sentences, deterministically. */
export function scaled(blocks: CorpusBlock[], factor: number): CorpusBlock[] {
  const sentences = blocks.flatMap((b) => b.text.split(/(?<=\.)\s+/)).filter((s) => s.length > 20);
  let seed = 42;
  const random = () => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648);
  const out = [...blocks];
  for (let copy = 1; copy < factor; copy++) {
    for (const b of blocks) {
      const count = 1 + Math.floor(random() * 4);
      const text = Array.from({ length: count }, () => sentences[Math.floor(random() * sentences.length)]!).join(" ");
      out.push({ ...b, id: `${b.id}-x${copy}`, text, position: out.length });
    }
  }
  return out;
}

/** Vectors for a scaled corpus: its synthetic passages reuse real rows (the cost of a comparison does not depend on the values). */
export function scaledVectors(real: PassageVectors, size: number): PassageVectors {
  const out = new PassageVectors(size);
  for (let id = 0; id < size; id++) {
    const row = real.row(id % real.size);
    if (row) out.set(id, row);
  }
  return out;
}

/** Keywords for a scaled corpus: a synthetic passage has those of the passage it copies, so the keyword index grows with the corpus. */
export function scaledKeywords(keywords: Record<string, string[]>, big: CorpusBlock[]): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const b of big) {
    const own = keywords[b.id.replace(/-x\d+$/, "")];
    if (own) out[b.id] = own;
  }
  return out;
}

/** Inputs built to be expensive: long words (typo correction), many words, many acronyms and synonyms at once. */
export function hostileQueries(blocks: CorpusBlock[]): string[] {
  const words = blocks.slice(0, 200).flatMap((b) => tokens(b.text));
  return [
    "x".repeat(495),
    "remittances ".repeat(40),
    Array.from({ length: 100 }, (_, i) => words[(i * 37) % words.length]).join(" "),
    Array.from({ length: 60 }, (_, i) => `${"abcdefghij"[i % 10]}${"q".repeat(20 + (i % 5))}`).join(" "),
    "GFMD IOM ILO UNHCR UNICEF WHO UNDP UNFPA NGOs MRTDs IOM's ICAO kids human trafficking",
    '"migration and development" "human rights" "migrant workers" "climate change" "diaspora" -data -remittances',
    `${"migration ".repeat(20)}${"zzzzzzzzzzzzzzzzzzzzzzzz ".repeat(20)}`,
    "how can what are the main is it why does who which where when",
    "migrat",
    "a".repeat(10_000),
  ];
}
