/**
 * The editor's typed client for /api/v1/editor: each call sends JSON and parses the answer with zod,
 * so the part editor handles a closed set of outcomes (a parsed success, an API error with its code,
 * message and details, or no answer at all) instead of trusting whatever came back.
 */
import { z } from "zod";
import type { SnapshotBlock } from "@/lib/editing/part-snapshot";

const apiErrorSchema = z.object({ error: z.object({ code: z.string(), message: z.string(), details: z.unknown().optional() }) });
export type ApiError = z.infer<typeof apiErrorSchema>["error"];
export type ApiResult<T> = { ok: true; data: T } | { ok: false; status: number; error: ApiError | null };

async function call<T>(url: string, method: "PUT" | "POST" | "DELETE", body: unknown, answer: z.ZodType<T>): Promise<ApiResult<T>> {
  let response: Response;
  try {
    response = await fetch(url, { method, headers: { "content-type": "application/json" }, body: JSON.stringify(body) });
  } catch {
    return { ok: false, status: 0, error: null };
  }
  const json: unknown = await response.json().catch(() => null);
  if (response.ok) {
    const data = answer.safeParse(json);
    return data.success ? { ok: true, data: data.data } : { ok: false, status: response.status, error: { code: "INTERNAL", message: "The server's answer was not understood." } };
  }
  const error = apiErrorSchema.safeParse(json);
  return { ok: false, status: response.status, error: error.success ? error.data.error : null };
}

const part = (slug: string, name: string) => `/api/v1/editor/parts/${encodeURIComponent(slug)}/${encodeURIComponent(name)}`;

export const editorApi = {
  saveDraft: (slug: string, name: string, body: { baseRevision: number; draftVersion: number | null; content: { blocks: SnapshotBlock[] }; note: string; submit: boolean }) =>
    call(`${part(slug, name)}/draft`, "PUT", body, z.object({ id: z.number(), version: z.number(), status: z.enum(["draft", "submitted"]) })),
  discardDraft: (slug: string, name: string, draftVersion: number) => call(`${part(slug, name)}/draft`, "DELETE", { draftVersion }, z.object({ discarded: z.boolean() })),
  rebaseDraft: (slug: string, name: string, draftVersion: number) => call(`${part(slug, name)}/draft/rebase`, "POST", { draftVersion }, z.object({ version: z.number(), baseRevision: z.number() })),
  publish: (slug: string, name: string, body: { draftVersion: number; note: string }) => call(`${part(slug, name)}/publish`, "POST", body, z.object({ revision: z.number() })),
};
