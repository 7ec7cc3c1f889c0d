/**
 * The security headers of every response. Pages get a Content-Security-Policy with a fresh
 * nonce per request (set in proxy.ts; Next.js puts the nonce on its own scripts), so no inline
 * script runs unless the server wrote it; API and other responses get a policy that allows nothing.
 */
export function pageCsp(nonce: string, { dev }: { dev: boolean }): string {
  return policy(`script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${dev ? " 'unsafe-eval'" : ""}`, dev);
}

/**
 * The policy of a page the page cache serves (lib/server/page-cache.ts): the same for everyone,
 * so no nonce; each inline script the page holds is allowed by its hash, Next.js's own files by
 * 'self' (no 'strict-dynamic', which would ignore 'self'). With no hashes it allows no inline script.
 */
export function cachedPageCsp(hashes: readonly string[]): string {
  return policy(["script-src 'self'", ...hashes].join(" "), false);
}

function policy(scriptSrc: string, dev: boolean): string {
  return [
    "default-src 'self'",
    scriptSrc,
    // React and Next.js set style attributes; styles cannot run code.
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data:",
    "font-src 'self'",
    `connect-src 'self'${dev ? " ws:" : ""}`,
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join("; ");
}

export const NON_PAGE_CSP = "default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'";

/**
 * Headers for every response (next.config.ts, and lib/server/front-door.ts for what Next.js never
 * answers itself). HSTS only when the site is served over https: over plain http it means nothing,
 * and sent from a test server on localhost it would pin the browser to https there.
 */
export function staticSecurityHeaders({ hsts }: { hsts: boolean }): { key: string; value: string }[] {
  return [
    { key: "X-Content-Type-Options", value: "nosniff" },
    { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
    { key: "X-Frame-Options", value: "DENY" },
    { key: "Cross-Origin-Opener-Policy", value: "same-origin" },
    { key: "Permissions-Policy", value: "camera=(), microphone=(), geolocation=(), payment=()" },
    ...(hsts ? [{ key: "Strict-Transport-Security", value: "max-age=63072000; includeSubDomains" }] : []),
  ];
}
