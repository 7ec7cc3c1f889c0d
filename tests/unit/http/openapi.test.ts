// The OpenAPI document is generated from the zod contract: it lists every route file's methods, is a valid
// OpenAPI 3.1 document, and meets the rules client generators need (ids, security, error answers, licence).
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import { Validator } from "@seriousme/openapi-schema-validator";
import { describe, expect, it } from "vitest";
import { OPERATIONS } from "@/lib/http/api-contract";
import { openApiDocument } from "@/lib/http/openapi";
import { ROOT } from "../../support/real-book";

function routeFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return routeFiles(path);
    return name === "route.ts" ? [path] : [];
  });
}

type AnyOperation = { operationId?: string; security?: unknown[]; responses: Record<string, unknown>; parameters?: { name: string; in: string }[] };
const operations = () =>
  Object.entries(openApiDocument.paths).flatMap(([path, methods]) => Object.entries(methods).map(([method, op]) => ({ path, method, op: op as AnyOperation })));

describe("the OpenAPI document", () => {
  it("documents every method of every route file under app/api/v1, and nothing else", () => {
    const fromFiles = routeFiles(join(ROOT, "app/api/v1")).flatMap((file) => {
      const path = `/${relative(join(ROOT, "app"), file)}`.replace(/\/route\.ts$/, "").replace(/\[(\w+)\]/g, "{$1}");
      const methods = [...readFileSync(file, "utf8").matchAll(/export\s+(?:const|async function)\s+(GET|PUT|POST|PATCH|DELETE)\b/g)].map((m) => m[1]!.toLowerCase());
      return methods.map((method) => `${method} ${path}`);
    });
    expect(fromFiles.length).toBeGreaterThanOrEqual(17);
    expect(operations().map((o) => `${o.method} ${o.path}`).sort()).toEqual(fromFiles.sort());
  });

  it("is a valid OpenAPI 3.1 document", async () => {
    const result = await new Validator().validate(JSON.parse(JSON.stringify(openApiDocument)) as Parameters<Validator["validate"]>[0]);
    expect(result.errors ?? []).toEqual([]);
    expect(result.valid).toBe(true);
  });

  it("gives every operation a unique operationId, its security and an error answer, and declares a licence", () => {
    const ids = operations().map((o) => o.op.operationId);
    expect(new Set(ids).size).toBe(ids.length);
    for (const { path, method, op } of operations()) {
      expect(op.operationId, `${method} ${path}`).toMatch(/^[a-z][A-Za-z]+$/);
      expect(Array.isArray(op.security), `${method} ${path}`).toBe(true);
      expect(Object.keys(op.responses).some((s) => /^4\d\d$/.test(s)), `${method} ${path}`).toBe(true);
      if (path.startsWith("/api/v1/editor/")) expect(op.security).toEqual([{ session: [] }]);
      else expect(op.security).toEqual([]);
      // Every path template variable is a declared path parameter.
      for (const name of path.match(/\{(\w+)\}/g) ?? []) expect(op.parameters?.some((p) => p.in === "path" && `{${p.name}}` === name), `${method} ${path} ${name}`).toBe(true);
    }
    expect(openApiDocument.info.license.name).toBeTruthy();
  });

  it("takes its schemas from the contract: a query limit or a body field the routes validate is the one documented", () => {
    const search = openApiDocument.paths["/api/v1/search"]!.get as unknown as { parameters: { name: string; schema: { maximum?: number } }[] };
    expect(search.parameters.find((p) => p.name === "limit")?.schema.maximum).toBe(100);
    const save = OPERATIONS.find((o) => o.operationId === "saveDraft")!;
    expect(save.body!.safeParse({ baseRevision: 0, draftVersion: null, content: { blocks: [] }, extra: 1 }).success).toBe(false);
  });

  it("resolves every $ref", () => {
    const refs = JSON.stringify(openApiDocument).match(/#\/components\/schemas\/\w+/g) ?? [];
    for (const ref of refs) expect(Object.keys(openApiDocument.components.schemas)).toContain(ref.split("/").pop());
  });
});
