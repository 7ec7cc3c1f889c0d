/**
 * Where a part is: its chapter, section and heading, from an agency slug and a part name (intro,
 * footnotes, or one of the six parts; ILO's merged part answers to either of its names).
 */
import "server-only";
import { AppError } from "../../errors/app-error";
import { toAppError } from "../../errors/to-app-error";
import { partSlugSchema, type PartSlug } from "../../editing/part-snapshot";
import { type Db } from "../client";
import { agencySlugSchema } from "../../book/schema";
import { parseKinds } from "../chapters/dto";
import type { Tx } from "../transaction";

export type PartLocation = { chapterNumber: number; slug: string; title: string; part: PartSlug; sectionId: number | null; heading: string; kind: "blocks" | "footnotes" };

export async function locatePart(db: Db | Tx, slugInput: string, partInput: string): Promise<PartLocation> {
  // Bad input is INVALID_INPUT here, not a ZodError for every caller to re-map.
  const slug = agencySlugSchema.safeParse(slugInput);
  const part = partSlugSchema.safeParse(partInput);
  if (!slug.success) throw new AppError("INVALID_INPUT", `"${String(slugInput).slice(0, 64)}" is not an agency slug.`);
  if (!part.success) throw new AppError("INVALID_INPUT", `"${String(partInput).slice(0, 32)}" is not a part (intro, footnotes, or a part such as recommendations).`);
  return locateValid(db, slug.data, part.data);
}

async function locateValid(db: Db | Tx, slug: string, part: PartSlug): Promise<PartLocation> {
  const chapter = await db.chapter.findUnique({ where: { slug }, select: { number: true, kind: true, title: true, sections: { select: { id: true, kinds: true, heading: true } } } });
  if (!chapter || chapter.kind !== "agency") throw new AppError("NOT_FOUND", `No agency chapter "${slug}".`);
  const base = { chapterNumber: chapter.number, slug, title: chapter.title, sectionId: null, kind: "blocks" as const };
  if (part === "intro") return { ...base, part, heading: "Introduction" };
  if (part === "footnotes") return { ...base, part, heading: "Footnotes", kind: "footnotes" };
  // ILO merges challenges and gaps into one part: either name finds it, and its first kind names it.
  const section = chapter.sections.find((s) => parseKinds(s.kinds).includes(part));
  if (!section) throw new AppError("NOT_FOUND", `${chapter.title} has no ${part} part.`);
  return { ...base, part: parseKinds(section.kinds)[0]!, sectionId: section.id, heading: section.heading };
}

/** The part's published blocks as a snapshot, with effective tags (editor tags override rule tags). */
/** The part, or null when the chapter or the part does not exist (an expected absence); any other failure throws. */

export async function findPart(db: Db | Tx, slug: string, part: string): Promise<PartLocation | null> {
  try {
    return await locatePart(db, slug, part);
  } catch (thrown) {
    if (toAppError(thrown).code === "NOT_FOUND") return null;
    throw thrown;
  }
}
