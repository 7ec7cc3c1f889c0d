/** The book's "List of acronyms", in printed order. */
import "server-only";
import type { GlossaryEntry } from "../../ingest/schema";
import type { Db } from "../client";

export async function listGlossary({ db }: { db: Db }): Promise<GlossaryEntry[]> {
  const rows = await db.glossaryTerm.findMany({ orderBy: { position: "asc" }, select: { term: true, expansion: true } });
  return rows;
}
