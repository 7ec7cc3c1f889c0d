// The page cache on a real HTTP server with a counted render: what it keeps, for whom, for how long, and its CSP.
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { brotliDecompressSync, gunzipSync } from "node:zlib";
import { afterEach, describe, expect, it } from "vitest";
import { cacheKey, createPageCache, inlineScriptHashes, pickEncoding, type ContentState, type PageCache, type Rendered } from "@/lib/server/page-cache";

const PAGE = `<!DOCTYPE html><html><head><script src="/_next/static/a.js" async></script></head><body><p>v</p><script>self.__next_f=[]</script><script type="application/ld+json">{"@type":"Book"}</script><script>self.__next_f.push([1,"x"])</script></body></html>`;

type Fixture = { cache: PageCache; base: string; renders: string[]; state: { version: number; fresh: boolean } | null; respond: (path: string) => Rendered };
let server: Server | null = null;
let current: PageCache | null = null;

async function fixture(options: { maxBytes?: number; pollMs?: number; slowRenderMs?: number } = {}): Promise<Fixture> {
  const f = {
    renders: [] as string[],
    state: { version: 1, fresh: true } as Fixture["state"],
    respond: (path: string): Rendered => ({ status: 200, headers: [["content-type", "text/html; charset=utf-8"], ["x-powered", "test"]], body: Buffer.from(PAGE.replace("<p>v</p>", `<p>${path} v${f.state?.version}</p>`)) }),
  } as Fixture;
  const cache = createPageCache({
    render: async (path) => {
      f.renders.push(path);
      if (options.slowRenderMs) await new Promise((r) => setTimeout(r, options.slowRenderMs));
      return f.respond(path);
    },
    contentState: async (): Promise<ContentState> => f.state && { ...f.state },
    pollMs: options.pollMs ?? 60_000,
    maxBytes: options.maxBytes ?? 8 * 1024 * 1024,
  });
  current = cache;
  server = createServer((request, response) => {
    void cache.serve(request, response).then((served) => {
      if (!served) response.end("passed to Next.js");
    });
  });
  await new Promise<void>((resolve) => server!.listen(0, "127.0.0.1", resolve));
  f.cache = cache;
  f.base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return f;
}

afterEach(async () => {
  current?.stop();
  await new Promise((resolve) => (server ? server.close(resolve) : resolve(undefined)));
  server = null;
});

function get(f: Fixture, path: string, headers: Record<string, string> = {}) {
  return fetch(f.base + path, { headers: { "accept-encoding": "identity", ...headers } });
}

