import { readdirSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import { describe, expect, it } from "vitest";
import { openApiDocument } from "@/lib/http/openapi";
import { ROOT } from "../../support/real-book";

function routeFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return routeFiles(path);
    return name === "route.ts" ? [path] : [];
  });
}

describe("the OpenAPI document", () => {
  it("is OpenAPI 3.1 and documents every route under app/api/v1", () => {
    expect(openApiDocument.openapi).toBe("3.1.0");
    const routes = routeFiles(join(ROOT, "app/api/v1")).map((file) =>
      `/${relative(join(ROOT, "app"), file)}`.replace(/\/route\.ts$/, "").replace(/\[(\w+)\]/g, "{$1}"),
    );
    expect(routes.length).toBeGreaterThanOrEqual(8);
    expect(Object.keys(openApiDocument.paths).sort()).toEqual(routes.sort());
  });
  it("resolves every $ref", () => {
    const refs = JSON.stringify(openApiDocument).match(/#\/components\/schemas\/\w+/g) ?? [];
    for (const ref of refs) expect(Object.keys(openApiDocument.components.schemas)).toContain(ref.split("/").pop());
  });
});
