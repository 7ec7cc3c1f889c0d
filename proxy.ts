/**
 * Runs before every request except static files: gives each page a Content-Security-Policy
 * with a fresh nonce (Next.js reads it from the request header and adds it to its scripts),
 * and gives every other response a policy that allows nothing. Authorization is not done
 * here: the data layer checks every read of drafts and every mutation itself.
 */
import { NextResponse, type NextRequest } from "next/server";
import { NON_PAGE_CSP, pageCsp } from "./lib/http/security-headers";

export function proxy(request: NextRequest) {
  const path = request.nextUrl.pathname;
  const isPage = !path.startsWith("/api/") && !/\.(?:txt|xml|svg|ico|png|json|csv)$/.test(path);
  if (!isPage) {
    const response = NextResponse.next();
    response.headers.set("Content-Security-Policy", NON_PAGE_CSP);
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
  matcher: [{ source: "/((?!_next/static|_next/image).*)" }],
};