describe("what the cache serves", () => {
  it("keys public pages by path and query, and lets everything personal or dynamic through", () => {
    expect(cacheKey("GET", "/agencies/iom?x=1", {})).toEqual({ key: "/agencies/iom?x=1" });
    expect(cacheKey("HEAD", "/", {})).toEqual({ key: "/" });
    expect(cacheKey("POST", "/", {})).toEqual({ bypass: "method" });
    expect(cacheKey("GET", "/editor", {})).toEqual({ bypass: "path" });
    expect(cacheKey("GET", "/editor/fao/gaps", {})).toEqual({ bypass: "path" });
    expect(cacheKey("GET", "/api/v1/agencies", {})).toEqual({ bypass: "path" });
    expect(cacheKey("GET", "/_next/static/x.js", {})).toEqual({ bypass: "path" });
    expect(cacheKey("GET", "/", { cookie: "a=1; better-auth.session_token=abc" })).toEqual({ bypass: "session" });
    expect(cacheKey("GET", "/", { cookie: "__Secure-better-auth.session_token=abc" })).toEqual({ bypass: "session" });
    expect(cacheKey("GET", "/", { cookie: "theme=dark" })).toEqual({ key: "/" });
    expect(cacheKey("GET", "/", { rsc: "1" })).toEqual({ bypass: "rsc" });
    expect(cacheKey("GET", "/?_rsc=abc", {})).toEqual({ bypass: "rsc" });
    expect(cacheKey("GET", "/robots.txt", {})).toEqual({ bypass: "file" });
    expect(cacheKey("GET", "/icon.svg", {})).toEqual({ bypass: "file" });
    expect(cacheKey("GET", "/feed.xml", {})).toEqual({ key: "/feed.xml" });
    expect(cacheKey("GET", "/agencies/fao/feed.xml", {})).toEqual({ key: "/agencies/fao/feed.xml" });
    expect(cacheKey("GET", "/search/feed.xml?q=x", {})).toEqual({ key: "/search/feed.xml?q=x" });
    expect(cacheKey("GET", "/sitemap.xml", {})).toEqual({ key: "/sitemap.xml" });
    expect(cacheKey("GET", "//evil.example/", {})).toEqual({ bypass: "target" });
    expect(cacheKey("GET", "http://evil.example/", {})).toEqual({ bypass: "target" });
  });

  it("hashes each inline script as the CSP spec does, and skips external scripts and data blocks", () => {
    // The example of CSP Level 3, §8.3.
    expect(inlineScriptHashes("<script>alert('Hello, world.');</script>")).toEqual(["'sha256-qznLcsROx4GACP2dm0UCKCzCG+HiZ1guq6ZZDob/Tng='"]);
    const hashes = inlineScriptHashes(PAGE);
    expect(hashes).toHaveLength(2);
    expect(inlineScriptHashes('<script src="/a.js"></script><script type="application/ld+json">{}</script><script></script>')).toEqual([]);
    expect(inlineScriptHashes("<script>a()</script><script>a()</script>")).toHaveLength(1);
  });

  it("picks brotli, then gzip, and honours q=0", () => {
    expect(pickEncoding("gzip, deflate, br")).toBe("br");
    expect(pickEncoding("gzip")).toBe("gzip");
    expect(pickEncoding("br;q=0, gzip")).toBe("gzip");
    expect(pickEncoding("identity")).toBeNull();
    expect(pickEncoding(undefined)).toBeNull();
  });
});

