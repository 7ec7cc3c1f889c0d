/** The Prisma include that loads a block with its footnote numbers, shared by chapter queries. */
import "server-only";
export const blockWithFootnotes = {
  footnoteLinks: { select: { position: true, footnote: { select: { number: true } } } },
} as const;
