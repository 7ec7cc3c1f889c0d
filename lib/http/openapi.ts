/**
 * The OpenAPI 3.1 description of /api/v1, generated from the zod contract (api-contract.ts) with
 * zod's own JSON Schema output: parameters from the params and query schemas (as clients send
 * them: `io: "input"`), request bodies likewise, answers from the response schemas (`io: "output"`).
 * Every operation has an operationId, declares its security (the editor's session cookie, or none)
 * and its error answers.
 */
import { z } from "zod";
import { COMPONENTS, OPERATIONS, type Access, type ErrorStatus, type Operation } from "./api-contract";

type JsonSchema = Record<string, unknown>;

/** A JSON Schema for OpenAPI: without the $schema key (the document's dialect is 2020-12 already). */
function jsonSchema(schema: z.ZodType, io: "input" | "output"): JsonSchema {
  const { $schema: _dialect, ...rest } = z.toJSONSchema(schema, { io, unrepresentable: "any", target: "draft-2020-12" }) as JsonSchema;
  return rest;
}

const ERROR_TEXT: Record<ErrorStatus, string> = {
  400: "A parameter, the body or the address itself (malformed percent-encoding) is invalid; the message says which.",
  401: "Not signed in.",
  403: "The wrong role, or a request from another site.",
  404: "Not found.",
  409: "Conflict: the part or the draft changed since it was read; `details` holds both texts.",
  413: "The body is too large.",
  415: "The body was not sent as application/json.",
  503: "The database is not reachable right now; nothing was changed. Retry after the Retry-After seconds.",
};

const errorBody = { "application/json": { schema: { $ref: "#/components/schemas/Error" } } };

function parameters(op: Operation): JsonSchema[] {
  const of = (schema: z.ZodObject | undefined, where: "path" | "query") => {
    if (!schema) return [];
    const json = jsonSchema(schema, "input") as { properties?: Record<string, JsonSchema>; required?: string[] };
    return Object.entries(json.properties ?? {}).map(([name, property]) => {
      const { description, ...rest } = property as JsonSchema & { description?: string };
      return { name, in: where, required: where === "path" || (json.required ?? []).includes(name), ...(description ? { description } : {}), schema: rest };
    });
  };
  return [...of(op.params, "path"), ...of(op.query, "query")];
}

function okContent(op: Operation) {
  if (op.response.ref) return { "application/json": { schema: { $ref: `#/components/schemas/${op.response.ref}` } } };
  if (op.response.json) return { "application/json": { schema: jsonSchema(op.response.json, "output") } };
  return Object.fromEntries(Object.entries(op.response.other ?? {}).map(([type, schema]) => [type, { schema }]));
}

const SECURITY: Record<Access, JsonSchema[]> = { public: [], editor: [{ session: [] }], admin: [{ session: [] }] };

export function buildOpenApiDocument() {
  const paths: Record<string, Record<string, JsonSchema>> = {};
  for (const op of OPERATIONS) {
    const params = parameters(op);
    paths[op.path] ??= {};
    paths[op.path]![op.method] = {
      operationId: op.operationId,
      summary: op.summary,
      ...(op.description ? { description: op.description } : {}),
      tags: [op.access === "public" ? "read" : "editing"],
      security: SECURITY[op.access],
      ...(params.length ? { parameters: params } : {}),
      ...(op.body ? { requestBody: { required: true, content: { "application/json": { schema: jsonSchema(op.body, "input") } } } } : {}),
      responses: {
        "200": { description: op.response.description, content: okContent(op) },
        ...Object.fromEntries(op.errors.map((status) => [String(status), { description: ERROR_TEXT[status], content: errorBody }])),
      },
    };
  }
  return {
    openapi: "3.1.0",
    info: {
      title: "Migration Compendium API",
      version: "1.0.0",
      description:
        "Read access to International Migration and Development: Contributions and Recommendations of the International System (UN CEB, 2013), and the editors' workflow.",
      license: { name: "The book's text: United Nations, all rights reserved. The API description: CC BY 4.0", url: "https://creativecommons.org/licenses/by/4.0/" },
    },
    servers: [{ url: "/" }],
    tags: [
      { name: "read", description: "Public, read-only: chapters, themes, search, exports and citations." },
      { name: "editing", description: "For signed-in editors and admins: drafts, review, publishing and restoring." },
    ],
    paths,
    components: {
      securitySchemes: {
        session: { type: "apiKey", in: "cookie", name: "better-auth.session_token", description: "The session cookie set by signing in at /editor/sign-in (or POST /api/auth/sign-in/email). Writes must also come from the site's own origin." },
      },
      schemas: {
        Error: {
          type: "object",
          required: ["error"],
          properties: { error: { type: "object", required: ["code", "message"], properties: { code: { type: "string" }, message: { type: "string" }, details: { type: "object" } } } },
        },
        ...Object.fromEntries(Object.entries(COMPONENTS).map(([name, schema]) => [name, jsonSchema(schema, "output")])),
      },
    },
  };
}

export const openApiDocument = buildOpenApiDocument();
