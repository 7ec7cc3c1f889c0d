import { describe, expect, it } from "vitest";
import { withoutSessionTokens } from "@/lib/http/auth-response";

describe("withoutSessionTokens", () => {
  it("removes the session token from sign-in and get-session answers, keeping the cookie", async () => {
    const headers = new Headers({ "content-type": "application/json" });
    headers.append("set-cookie", "better-auth.session_token=abc.sig; HttpOnly");
    const signIn = await withoutSessionTokens(new Response(JSON.stringify({ redirect: false, token: "abc", user: { id: "u1" } }), { status: 200, headers }));
    expect(await signIn.json()).toEqual({ redirect: false, user: { id: "u1" } });
    expect(signIn.headers.getSetCookie()).toEqual(["better-auth.session_token=abc.sig; HttpOnly"]);
    const session = await withoutSessionTokens(Response.json({ session: { id: "s1", token: "abc", expiresAt: "2027-01-01" }, user: { id: "u1" } }));
    expect(await session.json()).toEqual({ session: { id: "s1", expiresAt: "2027-01-01" }, user: { id: "u1" } });
  });
  it("leaves other answers alone", async () => {
    expect(await (await withoutSessionTokens(Response.json(null))).json()).toBeNull();
    expect(await (await withoutSessionTokens(new Response("plain", { headers: { "content-type": "text/plain" } }))).text()).toBe("plain");
    expect((await withoutSessionTokens(new Response("{oops", { status: 500, headers: { "content-type": "application/json" } }))).status).toBe(500);
  });
});
