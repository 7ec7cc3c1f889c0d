/**
 * Runs before every page request: gives each page a Content-Security-Policy
 * with a fresh nonce (Next.js reads it from the request header and adds it to its scripts).
 * Everything else (the API, robots.txt, exports, static files) skips it and gets a policy
 * that allows nothing from next.config.ts. Authorization is not done
 * here: the data layer checks every read of drafts and every mutation itself.
 */
import { NextResponse, type NextRequest } from "next/server";
import { pageCsp } from "./lib/http/security-headers";

export function proxy(request: NextRequest) {
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
