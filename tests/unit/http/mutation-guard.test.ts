import { describe, expect, it } from "vitest";
import { z } from "zod";
import { assertSameOrigin, readJsonBody } from "@/lib/http/mutation-guard";
import { FORWARDED_ORIGIN_HEADER } from "@/lib/server/front-door";

const site = "https://compendium.example.org";
const req = (headers: Record<string, string>, body = "{}") => new Request(`${site}/api/v1/editor/parts/fao/intro/draft`, { method: "PUT", headers, body });
const code = (fn: () => unknown) => {
  try {
    fn();
    return "ok";
  } catch (error) {
    return (error as { code?: string }).code;
  }
};

describe("mutation guard", () => {
  it("accepts only the site's own origin", () => {
    expect(code(() => assertSameOrigin(req({ origin: site }), site))).toBe("ok");
    expect(code(() => assertSameOrigin(req({ origin: "https://evil.example" }), site))).toBe("FORBIDDEN");
    expect(code(() => assertSameOrigin(req({ origin: "null" }), site))).toBe("FORBIDDEN");
  });
  it("refuses a write with no Origin at all", () => {
    expect(code(() => assertSameOrigin(req({}), site))).toBe("FORBIDDEN");
    expect(code(() => assertSameOrigin(req({ "sec-fetch-site": "same-origin" }), site))).toBe("FORBIDDEN");
  });
  it("does not let forwarding headers vouch for a foreign Origin; only the front door's mark for a trusted proxy counts", () => {
    expect(code(() => assertSameOrigin(req({ origin: "https://evil.example", "x-forwarded-host": "evil.example", "x-forwarded-proto": "https" }), site))).toBe("FORBIDDEN");
    expect(code(() => assertSameOrigin(req({ origin: "https://mirror.example.org", [FORWARDED_ORIGIN_HEADER]: "https://mirror.example.org" }), site))).toBe("ok");
  });
  it("accepts exactly application/json", async () => {
    const schema = z.object({});
    await expect(readJsonBody(req({ "content-type": "application/json; charset=utf-8" }), schema)).resolves.toEqual({});
    for (const type of ["application/json-patch+json", "application/jsonx", "text/plain", "application/x-www-form-urlencoded"]) {
      await expect(readJsonBody(req({ "content-type": type }), schema)).rejects.toMatchObject({ code: "UNSUPPORTED_MEDIA_TYPE" });
    }
  });
});
