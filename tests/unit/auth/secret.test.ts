import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { authSecret } from "@/lib/auth/secret";

describe("authSecret", () => {
  it("uses AUTH_SECRET when it is set, and writes nothing", () => {
    const dir = mkdtempSync(join(tmpdir(), "secret-"));
    expect(authSecret("x".repeat(40), dir)).toBe("x".repeat(40));
    expect(() => readFileSync(join(dir, ".auth-secret"))).toThrow();
  });
  it("generates one secret once and gives the same one to every later caller", () => {
    const dir = mkdtempSync(join(tmpdir(), "secret-"));
    const first = authSecret(undefined, dir);
    expect(first.length).toBeGreaterThanOrEqual(32);
    expect(authSecret(undefined, dir)).toBe(first);
    expect(readFileSync(join(dir, ".auth-secret"), "utf8")).toBe(first);
  });
  it("replaces a damaged (too short) secret file", () => {
    const dir = mkdtempSync(join(tmpdir(), "secret-"));
    writeFileSync(join(dir, ".auth-secret"), "short");
    const secret = authSecret(undefined, dir);
    expect(secret).not.toBe("short");
    expect(readFileSync(join(dir, ".auth-secret"), "utf8")).toBe(secret);
  });
});
