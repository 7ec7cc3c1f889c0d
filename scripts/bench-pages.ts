/**
 * npm run bench:pages — Lighthouse scores for four page types, first-load JavaScript per
 * route, and autocannon throughput/latency for a profile page against a static baseline,
 * all measured in one run on this machine with Debian's Chromium (CHROME_PATH overrides).
 * Loopback only. Options: --port N (default 3456), --seconds N (default 10).
 */
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { existsSync } from "node:fs";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { gzipSync } from "node:zlib";
import autocannon from "autocannon";
import * as chromeLauncher from "chrome-launcher";
import lighthouse from "lighthouse";
import { z } from "zod";

const { values } = parseArgs({ options: { port: { type: "string" }, seconds: { type: "string" } } });
const args = z
  .object({ port: z.coerce.number().int().min(1024).max(65535).default(3456), seconds: z.coerce.number().int().min(2).max(120).default(10) })
  .parse({ port: values.port, seconds: values.seconds });
const base = `http://127.0.0.1:${args.port}`;
const root = process.cwd();
const chromePath = process.env.CHROME_PATH ?? "/usr/bin/chromium";

const PAGES = [
  ["home", "/"],
  ["profile", "/agencies/fao"],
  ["theme", "/themes/remittances"],
  ["explorer", "/recommendations"],
] as const;

async function waitFor(url: string, timeoutMs: number) {
  const start = Date.now();
  while (Date.now() - start < timeoutMs) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 500));
  }
  throw new Error(`server did not answer at ${url}`);
}

async function firstLoadJs(path: string): Promise<{ files: number; gzipBytes: number }> {
  const html = await (await fetch(base + path)).text();
  // Scripts marked noModule are legacy polyfills that modern browsers never download.
  const tags = [...html.matchAll(/<script([^>]*)\ssrc="([^"]+)"([^>]*)>/g)].filter((m) => !/nomodule/i.test(m[1]! + m[3]!));
  const sources = [...new Set(tags.map((m) => m[2]!))];
  let gzipBytes = 0;
  for (const src of sources) {
    const body = Buffer.from(await (await fetch(new URL(src, base))).arrayBuffer());
    gzipBytes += gzipSync(body).length;
  }
  return { files: sources.length, gzipBytes };
}

async function lighthouseScores(chrome: chromeLauncher.LaunchedChrome, path: string, preset: "mobile" | "desktop") {
  const config = preset === "desktop" ? (await import("lighthouse/core/config/desktop-config.js")).default : undefined;
  const result = await lighthouse(base + path, { port: chrome.port, output: "json", logLevel: "error" }, config);
  const categories = result?.lhr.categories ?? {};
  const score = (key: string) => Math.round((categories[key]?.score ?? 0) * 100);
  return { performance: score("performance"), accessibility: score("accessibility"), bestPractices: score("best-practices"), seo: score("seo"), cls: result?.lhr.audits["cumulative-layout-shift"]?.numericValue ?? 0 };
}

function load(path: string, seconds: number): Promise<autocannon.Result> {
  return autocannon({ url: base + path, connections: 20, duration: seconds });
}

async function main() {
  if (!existsSync(join(root, ".next/BUILD_ID"))) {
    console.log("› building");
    const build = spawnSync(process.execPath, [join(root, "node_modules/next/dist/bin/next"), "build"], { stdio: "inherit" });
    if (build.status !== 0) process.exit(1);
  }
  console.log(`› starting the portal on ${base}`);
  const server: ChildProcess = spawn(process.execPath, ["--conditions=react-server", "--import", "tsx", "scripts/start.ts"], {
    env: { ...process.env, PORT: String(args.port), NODE_ENV: "production" },
    stdio: ["ignore", "ignore", "inherit"],
  });
  try {
    await waitFor(`${base}/api/v1/agencies`, 180_000);
    for (const [, path] of PAGES) await fetch(base + path); // warm caches

    console.log("\nFirst-load JavaScript (gzip), per route");
    for (const [name, path] of PAGES) {
      const js = await firstLoadJs(path);
      console.log(`  ${name.padEnd(9)} ${path.padEnd(22)} ${(js.gzipBytes / 1024).toFixed(1).padStart(6)} kB in ${js.files} files`);
    }

    const chrome = await chromeLauncher.launch({
      chromePath,
      chromeFlags: ["--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
    });
    try {
      for (const preset of ["mobile", "desktop"] as const) {
        console.log(`\nLighthouse (${preset}): performance / accessibility / best practices / SEO, CLS`);
        for (const [name, path] of PAGES) {
          const s = await lighthouseScores(chrome, path, preset);
          console.log(`  ${name.padEnd(9)} ${path.padEnd(22)} ${String(s.performance).padStart(3)} / ${String(s.accessibility).padStart(3)} / ${String(s.bestPractices).padStart(3)} / ${String(s.seo).padStart(3)}   CLS ${s.cls.toFixed(3)}`);
        }
      }
    } finally {
      chrome.kill();
    }

    console.log(`\nautocannon, 20 connections, ${args.seconds} s each`);
    const baseline = await load("/robots.txt", args.seconds);
    const profile = await load("/agencies/fao", args.seconds);
    const row = (name: string, r: autocannon.Result) =>
      console.log(`  ${name.padEnd(26)} ${r.requests.average.toFixed(0).padStart(6)} req/s   p50 ${String(r.latency.p50).padStart(4)} ms   p99 ${String(r.latency.p99).padStart(4)} ms   errors ${r.errors + r.non2xx}`);
    row("baseline /robots.txt", baseline);
    row("profile /agencies/fao", profile);
    console.log(`  ratio profile/baseline: throughput ${(profile.requests.average / baseline.requests.average).toFixed(3)}, p99 ${(profile.latency.p99 / Math.max(1, baseline.latency.p99)).toFixed(1)}x`);
  } finally {
    server.kill("SIGTERM");
  }
}

main().catch((error: unknown) => {
  console.error("bench:pages failed:", error);
  process.exit(1);
});
