import type { MetadataRoute } from "next";
import { env } from "@/lib/env";

export default function robots(): MetadataRoute.Robots {
  return {
    rules: [{ userAgent: "*", allow: "/", disallow: ["/cite/", "/api/v1/export", "/editor", "/api/auth"] }],
    sitemap: new URL("/sitemap.xml", env.SITE_URL).toString(),
  };
}
