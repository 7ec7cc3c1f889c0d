/**
 * Takes the raw session token out of Better Auth's JSON answers (sign-in returns `token`,
 * get-session `session.token`). The token alone opens no session here (the cookie must carry
 * Better Auth's signature, and the bearer plugin is off), but a page script has no use for it,
 * and an answer without it cannot leak it. Headers, the session cookie included, are kept.
 */
export async function withoutSessionTokens(response: Response): Promise<Response> {
  if (!(response.headers.get("content-type") ?? "").includes("application/json")) return response;
  const text = await response.text();
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    return new Response(text, { status: response.status, statusText: response.statusText, headers: response.headers });
  }
  if (body && typeof body === "object") {
    const record = body as Record<string, unknown>;
    delete record.token;
    if (record.session && typeof record.session === "object") delete (record.session as Record<string, unknown>).token;
  }
  const headers = new Headers(response.headers);
  headers.delete("content-length");
  return new Response(JSON.stringify(body), { status: response.status, statusText: response.statusText, headers });
}
