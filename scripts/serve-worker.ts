/**
 * One server process of `npm start` (scripts/start.ts forks several with node:cluster):
 * the built Next.js app behind a plain Node HTTP server and its front door (lib/server/front-door.ts).
 * The workers share the port; the cluster primary hands each new connection to the next worker
 * that listens. A worker listens only once it is warm (Next.js prepared, search index built), so a
 * replacement never answers slowly; on SIGTERM it stops taking connections, finishes the requests
 * it has, and exits.
 *
 * Each worker also keeps a private server on a loopback port of its own: the page cache
 * (lib/server/page-cache.ts) renders pages through it, and asks it for the content version.
 */
import { createServer, type RequestListener, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import next from "next";
import { z } from "zod";
import { env } from "../lib/env";
import { CACHE_RENDER_HEADER } from "../lib/request-headers";
import { frontDoor } from "../lib/server/front-door";
import { createPageCache, type ContentState, type PageCache, type Rendered } from "../lib/server/page-cache";

const port = env.PORT;
/** How long a stopping worker keeps answering, with Connection: close, before it stops listening. */
const DRAIN_MS = 1500;
const app = next({ dev: false, dir: process.cwd(), hostname: "localhost", port });

const healthSchema = z.object({ content: z.object({ current: z.number().int().nullable(), fresh: z.boolean() }) });

/** The private server, on a loopback port of its own (`exclusive`: not shared with the cluster). */
async function listenPrivately(listener: RequestListener): Promise<{ server: Server; base: string }> {
  const server = createServer(listener);
  await new Promise<void>((resolve) => server.listen({ port: 0, host: "127.0.0.1", exclusive: true }, resolve));
  return { server, base: `http://127.0.0.1:${(server.address() as AddressInfo).port}` };
}

/** Warms the worker through the real stack before it takes connections: a search (which builds the index) and a page. */
async function warm(base: string): Promise<void> {
  try {
    for (const path of ["/api/v1/search?q=migration&limit=1", "/agencies/iom"]) {
      const response = await fetch(base + path, { signal: AbortSignal.timeout(60_000) });
      if (!response.ok) console.error(`server worker: warming ${path} answered ${response.status}`);
      await response.arrayBuffer();
    }
  } catch (error) {
    // A database that is down now is not a reason not to serve: the index is built on first use.
    console.error("server worker: not warmed before serving:", error instanceof Error ? error.message : error);
  }
}

function pageCacheOn(base: string): PageCache {
  const render = async (pathAndQuery: string): Promise<Rendered> => {
    // No cookies and no nonce: the page as any visitor sees it. Uncompressed; the cache compresses once.
    const response = await fetch(base + pathAndQuery, { headers: { [CACHE_RENDER_HEADER]: "1", accept: "text/html", "accept-encoding": "identity" }, redirect: "manual", signal: AbortSignal.timeout(60_000) });
    const headers: [string, string][] = [];
    response.headers.forEach((value, name) => headers.push([name, value]));
    return { status: response.status, headers, body: Buffer.from(await response.arrayBuffer()) };
  };
  const contentState = async (): Promise<ContentState> => {
    const response = await fetch(`${base}/api/health`, { signal: AbortSignal.timeout(5000) });
    const health = healthSchema.safeParse(await response.json().catch(() => null));
    if (!health.success || health.data.content.current === null) return null;
    return { version: health.data.content.current, fresh: health.data.content.fresh };
  };
  return createPageCache({ render, contentState, pollMs: env.CONTENT_POLL_MS, maxBytes: env.PAGE_CACHE_MB * 1024 * 1024 });
}

async function main(): Promise<void> {
  await app.prepare();
  const handle = app.getRequestHandler();
  const doorOptions = { trustedProxies: env.TRUSTED_PROXIES, https: env.SITE_URL.startsWith("https:") };
  const privateDoor = frontDoor(async (request, response) => handle(request, response), { ...doorOptions, renders: true });
  const privately = await listenPrivately((request, response) => void privateDoor(request, response));
  await warm(privately.base);
  const pages = env.PAGE_CACHE_MB > 0 ? pageCacheOn(privately.base) : null;
  await pages?.check();
  const door = frontDoor(async (request, response) => {
    if (!(await pages?.serve(request, response))) await handle(request, response);
  }, doorOptions);
  let draining = false;
  const listener: RequestListener = (request, response) => {
    // While draining, every answer tells the client to close this connection and open a new one
    // (which another worker takes): nothing is cut off mid-request.
    if (draining) response.setHeader("Connection", "close");
    void door(request, response);
  };
  const server = createServer(listener);
  server.listen(port, () => process.send?.({ ready: true }));
  process.on("SIGTERM", () => {
    if (draining) return;
    draining = true;
    // Busy keep-alive connections close after their next answer; then the server stops listening and
    // closes what is left idle (closing at once would race a client sending on an idle connection).
    setTimeout(() => server.close(() => process.exit(0)), DRAIN_MS).unref();
    pages?.stop();
    setTimeout(() => process.exit(0), 10_000).unref();
  });
}

main().catch((error: unknown) => {
  console.error("server worker: failed to start:", error instanceof Error ? error.message : error);
  process.exit(1);
});
