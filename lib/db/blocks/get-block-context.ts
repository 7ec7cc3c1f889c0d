/** One block with its chapter and part, for the citation page. */
import "server-only";
import { getDb, type Db } from "../client";
import { parseKinds } from "../chapters/dto";

export async function getBlockContext({ db = getDb(), id }: { db?: Db; id: string }) {
  const row = await db.block.findUnique({
    where: { id },
    select: {
      id: true,
      type: true,
      label: true,
      text: true,
      section: { select: { kinds: true } },
      chapter: { select: { number: true, slug: true, kind: true, title: true, acronym: true, firstPage: true, lastPage: true } },
    },
  });
  if (!row) return null;
  return { ...row, kinds: row.section ? parseKinds(row.section.kinds) : [] };
}
