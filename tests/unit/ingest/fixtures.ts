/** Builds small synthetic books in the shape of the compendium, for stage tests. */
export type MiniChapter = { number: number; title: string; acronym?: string; body: string[] };

export function miniBook(chapters: MiniChapter[], options: { backCover?: boolean; toc?: boolean } = {}): string {
  const toc = chapters.map((c) => `Chapter ${c.number}.\t${c.title}${c.acronym ? ` (${c.acronym})` : ""}\t${c.number * 10}`);
  const lines = [
    "A publication of the United Nations",
    "",
    ...(options.toc === false ? [] : ["Table of contents", "", "List of acron\tyms\t13", ...toc, ""]),
    "List of acronyms",
    "",
    "GFMD Global Forum on Migration and Development",
    "",
  ];
  for (const chapter of chapters) {
    lines.push("CHAPTER", "", chapter.title, "", "", chapter.title, "", ...chapter.body.flatMap((b) => [b, ""]));
  }
  if (options.backCover !== false) lines.push("", "Empowered lives. Resilient nations.", "");
  return lines.join("\n");
}

export const OVERVIEW = { number: 1, title: "The international system working as one", body: ["An overview paragraph."] };

export function agencyBody(name: string): string[] {
  return [
    `The ${name}¹ works on migration.`,
    `¹ The ${name} was founded in 1950.`,
    "1. Migration and development activities since the 2006 Highlevel Dialogue",
    "It did many things.",
    "6. Recommendations for the 2013 High-level Dialogue",
    "- (a) Do more.",
    "- (b) Do better.",
  ];
}
