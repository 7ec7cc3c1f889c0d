/**
 * npm run bench:soak [-- --seconds 60 --port 3459]: mixed traffic (pages, search, API, exports) at 20
 * connections against `npm start` on 127.0.0.1 for a bounded time, after a warm-up. Prints errors
 * (target 0), latency percentiles with p99, the same run's /robots.txt baseline, and each worker's
 * memory (RSS) at the start and the end of the soak (target: growth under 10%).
 */
import { spawn, spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { parseArgs } from "node:util";
import autocannon from "autocannon";
import { z } from "zod";

const { values } = parseArgs({ options: { seconds: { type: "string" }, port: { type: "string" } } });
const seconds = z.coerce.number().int().min(5).max(600).default(60).parse(values.seconds);
const port = z.coerce.number().int().min(1024).max(65535).default(3459).parse(values.port);
const base = `http://127.0.0.1:${port}`;

const MIX = [
  "/",
  "/agencies/iom",
  "/agencies/fao",
  "/themes/remittances",
  "/recommendations?agency=ilo",
  "/compare?agencies=fao,ilo,iom",
  "/search?q=how+can+countries+protect+migrant+domestic+workers",
  "/api/v1/search?q=remittances&limit=10",
  "/api/v1/search?q=hatred+against+foreigners&limit=10",
  "/api/v1/agencies",
  "/api/v1/recommendations?limit=20",
  "/api/v1/passages/fao-recommendations-c/similar",
  "/api/v1/export?format=csv&agency=fao",
  "/api/health",
];

function rssOf(pid: number): number {
  const status = readFileSync(`/proc/${pid}/status`, "utf8");
  return Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0) * 1024;
}

function workers(primary: number): number[] {
  return spawnSync("pgrep", ["-P", String(primary)], { encoding: "utf8" }).stdout.split("\n").filter(Boolean).map(Number);
}

function run(paths: string[], options: { duration?: number; amount?: number }): Promise<autocannon.Result> {
  return new Promise((resolve, reject) => {
    const instance = autocannon({ url: base, connections: 20, ...options, requests: paths.map((path) => ({ path })) }, (error, result) => (error ? reject(error) : resolve(result)));
    instance.on("error", reject);
  });
}

async function main() {
  const server = spawn(process.execPath, ["--conditions=react-server", "--import", "tsx", "scripts/start.ts"], { env: { ...process.env, PORT: String(port), NODE_ENV: "production" }, stdio: ["ignore", "pipe", "inherit"] });
  let log = "";
  server.stdout!.on("data", (chunk: Buffer) => (log += chunk.toString()));
  try {
    for (let i = 0; i < 480 && !/serving on/.test(log); i++) await new Promise((r) => setTimeout(r, 500));
    if (!/serving on/.test(log)) throw new Error("the server did not start");
    // Warm-up: every path, then a short mixed run, so the JIT and caches settle before memory is read.
    await run(MIX, { amount: 3000 });
    const pids = workers(server.pid!);
    const start = pids.map(rssOf);
    const soak = await run(MIX, { duration: seconds });
    const end = pids.map(rssOf);
    const baseline = await run(["/robots.txt"], { amount: 4000 });

    const mb = (bytes: number) => (bytes / 1024 / 1024).toFixed(1);
    console.log(`Soak: ${seconds} s of mixed traffic (${MIX.length} paths: pages, search, API, exports) at 20 connections, ${pids.length} workers\n`);
    console.log("run".padEnd(16) + ["requests", "req/s", "errors", "non-2xx", "p50 ms", "p90 ms", "p99 ms", "max ms"].map((h) => h.padStart(10)).join(""));
    for (const [name, r] of [["mixed soak", soak], ["/robots.txt", baseline]] as const) {
      console.log(name.padEnd(16) + [r.requests.total, Math.round(r.requests.average), r.errors + r.timeouts, r.non2xx, r.latency.p50, r.latency.p90, r.latency.p99, r.latency.max].map((v) => String(v).padStart(10)).join(""));
    }
    console.log(`\nratio p99 soak ÷ /robots.txt: ${(soak.latency.p99 / Math.max(1, baseline.latency.p99)).toFixed(2)}`);
    console.log("\nworker".padEnd(12) + "RSS start".padStart(12) + "RSS end".padStart(12) + "growth".padStart(10));
    pids.forEach((pid, i) => console.log(String(pid).padEnd(11) + `${mb(start[i]!)} MB`.padStart(12) + `${mb(end[i]!)} MB`.padStart(12) + `${(((end[i]! - start[i]!) / start[i]!) * 100).toFixed(1)}%`.padStart(10)));
    const ok = soak.errors + soak.timeouts === 0 && soak.non2xx === 0;
    console.log(`\n${ok ? "no errors" : "ERRORS"}; worst memory growth ${Math.max(...pids.map((_, i) => ((end[i]! - start[i]!) / start[i]!) * 100)).toFixed(1)}% (target under 10%)`);
  } finally {
    server.kill("SIGTERM");
  }
}

main().catch((error: unknown) => {
  console.error("bench:soak failed:", error);
  process.exit(1);
});
