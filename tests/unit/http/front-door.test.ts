import { createServer, request as httpRequest, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { CLIENT_IP_HEADER, clientAddress, decodablePath, FORWARDED_ORIGIN_HEADER, frontDoor } from "@/lib/server/front-door";

describe("client address", () => {
  it("is the socket's address unless the socket is a trusted proxy", () => {
    expect(clientAddress("203.0.113.5", "1.2.3.4", [])).toBe("203.0.113.5");
    expect(clientAddress("::ffff:10.0.0.2", "198.51.100.7, 10.0.0.2", ["10.0.0.2"])).toBe("198.51.100.7"); // the chain's last untrusted entry…
    expect(clientAddress("10.0.0.2", "198.51.100.7", ["10.0.0.2"])).toBe("198.51.100.7");
    expect(clientAddress("10.0.0.2", "6.6.6.6, 198.51.100.7, 10.0.0.3", ["10.0.0.2", "10.0.0.3"])).toBe("198.51.100.7"); // …not the client-chosen first
  });
  it("tells decodable paths from malformed percent-encoding", () => {
    for (const ok of ["/", "/agencies/ilo", "/search?q=%ZZ", "/a%20b"]) expect(decodablePath(ok)).toBe(true);
    for (const bad of ["/api/v1/agencies/%ZZ", "/api/v1/themes/%C0%AF", "/agencies/ilo%ZZ", "/editor/%ZZ/x", "/%"]) expect(decodablePath(bad)).toBe(false);
  });
});

// A real server on 127.0.0.1 with the front door around a handler that reports what it saw, or fails.
describe("front door on a real server", () => {
  let server: Server;
  let port = 0;
  beforeAll(async () => {
    const door = frontDoor(
      async (request, response) => {
        if (request.url === "/boom") throw new Error("handler failed");
        response.setHeader("Content-Type", "application/json");
        response.end(JSON.stringify({ ip: request.headers[CLIENT_IP_HEADER], host: request.headers["x-forwarded-host"] ?? null, origin: request.headers[FORWARDED_ORIGIN_HEADER] ?? null }));
      },
      { trustedProxies: [], https: false },
    );
    server = createServer((req, res) => void door(req, res));
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    port = (server.address() as AddressInfo).port;
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  const get = (path: string, headers: Record<string, string> = {}) =>
    new Promise<{ status: number; headers: Record<string, string | string[] | undefined>; body: string }>((resolve, reject) => {
      const req = httpRequest({ host: "127.0.0.1", port, path, headers }, (res) => {
        let body = "";
        res.on("data", (c) => (body += c));
        res.on("end", () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }));
      });
      req.on("error", reject);
      req.end();
    });

  it("answers malformed percent-encoding with a 400 that carries the security headers", async () => {
    for (const path of ["/api/v1/agencies/%ZZ", "/api/v1/themes/%C0%AF", "/agencies/ilo%ZZ", "/editor/%ZZ/x"]) {
      const response = await get(path);
      expect(response.status).toBe(400);
      expect(response.headers["x-content-type-options"]).toBe("nosniff");
      expect(response.headers["content-security-policy"]).toContain("default-src 'none'");
      expect(response.headers["strict-transport-security"]).toBeUndefined(); // plain http: no HSTS
    }
  });
  it("answers a failing handler with a 500 that carries the security headers, and logs the failure", async () => {
    // The log line is expected here: it is checked, not printed.
    const logged = vi.spyOn(console, "error").mockImplementation(() => undefined);
    try {
      const response = await get("/boom");
      expect(response.status).toBe(500);
      expect(response.headers["x-frame-options"]).toBe("DENY");
      expect(logged).toHaveBeenCalledWith("front door: unhandled error:", "handler failed");
    } finally {
      logged.mockRestore();
    }
  });
  it("ignores the forwarding headers an untrusted client sends", async () => {
    const response = await get("/", { "x-forwarded-for": "6.6.6.6", "x-forwarded-host": "evil.example", [CLIENT_IP_HEADER]: "6.6.6.6", [FORWARDED_ORIGIN_HEADER]: "https://evil.example" });
    expect(JSON.parse(response.body)).toEqual({ ip: "127.0.0.1", host: null, origin: null });
  });
});
