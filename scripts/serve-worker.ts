/**
 * One server process of `npm start` (scripts/start.ts forks several with node:cluster):
 * the built Next.js app behind a plain Node HTTP server and its front door (lib/server/front-door.ts).
 * The workers share the port; the cluster primary hands each new connection to the next worker
 * that listens. A worker listens only once it is warm (Next.js prepared, search index built), so a
 * replacement never answers slowly; on SIGTERM it stops taking connections, finishes the requests
 * it has, and exits.
 */
import { createServer, type RequestListener } from "node:http";
import type { AddressInfo } from "node:net";
import next from "next";
import { env } from "../lib/env";
import { frontDoor } from "../lib/server/front-door";

const port = env.PORT;
/** How long a stopping worker keeps answering, with Connection: close, before it stops listening. */
const DRAIN_MS = 1500;
const app = next({ dev: false, dir: process.cwd(), hostname: "localhost", port });

/**
 * Warms the worker through the real stack before it takes connections: a search (which builds the
 * index) and a page, served on a private port of its own (`exclusive`: not shared with the cluster).
 */
async function warm(listener: RequestListener): Promise<void> {
  const private_ = createServer(listener);
  await new Promise<void>((resolve) => private_.listen({ port: 0, host: "127.0.0.1", exclusive: true }, resolve));
  const base = `http://127.0.0.1:${(private_.address() as AddressInfo).port}`;
  try {
    for (const path of ["/api/v1/search?q=migration&limit=1", "/agencies/iom"]) {
      const response = await fetch(base + path, { signal: AbortSignal.timeout(60_000) });
      if (!response.ok) console.error(`server worker: warming ${path} answered ${response.status}`);
      await response.arrayBuffer();
    }
  } catch (error) {
    // A database that is down now is not a reason not to serve: the index is built on first use.
    console.error("server worker: not warmed before serving:", error instanceof Error ? error.message : error);
  } finally {
    await new Promise((resolve) => private_.close(resolve));
  }
}

async function main(): Promise<void> {
  await app.prepare();
  const handle = app.getRequestHandler();
  const door = frontDoor(async (request, response) => handle(request, response), { trustedProxies: env.TRUSTED_PROXIES, https: env.SITE_URL.startsWith("https:") });
  let draining = false;
  const listener: RequestListener = (request, response) => {
    // While draining, every answer tells the client to close this connection and open a new one
    // (which another worker takes): nothing is cut off mid-request.
    if (draining) response.setHeader("Connection", "close");
    void door(request, response);
  };
  await warm(listener);
  const server = createServer(listener);
  server.listen(port, () => process.send?.({ ready: true }));
  process.on("SIGTERM", () => {
    if (draining) return;
    draining = true;
    // Busy keep-alive connections close after their next answer; then the server stops listening and
    // closes what is left idle (closing at once would race a client sending on an idle connection).
    setTimeout(() => server.close(() => process.exit(0)), DRAIN_MS).unref();
    setTimeout(() => process.exit(0), 10_000).unref();
  });
}

main().catch((error: unknown) => {
  console.error("server worker: failed to start:", error instanceof Error ? error.message : error);
  process.exit(1);
});
