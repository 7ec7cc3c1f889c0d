// GET /feed.xml — Atom feed of published changes across the book (publishes and restores, newest first).
import { listPublishedChanges } from "@/lib/db/editing/list-published-changes";
import { env } from "@/lib/env";
import { changesFeed } from "@/lib/feeds/atom";
import { atomResponse } from "@/lib/feeds/atom-response";
import { handleRoute, noParams } from "@/lib/http/handle-route";

export const dynamic = "force-dynamic";

export const GET = handleRoute(noParams, async () => atomResponse(changesFeed(env.SITE_URL, await listPublishedChanges(), null)));
