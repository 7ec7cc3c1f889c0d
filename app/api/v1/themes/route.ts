import { NextResponse } from "next/server";
import { gcmList, themeList } from "@/lib/book/content/labels";
import { loadCorpus } from "@/lib/db/blocks/load-corpus";
import { handleRoute, noParams } from "@/lib/http/handle-route";

export const dynamic = "force-dynamic";

// GET /api/v1/themes — both vocabularies with their terms and passage counts.
export const GET = handleRoute(noParams, async () => {
  const corpus = await loadCorpus();
  const count = (tag: string, vocabulary: "theme" | "gcm") =>
    corpus.blocks.filter((b) => b.type !== "subheading" && (vocabulary === "theme" ? b.themes : b.gcm).includes(tag)).length;
  return NextResponse.json({
    themes: themeList().map((t) => ({ vocabulary: "theme", slug: t.slug, label: t.label, description: t.description, terms: t.terms, weakTerms: t.weakTerms, count: count(t.slug, "theme"), url: `/api/v1/themes/${t.slug}` })),
    gcmObjectives: gcmList().map((g) => ({ vocabulary: "gcm", slug: g.slug, number: g.number, label: g.label, title: g.title, terms: g.terms, weakTerms: g.weakTerms, count: count(g.slug, "gcm"), url: `/api/v1/themes/${g.slug}` })),
  });
});
