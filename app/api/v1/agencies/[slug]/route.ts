import { NextResponse } from "next/server";
import { getAgencyProfile } from "@/lib/db/chapters/get-agency-profile";
import { AppError } from "@/lib/errors/app-error";
import { handleRoute, slugParams } from "@/lib/http/handle-route";

export const dynamic = "force-dynamic";

// GET /api/v1/agencies/:slug — one chapter in the export format (README, "Export format").
export const GET = handleRoute(slugParams, async (_request, { slug }) => {
  const profile = await getAgencyProfile({ slug });
  if (!profile) throw new AppError("NOT_FOUND", `No agency with slug "${slug}".`);
  return NextResponse.json(profile.chapter);
});
