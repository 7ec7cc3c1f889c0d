// Better Auth's endpoints (sign-in, sign-out, session, admin). It checks Origin itself; bodies are limited here
// first, and session tokens are taken out of its JSON answers.
import { toNextJsHandler } from "better-auth/next-js";
import { getAuth } from "@/lib/auth/get-auth";
import { limitAuthBody } from "@/lib/http/auth-body";
import { withoutSessionTokens } from "@/lib/http/auth-response";
import { errorResponse } from "@/lib/http/handle-route";

export const dynamic = "force-dynamic";

/** The endpoints whose answers carry the session token. */
const TOKEN_ANSWERS = /\/api\/auth\/(sign-in\/email|get-session)$/;
const stripped = async (request: Request, response: Response) => (TOKEN_ANSWERS.test(new URL(request.url).pathname) ? withoutSessionTokens(response) : response);

export async function GET(request: Request) {
  return stripped(request, await toNextJsHandler(getAuth()).GET(request));
}

export async function POST(request: Request) {
  try {
    return await stripped(request, await toNextJsHandler(getAuth()).POST(await limitAuthBody(request)));
  } catch (error) {
    return errorResponse(error);
  }
}
