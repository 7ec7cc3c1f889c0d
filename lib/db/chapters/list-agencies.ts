/** All agency chapters in book order, with the parts each reports and its block count. */
import "server-only";
import type { PartKind } from "../../book/schema";
import { getDb, type Db } from "../client";
import { chapterMetaSelect, parseKinds, type ChapterMeta } from "./dto";

export type AgencySummary = ChapterMeta & { kinds: PartKind[]; blocks: number };

export async function listAgencies({ db = getDb() }: { db?: Db } = {}): Promise<AgencySummary[]> {
  const rows = await db.chapter.findMany({
    where: { kind: "agency" },
    orderBy: { number: "asc" },
    select: {
      ...chapterMetaSelect,
      sections: { orderBy: { position: "asc" }, select: { kinds: true } },
      _count: { select: { blocks: true } },
    },
  });
  return rows.map(({ sections, _count, ...meta }) => ({
    ...meta,
    kinds: sections.flatMap((s) => parseKinds(s.kinds)),
    blocks: _count.blocks,
  }));
}