describe("the page cache", () => {
  it("renders a page once per content version and serves the same bytes, compressed as asked", async () => {
    const f = await fixture();
    const first = await get(f, "/agencies/iom");
    expect(first.headers.get("x-page-cache")).toBe("miss");
    const plain = await first.text();
    const second = await get(f, "/agencies/iom");
    expect(second.headers.get("x-page-cache")).toBe("hit");
    expect(await second.text()).toBe(plain);
    expect(f.renders).toEqual(["/agencies/iom"]);

    const raw = (path: string, encoding: string) =>
      new Promise<{ encoding: string | undefined; body: Buffer }>((resolve, reject) => {
        import("node:http").then(({ get: httpGet }) =>
          httpGet(f.base + path, { headers: { "accept-encoding": encoding } }, (res) => {
            const chunks: Buffer[] = [];
            res.on("data", (c: Buffer) => chunks.push(c));
            res.on("end", () => resolve({ encoding: res.headers["content-encoding"], body: Buffer.concat(chunks) }));
          }).on("error", reject),
        );
      });
    const br = await raw("/agencies/iom", "br, gzip");
    expect(br.encoding).toBe("br");
    expect(brotliDecompressSync(br.body).toString()).toBe(plain);
    const gz = await raw("/agencies/iom", "gzip");
    expect(gz.encoding).toBe("gzip");
    expect(gunzipSync(gz.body).toString()).toBe(plain);
    expect(f.renders).toHaveLength(1);
  });

  it("sends a CSP that allows exactly the page's own inline scripts, and never 'unsafe-inline'", async () => {
    const f = await fixture();
    const response = await get(f, "/");
    const csp = response.headers.get("content-security-policy")!;
    const scriptSrc = csp.split(";").find((d) => d.trim().startsWith("script-src"))!;
    expect(scriptSrc.trim().split(/\s+/).sort()).toEqual(["script-src", "'self'", ...inlineScriptHashes(await response.text())].sort());
    expect(scriptSrc).not.toContain("unsafe-inline");
    expect(scriptSrc).not.toContain("nonce");
  });

  it("tells a CDN how long it may keep a page, answers If-None-Match with 304 and HEAD without a body", async () => {
    const f = await fixture({ pollMs: 5000 });
    const first = await get(f, "/themes");
    expect(first.headers.get("cache-control")).toBe("public, max-age=0, s-maxage=5");
    expect(first.headers.get("vary")).toBe("Accept-Encoding, Cookie");
    const etag = first.headers.get("etag")!;
    expect(etag).toMatch(/^"v1-/);
    expect((await get(f, "/themes", { "if-none-match": etag })).status).toBe(304);
    const head = await fetch(f.base + "/themes", { method: "HEAD" });
    expect(head.status).toBe(200);
    expect(await head.text()).toBe("");
  });

  it("empties itself when the content version moves", async () => {
    const f = await fixture();
    await (await get(f, "/")).text();
    f.state = { version: 2, fresh: true };
    await f.cache.check();
    const after = await get(f, "/");
    expect(after.headers.get("x-page-cache")).toBe("miss");
    expect(await after.text()).toContain("v2");
    expect(after.headers.get("etag")).toMatch(/^"v2-/);
  });

  it("checks the version before serving once pollMs has passed, so a publish shows within it", async () => {
    const f = await fixture({ pollMs: 200 });
    await (await get(f, "/")).text();
    f.state = { version: 7, fresh: true };
    await new Promise((r) => setTimeout(r, 250));
    expect(await (await get(f, "/")).text()).toContain("v7");
  });

  it("keeps no page rendered while the version moved, or while the worker's search index was behind", async () => {
    const f = await fixture();
    f.respond = (path) => {
      f.state = { version: 3, fresh: true }; // a publish lands during the render
      return { status: 200, headers: [["content-type", "text/html"]], body: Buffer.from(`<p>${path}</p>`) };
    };
    expect((await get(f, "/x")).headers.get("x-page-cache")).toBe("uncached");
    expect(f.cache.stats().entries).toBe(0);

    const g = await fixture();
    g.state = { version: 1, fresh: false };
    await g.cache.check();
    expect((await get(g, "/y")).headers.get("x-page-cache")).toBe("uncached");
    expect((await get(g, "/y")).headers.get("x-page-cache")).toBe("uncached");
    expect(g.renders).toHaveLength(2);
  });

  it("keeps no error page and no response that sets a cookie, and never passes the cookie on", async () => {
    const f = await fixture();
    f.respond = (path) => ({ status: path === "/missing" ? 404 : 200, headers: [["content-type", "text/html"], ...(path === "/cookie" ? ([["set-cookie", "a=1"]] as [string, string][]) : [])], body: Buffer.from("<p>x</p>") });
    const missing = await get(f, "/missing");
    expect(missing.status).toBe(404);
    expect(missing.headers.get("cache-control")).toContain("no-store");
    const cookie = await get(f, "/cookie");
    expect(cookie.headers.get("set-cookie")).toBeNull();
    expect(cookie.headers.get("x-page-cache")).toBe("uncached");
    expect(f.cache.stats().entries).toBe(0);
  });

  it("renders once for many simultaneous misses", async () => {
    const f = await fixture({ slowRenderMs: 100 });
    const responses = await Promise.all(Array.from({ length: 10 }, () => get(f, "/busy").then((r) => r.text())));
    expect(new Set(responses).size).toBe(1);
    expect(f.renders).toEqual(["/busy"]);
  });

  it("stays within its memory bound, dropping the least recently used page first", async () => {
    const f = await fixture({ maxBytes: 16 * 1024 });
    f.respond = (path) => ({ status: 200, headers: [["content-type", "text/html"]], body: Buffer.from(`<p>${path}</p>${"x".repeat(2000)}`) });
    for (let i = 0; i < 20; i++) await (await get(f, `/page-${i}`)).text();
    expect(f.cache.stats().bytes).toBeLessThanOrEqual(16 * 1024);
    expect(f.cache.stats().entries).toBeLessThan(20);
    expect((await get(f, "/page-19")).headers.get("x-page-cache")).toBe("hit");
    expect((await get(f, "/page-0")).headers.get("x-page-cache")).toBe("miss");
  });

  it("passes on what is not its own, and keeps serving its pages while the version cannot be read", async () => {
    const f = await fixture();
    expect(await (await get(f, "/api/v1/agencies")).text()).toBe("passed to Next.js");
    expect(await (await get(f, "/", { cookie: "better-auth.session_token=x" })).text()).toBe("passed to Next.js");
    await (await get(f, "/")).text();
    f.state = null;
    await f.cache.check();
    expect((await get(f, "/")).headers.get("x-page-cache")).toBe("hit");
  });
});
