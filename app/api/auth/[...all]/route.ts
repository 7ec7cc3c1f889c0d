// Better Auth's endpoints (sign-in, sign-out, session, admin). It checks Origin itself; bodies are limited here first.
import { toNextJsHandler } from "better-auth/next-js";
import { getAuth } from "@/lib/auth/get-auth";
import { limitAuthBody } from "@/lib/http/auth-body";
import { errorResponse } from "@/lib/http/handle-route";

export const dynamic = "force-dynamic";

export async function GET(request: Request) {
  return toNextJsHandler(getAuth()).GET(request);
}

export async function POST(request: Request) {
  try {
    return await toNextJsHandler(getAuth()).POST(await limitAuthBody(request));
  } catch (error) {
    return errorResponse(error);
  }
}
