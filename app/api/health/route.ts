// GET /api/health — for load balancers: is the database reachable, and which content version does this worker serve?
// 503 when this worker cannot serve: the database does not answer, or its search index is not built yet.
import { NextResponse } from "next/server";
import { pingDatabase } from "@/lib/db/health/ping-database";
import { getSearchEngine, servedContentVersion } from "@/lib/search/get-search-engine";

export const dynamic = "force-dynamic";

export async function GET() {
  const database = await pingDatabase();
  // A built index is asked to catch up (it keeps answering while it rebuilds), so a worker nobody
  // searches on still turns fresh; the page cache polls this to know when a page may be kept.
  const before = servedContentVersion();
  if (database.reachable && before !== null && before !== database.contentVersion) {
    await getSearchEngine({ pollMs: 0 }).catch((error: unknown) => console.error("health: the search index could not catch up:", error));
  }
  const served = servedContentVersion();
  const ok = database.reachable && served !== null;
  return NextResponse.json(
    {
      status: ok ? "ok" : "unavailable",
      database,
      content: { served, current: database.reachable ? database.contentVersion : null, fresh: database.reachable && served === database.contentVersion },
      worker: { pid: process.pid, uptimeSeconds: Math.round(process.uptime()) },
    },
    { status: ok ? 200 : 503, headers: { "Cache-Control": "no-store" } },
  );
}
