/**
 * The page cache of each `npm start` worker, between the front door and Next.js. Public pages
 * change only when an admin publishes, so each is rendered once per content version and then
 * served from memory, already compressed.
 *
 * - What is cached: GET/HEAD of a page, feed or the sitemap by a visitor without a session cookie,
 *   outside /editor and /api, that rendered 200 without Set-Cookie. The key is path + query; an entry
 *   belongs to one content version.
 * - How it renders: a miss asks Next.js through `render` (the worker's private loopback server)
 *   with no cookies at all, so a cached page can hold nothing personal, and without a CSP nonce.
 *   The page's CSP then lists the sha256 of each inline script it holds ('unsafe-inline' never),
 *   so the bytes are the same for everyone and a CDN may keep them too.
 * - Invalidation: `contentState` (the worker's /api/health) is polled every `pollMs`; a new
 *   version empties the cache, and a lookup whose last check is older than `pollMs` checks first,
 *   so a publish shows within `pollMs`. A render is stored only if the version was the same
 *   before and after it, and the worker's search index was current (no half-old page is kept).
 * - Memory: an LRU bounded in bytes (raw + gzip + brotli of every entry).
 */
import { createHash } from "node:crypto";
import type { IncomingMessage, ServerResponse } from "node:http";
import { brotliCompressSync, constants as zlib, gzipSync } from "node:zlib";
import { cachedPageCsp } from "../http/security-headers";

/** Says how a page was served: hit, miss (rendered and stored), uncached (rendered, not stored) or bypass. */
export const CACHE_STATUS_HEADER = "x-page-cache";

export type Rendered = { status: number; headers: [string, string][]; body: Buffer };
export type ContentState = { version: number; fresh: boolean } | null;
export type PageCacheOptions = {
  render: (pathAndQuery: string) => Promise<Rendered>;
  contentState: () => Promise<ContentState>;
  pollMs: number;
  maxBytes: number;
};

type Entry = {
  version: number;
  status: number;
  headers: [string, string][];
  raw: Buffer;
  /** Compressed once, when first asked for (a stored page: when it is stored, so its bytes count in the LRU). */
  gzip?: Buffer;
  br?: Buffer;
  etag: string;
  bytes: number;
};

/** Better Auth's session cookies (plain and __Secure- prefixed): a signed-in visitor never meets the cache. */
const SESSION_COOKIE = /(?:^|;\s*)(?:__Secure-)?better-auth\./;
/** Response headers that describe one transfer, or that the cache sets itself. */
const DROPPED = new Set(["set-cookie", "content-length", "content-encoding", "transfer-encoding", "connection", "keep-alive", "date", "cache-control", "content-security-policy", "etag", "vary", CACHE_STATUS_HEADER]);
const CACHED_TYPES = /^(text\/html|application\/atom\+xml|application\/xml)\b/;

/** The cache key of a request, or why it is not served from the cache. */
export function cacheKey(method: string | undefined, url: string | undefined, headers: IncomingMessage["headers"]): { key: string } | { bypass: string } {
  if (method !== "GET" && method !== "HEAD") return { bypass: "method" };
  const target = url ?? "/";
  if (!target.startsWith("/") || target.startsWith("//")) return { bypass: "target" };
  const path = target.split("?")[0]!;
  if (/^\/(?:api|_next|editor)(?:\/|$)/.test(path)) return { bypass: "path" };
  // Files (robots.txt, icon.svg, exports) are cheap for Next.js; of them only the feeds and the sitemap are rendered from the database.
  if (/\.[a-z0-9]+$/i.test(path) && !/(?:^|\/)(?:feed|sitemap)\.xml$/.test(path)) return { bypass: "file" };
  if (typeof headers.cookie === "string" && SESSION_COOKIE.test(headers.cookie)) return { bypass: "session" };
  // Client-side navigations ask for the React Server Components payload, not the page.
  if (headers.rsc !== undefined || headers["next-action"] !== undefined || /[?&]_rsc=/.test(target)) return { bypass: "rsc" };
  return { key: target };
}

