/**
 * Runs before every page request that Next.js renders: gives each page a Content-Security-Policy
 * with a fresh nonce (Next.js reads it from the request header and adds it to its scripts),
 * or none for the page cache's own renders, and refuses server actions posted from another origin.
 * Everything else (the API, robots.txt, exports, static files) skips it and gets a policy
 * that allows nothing from next.config.ts. Authorization is not done
 * here: the data layer checks every read of drafts and every mutation itself.
 */
import { NextResponse, type NextRequest } from "next/server";
import { env } from "./lib/env";
import { allowedOrigins } from "./lib/http/mutation-guard";
import { NON_PAGE_CSP, cachedPageCsp, pageCsp } from "./lib/http/security-headers";
import { CACHE_RENDER_HEADER } from "./lib/request-headers";

export function proxy(request: NextRequest) {
  // A server action posted from another site is refused here with a clear 403 (Next.js's own check answers 500).
  if (request.method === "POST" && request.headers.has("next-action")) {
    const origin = request.headers.get("origin");
    if (origin === null || !allowedOrigins(request, env.SITE_URL).has(origin)) {
      return new NextResponse("Forbidden: changes are accepted only from this site's own pages.\n", {
        status: 403,
        headers: { "Content-Type": "text/plain; charset=utf-8", "Content-Security-Policy": NON_PAGE_CSP },
      });
    }
  }
  // The page cache's render: no nonce (the cache sends the page's script hashes instead).
  if (request.headers.has(CACHE_RENDER_HEADER)) {
    const response = NextResponse.next();
    response.headers.set("Content-Security-Policy", cachedPageCsp([]));
    return response;
  }
  const nonce = Buffer.from(crypto.randomUUID()).toString("base64");
  const csp = pageCsp(nonce, { dev: process.env.NODE_ENV === "development" });
  const headers = new Headers(request.headers);
  headers.set("x-nonce", nonce);
  headers.set("Content-Security-Policy", csp);
  const response = NextResponse.next({ request: { headers } });
  response.headers.set("Content-Security-Policy", csp);
  return response;
}

export const config = {
  // Pages only: the API and files (robots.txt, sitemap.xml, icon.svg, exports) get their
  // deny-all policy from next.config.ts, which costs nothing per request. Next.js needs this
  // matcher as a literal, so its list of file extensions is repeated there: keep the two in step.
  matcher: [{ source: "/((?!_next/static|_next/image|api/|[^?]*\\.(?:txt|xml|svg|ico|png|json|csv)$).*)" }],
};
