import { NextResponse } from "next/server";
import { handleRoute, noParams } from "@/lib/http/handle-route";
import { openApiDocument } from "@/lib/http/openapi";

// GET /api/v1/openapi.json — the OpenAPI 3.1 description of this API.
export const GET = handleRoute(noParams, async () => NextResponse.json(openApiDocument));
