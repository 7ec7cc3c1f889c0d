/** The whole book, as now published, in the export format (README, "Export format"; the data dump). */
import "server-only";
import { bookExportSchema, EXPORT_FORMAT, type BookExport } from "../../book/schema";
import { getDb, type Db } from "../client";
import { getAgencyProfile } from "../chapters/get-agency-profile";
import { getOverview } from "../chapters/get-overview";
import { listGlossary } from "../glossary/list-glossary";

export async function getBookExport({ db = getDb() }: { db?: Db } = {}): Promise<BookExport | null> {
  const [run, overview, glossary, slugs] = await Promise.all([
    db.importRun.findFirst({ orderBy: { id: "desc" } }),
    getOverview({ db }),
    listGlossary({ db }),
    db.chapter.findMany({ where: { kind: "agency" }, orderBy: { number: "asc" }, select: { slug: true } }),
  ]);
  if (!run || !overview) return null;
  const profiles = await Promise.all(slugs.map(({ slug }) => getAgencyProfile({ db, slug })));
  return bookExportSchema.parse({
    format: EXPORT_FORMAT,
    source: { file: run.sourceFile, sha256: run.sourceSha256 },
    overview: { number: 1, title: overview.title, blocks: overview.blocks },
    chapters: profiles.flatMap((p) => (p ? [p.chapter] : [])),
    glossary,
  });
}
