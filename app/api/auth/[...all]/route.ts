// Better Auth's endpoints (sign-in, sign-out, session, admin). It checks Origin itself.
import { toNextJsHandler } from "better-auth/next-js";
import { getAuth } from "@/lib/auth/get-auth";

export const dynamic = "force-dynamic";

export async function GET(request: Request) {
  return toNextJsHandler(getAuth()).GET(request);
}

export async function POST(request: Request) {
  return toNextJsHandler(getAuth()).POST(request);
}
