/**
 * The request headers the server layer (lib/server) sets for the app, and only it: the app may
 * believe them because the front door drops any a client sends. A leaf module, so the front door,
 * the mutation guard, auth and proxy.ts can share the names without importing each other.
 */

/** The client's address, from the socket (and trusted proxies only). */
export const CLIENT_IP_HEADER = "x-compendium-client-ip";
/** From a trusted proxy's X-Forwarded-Proto and -Host: another origin the site is served at. */
export const FORWARDED_ORIGIN_HEADER = "x-compendium-forwarded-origin";
/**
 * Marks the page cache's own render requests (lib/server/page-cache.ts): rendered without a nonce,
 * because the cache sends the page's hashes instead. Only the worker's private door lets it through.
 */
export const CACHE_RENDER_HEADER = "x-compendium-render";
