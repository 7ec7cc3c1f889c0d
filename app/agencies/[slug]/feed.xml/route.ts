// GET /agencies/:slug/feed.xml — Atom feed of one agency's published changes.
import { getAgencyProfile } from "@/lib/db/chapters/get-agency-profile";
import { listPublishedChanges } from "@/lib/db/editing/list-published-changes";
import { env } from "@/lib/env";
import { AppError } from "@/lib/errors/app-error";
import { changesFeed } from "@/lib/feeds/atom";
import { atomResponse } from "@/lib/feeds/atom-response";
import { handleRoute, slugParams } from "@/lib/http/handle-route";

export const dynamic = "force-dynamic";

export const GET = handleRoute(slugParams, async (_request, { slug }) => {
  const profile = await getAgencyProfile({ slug });
  if (!profile) throw new AppError("NOT_FOUND", `No agency with slug "${slug}".`);
  return atomResponse(changesFeed(env.SITE_URL, await listPublishedChanges({ slug }), { slug, title: profile.chapter.acronym ?? profile.chapter.title }));
});
