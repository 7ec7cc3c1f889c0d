/** Chapter 1, "The international system working as one", in the export shape. */
import "server-only";
import { overviewSchema, type Footnote, type Overview } from "../../book/schema";
import { getDb, type Db } from "../client";
import { blockWithFootnotes } from "./block-include";
import { toBlock, toFootnote } from "./dto";

export async function getOverview({ db = getDb() }: { db?: Db } = {}): Promise<(Overview & { footnotes: Footnote[] }) | null> {
  const row = await db.chapter.findUnique({
    where: { number: 1 },
    select: {
      title: true,
      blocks: { orderBy: { position: "asc" }, include: blockWithFootnotes },
      footnotes: { orderBy: { position: "asc" } },
    },
  });
  if (!row) return null;
  const overview = overviewSchema.parse({ number: 1, title: row.title, blocks: row.blocks.map(toBlock) });
  return { ...overview, footnotes: row.footnotes.map(toFootnote) };
}
