import { expect, test } from "@playwright/test";

test.describe("operations and the front door", () => {
  test("GET /api/health reports the database and the content version this worker serves", async ({ request }) => {
    const response = await request.get("/api/health");
    expect(response.status()).toBe(200);
    const body = (await response.json()) as { status: string; database: { reachable: boolean }; content: { served: number | null; fresh: boolean } };
    expect(body.status).toBe("ok");
    expect(body.database.reachable).toBe(true);
    expect(typeof body.content.served).toBe("number");
    expect(response.headers()["cache-control"]).toBe("no-store");
  });

  test("malformed percent-encoding gets a 400 with the security headers, never a bare 500", async ({ request }) => {
    for (const path of ["/api/v1/agencies/%ZZ", "/api/v1/themes/%C0%AF", "/agencies/ilo%ZZ", "/editor/%ZZ/x"]) {
      const response = await request.get(path);
      expect(`${path} ${response.status()}`).toBe(`${path} 400`);
      expect(response.headers()["x-content-type-options"]).toBe("nosniff");
      expect(response.headers()["content-security-policy"]).toContain("default-src 'none'");
    }
  });

  test("plain http gets no HSTS, and a cross-site server action is refused with 403", async ({ request }) => {
    const home = await request.get("/");
    expect(home.headers()["strict-transport-security"]).toBeUndefined();
    const action = await request.post("/editor/sign-in", { headers: { "next-action": "0123456789abcdef", origin: "https://evil.example", "content-type": "text/plain" }, data: "[]" });
    expect(action.status()).toBe(403);
  });
});
