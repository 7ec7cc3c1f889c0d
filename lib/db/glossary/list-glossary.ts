/** The book's "List of acronyms", in printed order. The last list read is served while the database is away. */
import "server-only";
import type { GlossaryEntry } from "../../book/schema";
import { getDb, type Db } from "../client";
import { orInMemory } from "../unavailable";

const lastRead = new WeakMap<Db, GlossaryEntry[]>();

export async function listGlossary({ db = getDb() }: { db?: Db } = {}): Promise<GlossaryEntry[]> {
  const rows = await orInMemory(() => db.glossaryTerm.findMany({ orderBy: { position: "asc" }, select: { term: true, expansion: true } }), lastRead.get(db));
  lastRead.set(db, rows);
  return rows;
}
