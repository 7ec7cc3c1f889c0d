import type { MetadataRoute } from "next";
import { env } from "@/lib/env";

// At run time, not build time: the sitemap's address follows SITE_URL (or PORT) where the portal is served.
export const dynamic = "force-dynamic";

export default function robots(): MetadataRoute.Robots {
  return {
    rules: [{ userAgent: "*", allow: "/", disallow: ["/cite/", "/api/v1/export", "/editor", "/api/auth"] }],
    sitemap: new URL("/sitemap.xml", env.SITE_URL).toString(),
  };
}