/** The CSP source of every inline script in an HTML page: what the browser hashes is the text between the tags. */
export function inlineScriptHashes(html: string): string[] {
  const hashes = new Set<string>();
  for (const match of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)) {
    const attributes = match[1]!;
    if (/\ssrc\s*=/i.test(attributes) || match[2]!.length === 0) continue;
    // Data blocks (JSON-LD) are never run, and CSP does not apply to them.
    const type = /\stype\s*=\s*"([^"]*)"/i.exec(attributes)?.[1]?.toLowerCase();
    if (type && !/^(text\/javascript|module|application\/javascript)$/.test(type)) continue;
    hashes.add(`'sha256-${createHash("sha256").update(match[2]!, "utf8").digest("base64")}'`);
  }
  return [...hashes];
}

/** Which stored encoding a client asked for (brotli first). q=0 refuses an encoding. */
export function pickEncoding(acceptEncoding: string | string[] | undefined): "br" | "gzip" | null {
  const list = (Array.isArray(acceptEncoding) ? acceptEncoding.join(",") : (acceptEncoding ?? "")).toLowerCase();
  const accepted = new Set(
    list
      .split(",")
      .map((part) => part.trim().split(";"))
      .filter(([, q]) => !q || !/^\s*q\s*=\s*0(?:\.0*)?\s*$/.test(q))
      .map(([name]) => name!.trim()),
  );
  if (accepted.has("br")) return "br";
  if (accepted.has("gzip")) return "gzip";
  return null;
}

/** Least recently used first out, bounded by the bytes the entries hold. */
class ByteLru {
  private readonly entries = new Map<string, Entry>();
  private bytes = 0;
  constructor(private readonly maxBytes: number) {}

  get(key: string): Entry | undefined {
    const entry = this.entries.get(key);
    if (entry) {
      this.entries.delete(key);
      this.entries.set(key, entry);
    }
    return entry;
  }

  set(key: string, entry: Entry): void {
    if (entry.bytes > this.maxBytes / 4) return; // one page may not push out most of the others
    this.delete(key);
    this.entries.set(key, entry);
    this.bytes += entry.bytes;
    for (const [oldest, old] of this.entries) {
      if (this.bytes <= this.maxBytes) break;
      this.entries.delete(oldest);
      this.bytes -= old.bytes;
    }
  }

  delete(key: string): void {
    const entry = this.entries.get(key);
    if (entry) this.bytes -= entry.bytes;
    this.entries.delete(key);
  }

  clear(): void {
    this.entries.clear();
    this.bytes = 0;
  }

  get size(): { entries: number; bytes: number } {
    return { entries: this.entries.size, bytes: this.bytes };
  }
}

/** The body in an encoding, compressing it on first use (brotli at quality 6 is about as fast as gzip 9). */
function bodyIn(entry: Entry, encoding: "br" | "gzip" | null): Buffer {
  if (encoding === "gzip") return (entry.gzip ??= gzipSync(entry.raw, { level: 6 }));
  if (encoding === "br") return (entry.br ??= brotliCompressSync(entry.raw, { params: { [zlib.BROTLI_PARAM_QUALITY]: 6, [zlib.BROTLI_PARAM_SIZE_HINT]: entry.raw.length } }));
  return entry.raw;
}

function entryOf(rendered: Rendered, version: number): Entry {
  const type = rendered.headers.find(([name]) => name === "content-type")?.[1] ?? "";
  const headers = rendered.headers.filter(([name]) => !DROPPED.has(name));
  if (type.startsWith("text/html")) headers.push(["content-security-policy", cachedPageCsp(inlineScriptHashes(rendered.body.toString("utf8")))]);
  else {
    const csp = rendered.headers.find(([name]) => name === "content-security-policy");
    if (csp) headers.push(csp);
  }
  const raw = rendered.body;
  const etag = `"v${version}-${createHash("sha256").update(raw).digest("base64url").slice(0, 22)}"`;
  return { version, status: rendered.status, headers, raw, etag, bytes: raw.length + 512 };
}

export type PageCache = {
  /** Serves the request from the cache, rendering it first on a miss; false when the request is not the cache's. */
  serve(request: IncomingMessage, response: ServerResponse): Promise<boolean>;
  /** Checks the content version now (also done every pollMs), emptying the cache when it moved. */
  check(): Promise<void>;
  stats(): { entries: number; bytes: number; version: number | null };
  stop(): void;
};

