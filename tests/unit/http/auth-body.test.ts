import { describe, expect, it } from "vitest";
import { limitAuthBody, MAX_AUTH_BODY_BYTES } from "@/lib/http/auth-body";

const post = (body: BodyInit, headers: Record<string, string> = {}) =>
  new Request("http://localhost/api/auth/sign-in/email", { method: "POST", headers: { "content-type": "application/json", ...headers }, body, duplex: "half" } as RequestInit);

describe("limitAuthBody", () => {
  it("passes a small body through unchanged", async () => {
    const out = await limitAuthBody(post(JSON.stringify({ email: "a@example.org", password: "x" })));
    expect(await out.json()).toEqual({ email: "a@example.org", password: "x" });
    expect(out.headers.get("content-type")).toBe("application/json");
  });
  it("refuses a body over the limit, declared or not", async () => {
    await expect(limitAuthBody(post("x".repeat(30 * 1024 * 1024)))).rejects.toMatchObject({ code: "PAYLOAD_TOO_LARGE" });
    const stream = new ReadableStream({
      start(controller) {
        for (let i = 0; i < 40; i++) controller.enqueue(new Uint8Array(1024));
        controller.close();
      },
    });
    await expect(limitAuthBody(post(stream))).rejects.toMatchObject({ code: "PAYLOAD_TOO_LARGE" });
    await expect(limitAuthBody(post("{}", { "content-length": String(MAX_AUTH_BODY_BYTES + 1) }))).rejects.toMatchObject({ code: "PAYLOAD_TOO_LARGE" });
  });
});
