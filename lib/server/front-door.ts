/**
 * The plain Node HTTP layer in front of Next.js in every `npm start` worker. Before Next.js sees
 * a request it:
 *  - decides who the client is: the socket's address, or, only when the socket is one of
 *    TRUSTED_PROXIES, the last address in X-Forwarded-For that is not a trusted proxy. It writes
 *    that into CLIENT_IP_HEADER and drops every forwarding header an untrusted client sent, so
 *    the rest of the app can believe X-Forwarded-Host/Proto and the client IP;
 *  - refuses a path with malformed percent-encoding (%ZZ, overlong UTF-8) with a 400, where
 *    Next.js would answer a bare 500;
 *  - drops the page cache's render header (only the worker's private door lets it through);
 *  - puts the security headers on every response, errors included (HSTS only for an https SITE_URL).
 */
import type { IncomingMessage, ServerResponse } from "node:http";
import { staticSecurityHeaders, NON_PAGE_CSP } from "../http/security-headers";
import { CACHE_RENDER_HEADER, CLIENT_IP_HEADER, FORWARDED_ORIGIN_HEADER } from "../request-headers";

export { CLIENT_IP_HEADER, FORWARDED_ORIGIN_HEADER };
const FORWARDING = ["x-forwarded-for", "x-forwarded-host", "x-forwarded-proto", "x-real-ip", "forwarded"];

/** `renders`: this door is the worker's private one, whose callers (the page cache) may ask for a render. */
export type FrontDoorOptions = { trustedProxies: readonly string[]; https: boolean; renders?: boolean };

/** "::ffff:127.0.0.1" and "127.0.0.1" are one address. */
export function normaliseIp(ip: string): string {
  return ip.trim().toLowerCase().replace(/^::ffff:(\d+\.\d+\.\d+\.\d+)$/, "$1");
}

/** The client's address: the peer, or through trusted proxies the nearest address that is not one of them. */
export function clientAddress(peer: string, forwardedFor: string | undefined, trusted: readonly string[] | ReadonlySet<string>): string {
  const proxies = trusted instanceof Set ? trusted : new Set([...trusted].map(normaliseIp));
  let client = normaliseIp(peer);
  if (!proxies.has(client) || !forwardedFor) return client;
  const chain = forwardedFor.split(",").map(normaliseIp).filter(Boolean);
  for (let i = chain.length - 1; i >= 0; i--) {
    client = chain[i]!;
    if (!proxies.has(client)) break;
  }
  return client;
}

/** Whether a path's percent-encoding decodes (Next.js answers 500 to one that does not). */
export function decodablePath(url: string): boolean {
  const path = url.split("?")[0] ?? "";
  try {
    decodeURIComponent(path);
    return true;
  } catch {
    return false;
  }
}

export function frontDoor(handle: (request: IncomingMessage, response: ServerResponse) => Promise<void>, options: FrontDoorOptions) {
  const headers = staticSecurityHeaders({ hsts: options.https });
  const proxies: ReadonlySet<string> = new Set(options.trustedProxies.map(normaliseIp));
  return async (request: IncomingMessage, response: ServerResponse): Promise<void> => {
    for (const { key, value } of headers) response.setHeader(key, value);
    const peer = request.socket.remoteAddress ?? "";
    const forwardedFor = request.headers["x-forwarded-for"];
    const fromTrustedProxy = proxies.has(normaliseIp(peer));
    const client = clientAddress(peer, Array.isArray(forwardedFor) ? forwardedFor.join(",") : forwardedFor, proxies);
    delete request.headers[FORWARDED_ORIGIN_HEADER];
    if (!options.renders) delete request.headers[CACHE_RENDER_HEADER];
    if (!fromTrustedProxy) for (const name of FORWARDING) delete request.headers[name];
    else if (typeof request.headers["x-forwarded-host"] === "string") {
      const proto = request.headers["x-forwarded-proto"] === "http" ? "http" : "https";
      request.headers[FORWARDED_ORIGIN_HEADER] = `${proto}://${request.headers["x-forwarded-host"].split(",")[0]!.trim()}`;
    }
    request.headers[CLIENT_IP_HEADER] = client;
    if (!decodablePath(request.url ?? "/")) return plain(response, 400, "Bad request: the address has malformed percent-encoding.");
    try {
      await handle(request, response);
    } catch (error) {
      console.error("front door: unhandled error:", error instanceof Error ? error.message : error);
      if (!response.headersSent) plain(response, 500, "Something went wrong.");
      else response.destroy();
    }
  };
}

function plain(response: ServerResponse, status: number, message: string): void {
  response.statusCode = status;
  response.setHeader("Content-Type", "text/plain; charset=utf-8");
  response.setHeader("Content-Security-Policy", NON_PAGE_CSP);
  response.setHeader("Cache-Control", "no-store");
  response.end(`${message}\n`);
}
