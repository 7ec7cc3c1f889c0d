/** bench:search over HTTP: the portal started with npm start on 127.0.0.1, driven by autocannon, against its own /robots.txt and /icon.svg. */
import { spawn } from "node:child_process";
import autocannon from "autocannon";
import { percentile } from "./measure";

export type HttpFigures = { p50: number; p95: number; requests: number; errors: number };

/**
 * `amount` requests over 20 concurrent connections with autocannon, each connection cycling through
 * `paths`. Latency percentiles come from every response's own time, so p95 is exact.
 */
async function load(base: string, paths: string[], amount = 4000): Promise<HttpFigures> {
  const times: number[] = [];
  let errors = 0;
  const result = await new Promise<autocannon.Result>((resolve, reject) => {
    const options = { url: base, connections: 20, amount, requests: paths.map((path) => ({ method: "GET" as const, path })) };
    const instance = autocannon(options, (error, done) => (error ? reject(error) : resolve(done)));
    instance.on("response", (_client, statusCode, _bytes, responseTime) => {
      times.push(responseTime);
      if (statusCode !== 200) errors++;
    });
  });
  return { p50: percentile(times, 50), p95: percentile(times, 95), requests: times.length, errors: errors + result.errors + result.timeouts };
}

/** The search API, and /robots.txt (the cheapest response the server gives) as the same run's baseline. */
export async function httpLatency(port: number, queries: { query: string; kind: string }[]): Promise<{ search: HttpFigures; baseline: HttpFigures; file: HttpFigures; fresh: HttpFigures }> {
  const server = spawn(process.execPath, ["--conditions=react-server", "--import", "tsx", "scripts/start.ts"], {
    env: { ...process.env, PORT: String(port), NODE_ENV: "production" },
    stdio: ["ignore", "ignore", "inherit"],
  });
  try {
    const base = `http://127.0.0.1:${port}`;
    for (let i = 0; i < 360; i++) {
      try {
        if ((await fetch(`${base}/api/v1/search?q=warm`)).ok) break;
      } catch {
        // starting
      }
      await new Promise((r) => setTimeout(r, 500));
    }
    const paths = queries.map((q) => `/api/v1/search?q=${encodeURIComponent(q.query)}&limit=10`);
    globalThis.gc?.();
    // Steady state, as for in-process latency: every worker's JIT settles over the first few thousand requests.
    await load(base, paths, 8000);
    const baseline = await load(base, ["/robots.txt"]);
    const file = await load(base, ["/icon.svg"]);
    const search = await load(base, paths);
    // Questions no worker has seen, so every one is encoded (the workers keep recent query vectors):
    // the encoder's throughput under load, one model for the whole server.
    const questions = queries.filter((q) => q.kind === "question").map((q) => q.query);
    const freshPaths = Array.from({ length: 600 }, (_, i) => `/api/v1/search?q=${encodeURIComponent(`${questions[i % questions.length]} ${NONCE_WORDS[Math.floor(i / questions.length) % NONCE_WORDS.length]}`)}&limit=10`);
    const fresh = await load(base, freshPaths, freshPaths.length);
    return { search, baseline, file, fresh };
  } finally {
    server.kill("SIGTERM");
  }
}

/** Words that make a labelled question new to the encoder's caches (each changes what is encoded, little what is found). */
const NONCE_WORDS = ["today", "now", "please", "briefly", "exactly", "really", "overall", "generally", "currently", "mainly", "usually", "actually", "simply", "broadly", "roughly"];
