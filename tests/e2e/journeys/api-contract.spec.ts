/**
 * Real answers of the API match the OpenAPI document it publishes (generated from the zod contract):
 * each response body is validated with Ajv (JSON Schema 2020-12) against its documented schema.
 */
import { Ajv2020 } from "ajv/dist/2020.js";
import { expect, test } from "@playwright/test";

const CALLS = [
  "/api/v1/agencies",
  "/api/v1/agencies/fao",
  "/api/v1/agencies/iom",
  "/api/v1/themes",
  "/api/v1/themes/remittances",
  "/api/v1/themes/gcm-20?agency=ilo",
  "/api/v1/recommendations?agency=fao&limit=5",
  "/api/v1/recommendations?theme=gender&offset=10",
  "/api/v1/search?q=remittances",
  "/api/v1/search?q=how+can+countries+protect+migrant+domestic+workers&part=recommendations",
  "/api/v1/search?q=%22decent+work%22+agency:ilo&limit=3",
  "/api/v1/search?q=UNECA",
  "/api/v1/search?q=%22feminization+of+migration%22",
  "/api/v1/passages/fao-recommendations-c/similar?limit=3",
  "/api/v1/dump",
];

type Doc = { paths: Record<string, { get: { responses: { "200": { content: { "application/json": { schema: object } } } } } }>; components: object };

test("every documented answer is what the API sends", async ({ request }) => {
  const doc = (await (await request.get("/api/v1/openapi.json")).json()) as Doc;
  const ajv = new Ajv2020({ strict: false, allErrors: true });
  for (const call of CALLS) {
    const path = new URL(call, "http://x").pathname;
    const template = Object.keys(doc.paths).find((p) => new RegExp(`^${p.replace(/\{\w+\}/g, "[^/]+")}$`).test(path))!;
    const schema = doc.paths[template]!.get.responses["200"].content["application/json"].schema;
    const validate = ajv.compile({ ...schema, components: doc.components });
    const response = await request.get(call);
    expect(response.status(), call).toBe(200);
    const body: unknown = await response.json();
    expect(validate(body) ? [] : validate.errors!.slice(0, 3).map((e) => `${e.instancePath} ${e.message}`), call).toEqual([]);
  }
});
