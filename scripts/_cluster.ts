import cluster from "node:cluster";
import { createServer } from "node:http";
import next from "next";
const workers = Number(process.env.WORKERS ?? 2);
if (cluster.isPrimary) {
  for (let i = 0; i < workers; i++) cluster.fork();
} else {
  const app = next({ dev: false, dir: process.cwd(), hostname: "127.0.0.1", port: 3302 });
  await app.prepare();
  const handle = app.getRequestHandler();
  createServer((req, res) => handle(req, res)).listen(3302, "127.0.0.1");
}