export function createPageCache(options: PageCacheOptions): PageCache {
  const lru = new ByteLru(options.maxBytes);
  const inFlight = new Map<string, Promise<Entry>>();
  let version: number | null = null;
  let fresh = false;
  let checkedAt = 0;
  let checking: Promise<void> | null = null;
  const maxAge = Math.max(1, Math.floor(options.pollMs / 1000));

  const check = (): Promise<void> =>
    (checking ??= options
      .contentState()
      .then((state) => {
        // No answer (the database is away): keep serving what was rendered, and ask again later.
        if (!state) return;
        if (state.version !== version) lru.clear();
        version = state.version;
        fresh = state.fresh;
        checkedAt = Date.now();
      })
      .catch(() => undefined)
      .finally(() => {
        checking = null;
      }));
  const timer = setInterval(() => void check(), options.pollMs);
  timer.unref();

  async function renderEntry(key: string): Promise<Entry> {
    const before = version;
    const rendered = await options.render(key);
    const entry = entryOf(rendered, before ?? -1);
    const type = rendered.headers.find(([name]) => name === "content-type")?.[1] ?? "";
    const storable = rendered.status === 200 && CACHED_TYPES.test(type) && !rendered.headers.some(([name]) => name === "set-cookie");
    if (!storable || before === null) return { ...entry, etag: "" };
    // Only a page rendered wholly at one version, by a worker whose index serves it, is kept.
    const after = await options.contentState().catch(() => null);
    if (after && after.version === before && after.fresh && version === before) {
      // A kept page is served many times: compress it now, and count every form of it in the LRU.
      entry.bytes += bodyIn(entry, "gzip").length + bodyIn(entry, "br").length;
      lru.set(key, entry);
      return entry;
    }
    return { ...entry, etag: "" };
  }

  function send(request: IncomingMessage, response: ServerResponse, entry: Entry, status: string): void {
    response.statusCode = entry.status;
    for (const [name, value] of entry.headers) response.setHeader(name, value);
    response.setHeader(CACHE_STATUS_HEADER, status);
    response.setHeader("Vary", "Accept-Encoding, Cookie");
    if (entry.etag) {
      response.setHeader("ETag", entry.etag);
      // A CDN may keep the page until the next content check; a browser asks again each time (a 304 is cheap).
      response.setHeader("Cache-Control", `public, max-age=0, s-maxage=${maxAge}`);
    } else response.setHeader("Cache-Control", "private, no-cache, no-store, max-age=0, must-revalidate");
    if (entry.etag && entry.status === 200 && request.headers["if-none-match"] === entry.etag) {
      response.statusCode = 304;
      response.end();
      return;
    }
    const encoding = pickEncoding(request.headers["accept-encoding"]);
    const body = bodyIn(entry, encoding);
    if (encoding) response.setHeader("Content-Encoding", encoding);
    response.setHeader("Content-Length", body.length);
    response.end(request.method === "HEAD" ? undefined : body);
  }

  return {
    async serve(request, response) {
      const decision = cacheKey(request.method, request.url, request.headers);
      if ("bypass" in decision) return false;
      if (version === null || Date.now() - checkedAt >= options.pollMs) await check();
      const { key } = decision;
      const hit = version !== null && fresh ? lru.get(key) : undefined;
      if (hit && hit.version === version) {
        send(request, response, hit, "hit");
        return true;
      }
      let pending = inFlight.get(key);
      if (!pending) {
        pending = renderEntry(key).finally(() => inFlight.delete(key));
        inFlight.set(key, pending);
      }
      let entry: Entry;
      try {
        entry = await pending;
      } catch (error) {
        // The render failed (the worker is stopping, say): Next.js answers this request itself.
        console.error("page cache: render failed:", error instanceof Error ? error.message : error);
        return false;
      }
      send(request, response, entry, entry.etag ? "miss" : "uncached");
      return true;
    },
    check,
    stats: () => ({ ...lru.size, version }),
    stop: () => clearInterval(timer),
  };
}
