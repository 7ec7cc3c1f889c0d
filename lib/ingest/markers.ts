/** Footnote markers: superscript digits (¹²³) and their plain-digit conversions. */

const SUPERSCRIPTS = "⁰¹²³⁴⁵⁶⁷⁸⁹";
export const SUPERSCRIPT_RUN = /[⁰¹²³⁴⁵⁶⁷⁸⁹]+/g;

export function superscriptToNumber(text: string): number {
  let value = 0;
  for (const char of text) value = value * 10 + SUPERSCRIPTS.indexOf(char);
  return value;
}

/** A footnote line starts with its superscript number: "¹⁰ For more information …". */
export const FOOTNOTE_START = /^\s*([⁰¹²³⁴⁵⁶⁷⁸⁹]+)\s*(.*)$/;

/** Numbers of the superscript markers in a text, in order. */
export function superscriptMarkers(text: string): number[] {
  return [...text.matchAll(SUPERSCRIPT_RUN)].map((m) => superscriptToNumber(m[0]));
}

export function stripSuperscripts(text: string): string {
  return text
    .replace(SUPERSCRIPT_RUN, "")
    .replace(/\s+([,.;:)])/g, "$1")
    .replace(/\s+/g, " ")
    .trim();
}

/**
 * Plain-digit markers that lost their superscript: "…Households".8", "in 2012,7 which".
 * The digits follow closing punctuation straight after a word, a quote, a bracket or
 * a year, and stand before a space or the end. Abbreviations such as "No.44" are excluded.
 */
const PLAIN_MARKER =
  /(?<=(?:[a-z)"”’']|\b(?:19|20)\d\d))(?<!\bN[Oo])([.,;:]\s?)(\d{1,2})(?=\s+[A-Z(]|\s*$|\s+which\b|\s+and\b)|(?<=\s\d{1,3})(\.)(\d{1,2})$/g;

export function findPlainMarkers(text: string): Array<{ number: number; index: number; length: number; punct: string }> {
  return [...text.matchAll(PLAIN_MARKER)].map((m) => ({
    number: Number(m[2] ?? m[4]),
    index: m.index ?? 0,
    length: m[0].length,
    punct: (m[1] ?? m[3] ?? "").trim(),
  }));
}
