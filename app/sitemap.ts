import type { MetadataRoute } from "next";
import { gcmList, themeList } from "@/lib/book/content/labels";
import { listAgencies } from "@/lib/db/chapters/list-agencies";
import { env } from "@/lib/env";

export const dynamic = "force-dynamic";

export default async function sitemap(): Promise<MetadataRoute.Sitemap> {
  const agencies = await listAgencies();
  const paths = [
    "/",
    "/agencies",
    "/themes",
    "/recommendations",
    "/compare",
    "/overview",
    "/glossary",
    "/search",
    ...agencies.map((a) => `/agencies/${a.slug}`),
    ...themeList().map((t) => `/themes/${t.slug}`),
    ...gcmList().map((g) => `/themes/${g.slug}`),
  ];
  return paths.map((path) => ({ url: new URL(path, env.SITE_URL).toString() }));
}
