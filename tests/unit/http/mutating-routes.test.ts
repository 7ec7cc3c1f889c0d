// Guards by construction: every mutating route handler under app/api/v1 is built with handleMutation.
import { readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import { describe, expect, it } from "vitest";

const root = join(import.meta.dirname, "../../..");

function routeFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return routeFiles(path);
    return entry.name === "route.ts" ? [path] : [];
  });
}

/** The exported mutating handlers of a route module and how each is defined. */
export function mutatingHandlers(source: string): { method: string; builtWith: string | null }[] {
  const found: { method: string; builtWith: string | null }[] = [];
  for (const match of source.matchAll(/export\s+(?:const\s+(PUT|POST|PATCH|DELETE)\s*=\s*([A-Za-z]+)\(|(?:async\s+)?function\s+(PUT|POST|PATCH|DELETE)\b)/g)) {
    found.push({ method: (match[1] ?? match[3])!, builtWith: match[2] ?? null });
  }
  return found;
}

describe("mutating routes", () => {
  it("reads every export form a route can use", () => {
    expect(mutatingHandlers("export const POST = handleMutation(a, b, c)")).toEqual([{ method: "POST", builtWith: "handleMutation" }]);
    expect(mutatingHandlers("export const PUT = handleRoute(a, b)")).toEqual([{ method: "PUT", builtWith: "handleRoute" }]);
    expect(mutatingHandlers("export async function DELETE(request) {}")).toEqual([{ method: "DELETE", builtWith: null }]);
    expect(mutatingHandlers("export const GET = handleRoute(a, b)")).toEqual([]);
  });

  it("are all built with handleMutation (origin, actor, content type, size and zod checks)", () => {
    const files = routeFiles(join(root, "app/api/v1"));
    expect(files.length).toBeGreaterThan(10);
    const offenders = files.flatMap((file) =>
      mutatingHandlers(readFileSync(file, "utf8"))
        .filter((h) => h.builtWith !== "handleMutation")
        .map((h) => `${relative(root, file)} ${h.method}`),
    );
    expect(offenders).toEqual([]);
    const mutating = files.filter((file) => mutatingHandlers(readFileSync(file, "utf8")).length > 0);
    expect(mutating.length).toBeGreaterThanOrEqual(4);
  });
});
