import { getBlockContext } from "@/lib/db/blocks/get-block-context";
import { env } from "@/lib/env";
import { AppError } from "@/lib/errors/app-error";
import { citationTarget } from "@/lib/cite/citation-target";
import { cslItem, toCslJson, toRis } from "@/lib/cite/reference-formats";
import { citeQuery, passageIdParams } from "@/lib/http/api-contract";
import { handleRoute } from "@/lib/http/handle-route";

export const dynamic = "force-dynamic";


// GET /api/v1/cite/:id?format=ris|csl-json — one passage's citation for a reference manager.
export const GET = handleRoute(passageIdParams, async (request, { id }) => {
  const { format } = citeQuery.parse({ format: new URL(request.url).searchParams.get("format") ?? undefined });
  const block = await getBlockContext({ id });
  if (!block) throw new AppError("NOT_FOUND", `No passage with id "${id}".`);
  const item = cslItem(citationTarget(block, env.SITE_URL), new Date());
  return format === "ris"
    ? new Response(toRis([item]), { headers: { "content-type": "application/x-research-info-systems; charset=utf-8", "content-disposition": `attachment; filename="${item.id}.ris"` } })
    : new Response(toCslJson([item]), { headers: { "content-type": "application/vnd.citationstyles.csl+json; charset=utf-8", "content-disposition": `attachment; filename="${item.id}.json"` } });
});
