/**
 * One server process of `npm start` (scripts/start.ts forks several with node:cluster):
 * the built Next.js app behind a plain Node HTTP server and its front door (lib/server/front-door.ts). The workers share the port; the
 * cluster primary hands each new connection to the next worker in turn.
 */
import { createServer } from "node:http";
import next from "next";
import { env } from "../lib/env";
import { frontDoor } from "../lib/server/front-door";

const port = env.PORT;
const app = next({ dev: false, dir: process.cwd(), hostname: "localhost", port });

async function main(): Promise<void> {
  await app.prepare();
  const handle = app.getRequestHandler();
  const door = frontDoor(async (request, response) => handle(request, response), { trustedProxies: env.TRUSTED_PROXIES, https: env.SITE_URL.startsWith("https:") });
  const server = createServer((request, response) => void door(request, response));
  server.listen(port, () => process.send?.({ ready: true }));
  process.on("SIGTERM", () => server.close(() => process.exit(0)));
}

main().catch((error: unknown) => {
  console.error("server worker: failed to start:", error instanceof Error ? error.message : error);
  process.exit(1);
});
