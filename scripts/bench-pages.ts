/**
 * npm run bench:pages — in one run on this machine, against one `npm start` server:
 *  - HTML size of every page type (uncompressed, gzip and brotli as served) against its limit;
 *  - first-load JavaScript per route;
 *  - Lighthouse (mobile and desktop) for home, the IOM profile, a theme, the explorer and search,
 *    with total blocking time and LCP, in Debian's Chromium (CHROME_PATH overrides);
 *  - autocannon throughput and latency at 20 connections for the home page and the IOM profile,
 *    as ratios to /robots.txt from the same server, asked for as a browser does (gzip, br).
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

/** The pages Lighthouse scores (the issue's five page types). */
const PAGES = [
  ["home", "/"],
  ["profile", "/agencies/iom"],
  ["theme", "/themes/remittances"],
  ["explorer", "/recommendations"],
  ["search", "/search?q=how+can+countries+protect+migrant+domestic+workers"],
] as const;

/** Every page type and its size limit in KB (uncompressed): a full chapter or a comparison may be larger. */
const SIZES = [
  ["home", "/", 200],
  ["agency list", "/agencies", 200],
  ["profile (IOM, the longest)", "/agencies/iom", 350],
  ["overview (chapter 1)", "/overview", 350],
  ["themes", "/themes", 200],
  ["theme", "/themes/remittances", 200],
  ["GCM objective", "/themes/gcm-20", 200],
  ["explorer", "/recommendations", 200],
  ["compare, 4 agencies", "/compare?agencies=iom,ilo,unhcr,world-bank&part=activities", 350],
  ["search", "/search?q=remittances", 200],
  ["search, question", "/search?q=how+can+countries+protect+migrant+domestic+workers", 200],
  ["glossary", "/glossary", 200],
  ["citation", "/cite/iom-recommendations-a", 200],
  ["API: IOM chapter (JSON)", "/api/v1/agencies/iom", 350],
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
  const audit = (key: string) => result?.lhr.audits[key]?.numericValue ?? 0;
  return { performance: score("performance"), accessibility: score("accessibility"), bestPractices: score("best-practices"), seo: score("seo"), cls: audit("cumulative-layout-shift"), tbt: audit("total-blocking-time"), lcp: audit("largest-contentful-paint") };
}

function load(path: string, seconds: number, encoding = "gzip, deflate, br"): Promise<autocannon.Result> {
  return autocannon({ url: base + path, connections: 20, duration: seconds, headers: { "accept-encoding": encoding } });
}

async function sizeOf(path: string, encoding: string): Promise<number> {
  // node:http, not fetch: fetch would decompress, and this measures the bytes on the wire.
  const { get } = await import("node:http");
  return new Promise((resolve, reject) => {
    get(base + path, { headers: { "accept-encoding": encoding } }, (response) => {
      let bytes = 0;
      response.on("data", (chunk: Buffer) => (bytes += chunk.length));
      response.on("end", () => resolve(bytes));
    }).on("error", reject);
  });
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
    for (const [, path] of [...PAGES, ...SIZES]) await fetch(base + path); // warm the page caches

    console.log("\nHTML size per page type (KB): uncompressed (limit) · gzip · brotli, as served");
    let over = 0;
    for (const [name, path, limit] of SIZES) {
      const [raw, gzip, br] = [await sizeOf(path, "identity"), await sizeOf(path, "gzip"), await sizeOf(path, "br")];
      if (raw / 1024 > limit) over++;
      console.log(`  ${name.padEnd(28)} ${(raw / 1024).toFixed(0).padStart(5)} (≤ ${limit}) ${raw / 1024 > limit ? "OVER" : "ok  "} ${(gzip / 1024).toFixed(0).padStart(5)} ${(br / 1024).toFixed(0).padStart(5)}   ${path}`);
    }
    console.log(`  ${over === 0 ? "every page type within its limit" : `${over} page type(s) over the limit`}`);

    console.log("\nFirst-load JavaScript (gzip), per route");
    for (const [name, path] of PAGES) {
      const js = await firstLoadJs(path);
      console.log(`  ${name.padEnd(9)} ${path.slice(0, 40).padEnd(40)} ${(js.gzipBytes / 1024).toFixed(1).padStart(6)} kB in ${js.files} files`);
    }

    const chrome = await chromeLauncher.launch({
      chromePath,
      chromeFlags: ["--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
    });
    try {
      for (const preset of ["mobile", "desktop"] as const) {
        console.log(`\nLighthouse (${preset}): performance / accessibility / best practices / SEO · TBT · LCP · CLS`);
        for (const [name, path] of PAGES) {
          const s = await lighthouseScores(chrome, path, preset);
          console.log(
            `  ${name.padEnd(9)} ${path.slice(0, 40).padEnd(40)} ${String(s.performance).padStart(3)} / ${String(s.accessibility).padStart(3)} / ${String(s.bestPractices).padStart(3)} / ${String(s.seo).padStart(3)}   TBT ${s.tbt.toFixed(0).padStart(4)} ms   LCP ${(s.lcp / 1000).toFixed(2)} s   CLS ${s.cls.toFixed(3)}`,
          );
        }
      }
    } finally {
      chrome.kill();
    }

    console.log(`\nautocannon, 20 connections, ${args.seconds} s each, accept-encoding as a browser sends it`);
    const row = (name: string, r: autocannon.Result, baseline?: autocannon.Result) =>
      console.log(
        `  ${name.padEnd(30)} ${r.requests.average.toFixed(0).padStart(6)} req/s   p50 ${String(r.latency.p50).padStart(4)} ms   p99 ${String(r.latency.p99).padStart(4)} ms   errors ${r.errors + r.non2xx}${baseline ? `   ratio ${(r.requests.average / baseline.requests.average).toFixed(2)}` : ""}`,
      );
    const baseline = await load("/robots.txt", args.seconds);
    row("baseline /robots.txt", baseline);
    // robots.txt is rendered by Next.js at run time (its sitemap line follows the site's address); a file it serves from disk is the cheaper reference.
    const file = await load("/icon.svg", args.seconds);
    row("reference /icon.svg (a file)", file);
    row("home /", await load("/", args.seconds), baseline);
    row("profile /agencies/iom", await load("/agencies/iom", args.seconds), baseline);
    row("profile, uncompressed", await load("/agencies/iom", args.seconds, "identity"), baseline);
    row("theme /themes/remittances", await load("/themes/remittances", args.seconds), baseline);
    const profile = await load("/agencies/iom", args.seconds);
    console.log(`  profile against the file: throughput ratio ${(profile.requests.average / file.requests.average).toFixed(2)}`);
  } finally {
    server.kill("SIGTERM");
  }
}

main().catch((error: unknown) => {
  console.error("bench:pages failed:", error);
  process.exit(1);
});
