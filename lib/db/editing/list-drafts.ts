/** Every draft, newest first, for the editors' dashboard. */
import "server-only";
import { assertCan, type Actor } from "../../access/actor";
import { getDb, type Db } from "../client";

export type DraftSummary = { slug: string; title: string; part: string; status: string; version: number; updatedAt: string; updatedBy: string; note: string };

export async function listDrafts({ db = getDb(), actor }: { db?: Db; actor: Actor }): Promise<DraftSummary[]> {
  assertCan(actor, "content:read-drafts");
  const drafts = await db.draft.findMany({ orderBy: { updatedAt: "desc" } });
  const chapters = new Map((await db.chapter.findMany({ select: { number: true, slug: true, title: true } })).map((c) => [c.number, c]));
  const users = new Map((await db.user.findMany({ where: { id: { in: drafts.map((d) => d.updatedById) } }, select: { id: true, email: true } })).map((u) => [u.id, u.email]));
  return drafts.map((d) => ({
    slug: chapters.get(d.chapterNumber)?.slug ?? String(d.chapterNumber),
    title: chapters.get(d.chapterNumber)?.title ?? "",
    part: d.part,
    status: d.status,
    version: d.version,
    updatedAt: d.updatedAt.toISOString(),
    updatedBy: users.get(d.updatedById) ?? "a deleted user",
    note: d.note,
  }));
}
