// GET /api/health — for load balancers: is the database reachable, and which content version does this worker serve?
// 503 when this worker cannot serve: the database does not answer, or its search index is not built yet.
import { NextResponse } from "next/server";
import { getDb } from "@/lib/db/client";
import { pingDatabase } from "@/lib/db/health/ping-database";
import { servedContentVersion } from "@/lib/search/get-search-engine";

export const dynamic = "force-dynamic";

export async function GET() {
  const database = await pingDatabase(getDb());
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
