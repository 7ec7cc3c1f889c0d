/**
 * npm run screenshots — full-page screenshots of every page type at a phone's width (390 px) and a
 * laptop's (1366 px), light and dark, in Debian's Chromium (CHROMIUM_PATH overrides), to read the
 * design as a reader would. Images go to --out (default /tmp/compendium-screenshots) and are not
 * committed. Against --base (a running portal), or it starts one on --port (default 3457).
 */
import { spawn, type ChildProcess } from "node:child_process";
import { mkdirSync } from "node:fs";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { chromium } from "@playwright/test";
import { z } from "zod";

const PAGES = [
  ["home", "/"],
  ["agencies", "/agencies"],
  ["profile-iom", "/agencies/iom"],
  ["profile-fao-recommendations", "/agencies/fao#fao-part-recommendations"],
  ["themes", "/themes"],
  ["theme-remittances", "/themes/remittances"],
  ["recommendations", "/recommendations"],
  ["compare", "/compare?agencies=fao,ilo,iom"],
  ["search-question", "/search?q=how+can+countries+protect+migrant+domestic+workers"],
  ["search-meaning", "/search?q=jailing+people+who+cross+borders+without+papers"],
  ["search-keywords", "/search?q=hatred+against+foreigners"],
  ["search-typo-acronym", "/search?q=Human+Developmnet+Report"],
  ["search-short-page", "/search?q=UNECA"],
  ["search-phrase-page", "/search?q=%22feminization+of+migration%22"],
  ["cite", "/cite/fao-recommendations-c"],
  ["overview", "/overview"],
  ["glossary", "/glossary"],
  ["sign-in", "/editor/sign-in"],
] as const;

const { values } = parseArgs({ options: { base: { type: "string" }, port: { type: "string" }, out: { type: "string" }, dark: { type: "boolean" }, top: { type: "string" }, only: { type: "string" } } });
const args = z
  .object({
    base: z.url().optional(),
    port: z.coerce.number().int().min(1024).max(65535).default(3457),
    out: z.string().min(1).default("/tmp/compendium-screenshots"),
    dark: z.boolean().default(false),
    /** Only the top N pixels of each page (what a reader sees first), instead of the whole page. */
    top: z.coerce.number().int().min(200).max(20_000).optional(),
    /** Only the pages whose names contain this. */
    only: z.string().optional(),
  })
  .parse(values);

async function waitFor(url: string, timeoutMs: number): Promise<void> {
  const started = Date.now();
  while (Date.now() - started < timeoutMs) {
    if (await fetch(url).then((r) => r.ok, () => false)) return;
    await new Promise((r) => setTimeout(r, 500));
  }
  throw new Error(`no answer from ${url} within ${timeoutMs / 1000} s`);
}

async function main(): Promise<void> {
  let server: ChildProcess | null = null;
  const base = args.base ?? `http://127.0.0.1:${args.port}`;
  if (!args.base) {
    server = spawn(process.execPath, ["--conditions=react-server", "--import", "tsx", "scripts/start.ts"], {
      env: { ...process.env, PORT: String(args.port), WEB_CONCURRENCY: "1" },
      stdio: ["ignore", "ignore", "inherit"],
    });
  }
  try {
    await waitFor(`${base}/api/health`, 180_000);
    mkdirSync(args.out, { recursive: true });
    const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium", args: ["--disable-gpu", "--no-first-run"] });
    try {
      for (const scheme of args.dark ? (["light", "dark"] as const) : (["light"] as const)) {
        for (const width of [390, 1366]) {
          const context = await browser.newContext({ viewport: { width, height: width === 390 ? 844 : 900 }, deviceScaleFactor: 1, colorScheme: scheme });
          const page = await context.newPage();
          for (const [name, path] of PAGES.filter(([n]) => !args.only || n.includes(args.only))) {
            await page.goto(base + path, { waitUntil: "networkidle" });
            const file = join(args.out, `${name}-${width}${scheme === "dark" ? "-dark" : ""}.png`);
            await page.screenshot({ path: file, fullPage: true, ...(args.top ? { clip: { x: 0, y: 0, width, height: args.top } } : {}) });
            const size = await page.evaluate(() => ({ width: document.documentElement.scrollWidth, height: document.documentElement.scrollHeight }));
            console.log(`${file}  ${size.width}×${size.height}${size.width > width ? "  WIDER THAN THE SCREEN" : ""}`);
          }
          await context.close();
        }
      }
    } finally {
      await browser.close();
    }
  } finally {
    server?.kill("SIGTERM");
  }
}

main().catch((error: unknown) => {
  console.error("screenshots failed:", error instanceof Error ? error.message : error);
  process.exit(1);
});
