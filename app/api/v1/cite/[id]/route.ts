import { z } from "zod";
import { getBlockContext } from "@/lib/db/blocks/get-block-context";
import { env } from "@/lib/env";
import { AppError } from "@/lib/errors/app-error";
import { citationTarget } from "@/lib/cite/citation-target";
import { cslItem, toCslJson, toRis } from "@/lib/cite/reference-formats";
import { handleRoute } from "@/lib/http/handle-route";

export const dynamic = "force-dynamic";

const params = z.object({ id: z.string().regex(/^[a-z0-9-]{1,120}$/, "a passage id such as fao-recommendations-c") });
const formatSchema = z.enum(["ris", "csl-json"], { message: "format must be ris or csl-json" }).default("ris");

// GET /api/v1/cite/:id?format=ris|csl-json — one passage's citation for a reference manager.
export const GET = handleRoute(params, async (request, { id }) => {
  const format = formatSchema.parse(new URL(request.url).searchParams.get("format") ?? undefined);
  const block = await getBlockContext({ id });
  if (!block) throw new AppError("NOT_FOUND", `No passage with id "${id}".`);
  const item = cslItem(citationTarget(block, env.SITE_URL), new Date());
  return format === "ris"
    ? new Response(toRis([item]), { headers: { "content-type": "application/x-research-info-systems; charset=utf-8", "content-disposition": `attachment; filename="${item.id}.ris"` } })
    : new Response(toCslJson([item]), { headers: { "content-type": "application/vnd.citationstyles.csl+json; charset=utf-8", "content-disposition": `attachment; filename="${item.id}.json"` } });
});
