/** The OpenAPI 3.1 description of /api/v1. A test checks that every route file is listed here. */
const filterParams = [
  { name: "agency", in: "query", description: "Agency slugs, comma-separated (OR).", schema: { type: "string", example: "fao,ilo" } },
  { name: "part", in: "query", description: "Parts, comma-separated (OR).", schema: { type: "string", example: "recommendations" } },
  { name: "theme", in: "query", description: "Theme slugs, comma-separated (OR).", schema: { type: "string", example: "remittances" } },
  { name: "gcm", in: "query", description: "GCM objective slugs, comma-separated (OR).", schema: { type: "string", example: "gcm-20" } },
];
const slugParam = { name: "slug", in: "path", required: true, schema: { type: "string", pattern: "^[a-z0-9-]{1,64}$" } };
const errors = {
  "400": { description: "A parameter is invalid.", content: { "application/json": { schema: { $ref: "#/components/schemas/Error" } } } },
  "404": { description: "Not found.", content: { "application/json": { schema: { $ref: "#/components/schemas/Error" } } } },
};
const json = (schema: object) => ({ "application/json": { schema } });
const partParam = { name: "part", in: "path", required: true, schema: { enum: ["intro", "activities", "gfmd-support", "good-practices", "challenges", "gaps", "recommendations"] } };
const errorBody = json({ $ref: "#/components/schemas/Error" });
/** Mutations: same-origin JSON only (CSRF), signed in, with the right role. */
const writeErrors = {
  ...errors,
  "401": { description: "Not signed in.", content: errorBody },
  "403": { description: "Wrong role, or a cross-site request.", content: errorBody },
  "409": { description: "Conflict: the part or draft changed since it was read; `details` holds both texts.", content: errorBody },
  "413": { description: "Body too large.", content: errorBody },
  "415": { description: "Body not sent as application/json.", content: errorBody },
};

export const openApiDocument = {
  openapi: "3.1.0",
  info: {
    title: "Migration Compendium API",
    version: "1.0.0",
    description:
      "Read access to International Migration and Development: Contributions and Recommendations of the International System (UN CEB, 2013).",
  },
  servers: [{ url: "/" }],
  paths: {
    "/api/v1/agencies": {
      get: { summary: "List the 28 agency chapters", responses: { "200": { description: "Agencies in book order.", content: json({ type: "object", properties: { agencies: { type: "array", items: { $ref: "#/components/schemas/AgencySummary" } } } }) } } },
    },
    "/api/v1/agencies/{slug}": {
      get: { summary: "One chapter in the compendium-export/1 format", parameters: [slugParam], responses: { "200": { description: "The chapter.", content: json({ $ref: "#/components/schemas/Chapter" }) }, ...errors } },
    },
    "/api/v1/themes": {
      get: { summary: "Both tagging vocabularies with terms and counts", responses: { "200": { description: "Themes and GCM objectives.", content: json({ type: "object" }) } } },
    },
    "/api/v1/themes/{slug}": {
      get: {
        summary: "A theme's passages and agency × part counts",
        parameters: [slugParam, filterParams[0], filterParams[1]],
        responses: { "200": { description: "The theme view.", content: json({ type: "object", properties: { blocks: { type: "array", items: { $ref: "#/components/schemas/ApiBlock" } } } }) }, ...errors },
      },
    },
    "/api/v1/recommendations": {
      get: {
        summary: "Recommendation passages, filtered and paged",
        parameters: [filterParams[0], filterParams[2], filterParams[3], { name: "limit", in: "query", schema: { type: "integer", minimum: 1, maximum: 500, default: 100 } }, { name: "offset", in: "query", schema: { type: "integer", minimum: 0, default: 0 } }],
        responses: { "200": { description: "A page of recommendations.", content: json({ type: "object", properties: { total: { type: "integer" }, limit: { type: "integer" }, offset: { type: "integer" }, items: { type: "array", items: { $ref: "#/components/schemas/ApiBlock" } } } }) }, "400": errors["400"] },
      },
    },
    "/api/v1/export": {
      get: {
        summary: "Download a filtered list of passages (or search results) as CSV or JSON, or their citations as RIS or CSL-JSON",
        parameters: [
          { name: "format", in: "query", schema: { type: "string", enum: ["csv", "json", "ris", "csl-json"], default: "csv" } },
          { name: "q", in: "query", description: "Optional search query: export its results instead of a plain filtered list.", schema: { type: "string", maxLength: 500 } },
          ...filterParams,
        ],
        responses: {
          "200": {
            description: "CSV (UTF-8 with BOM; columns agency, part, label, text, themes, gcm_objectives, permalink), JSON, RIS or CSL-JSON (one item per passage).",
            content: { "text/csv": { schema: { type: "string" } }, "application/json": { schema: { type: "object" } }, "application/x-research-info-systems": { schema: { type: "string" } }, "application/vnd.citationstyles.csl+json": { schema: { type: "array", items: { type: "object" } } } },
          },
          "400": errors["400"],
        },
      },
    },
    "/api/v1/cite/{id}": {
      get: {
        summary: "One passage's citation for reference managers, as RIS or CSL-JSON",
        parameters: [
          { name: "id", in: "path", required: true, description: "A passage id, e.g. fao-recommendations-c.", schema: { type: "string", pattern: "^[a-z0-9-]{1,120}$" } },
          { name: "format", in: "query", schema: { type: "string", enum: ["ris", "csl-json"], default: "ris" } },
        ],
        responses: {
          "200": { description: "The citation.", content: { "application/x-research-info-systems": { schema: { type: "string" } }, "application/vnd.citationstyles.csl+json": { schema: { type: "array", items: { type: "object" } } } } },
          ...errors,
        },
      },
    },
    "/api/v1/dump": {
      get: { summary: "The whole book in the compendium-export/1 format", responses: { "200": { description: "The data dump.", content: json({ $ref: "#/components/schemas/BookExport" }) }, "404": errors["404"] } },
    },
    "/api/v1/editor/parts/{slug}/{part}": {
      get: {
        summary: "A part for editing: published blocks, revision number and any draft (signed-in editors and admins)",
        parameters: [slugParam, partParam],
        responses: { "200": { description: "The editable part.", content: json({ type: "object" }) }, ...writeErrors },
      },
    },
    "/api/v1/editor/parts/{slug}/{part}/draft": {
      put: {
        summary: "Save a draft of a part (editors and admins). A save from a stale draft version or revision gets 409 with both texts.",
        parameters: [slugParam, partParam],
        requestBody: { required: true, content: json({ $ref: "#/components/schemas/DraftSave" }) },
        responses: { "200": { description: "Saved.", content: json({ type: "object", properties: { id: { type: "integer" }, version: { type: "integer" }, status: { enum: ["draft", "submitted"] } } }) }, ...writeErrors },
      },
      delete: {
        summary: "Discard the draft of a part (editors and admins). 409 if it was saved again since the given version.",
        parameters: [slugParam, partParam],
        requestBody: { required: true, content: json({ type: "object", required: ["draftVersion"], properties: { draftVersion: { type: "integer", minimum: 1 } } }) },
        responses: { "200": { description: "Discarded.", content: json({ type: "object", properties: { discarded: { type: "boolean" } } }) }, ...writeErrors },
      },
    },
    "/api/v1/editor/parts/{slug}/{part}/draft/rebase": {
      post: {
        summary: "Keep a draft started from an older revision on top of the current one (editors and admins), after comparing both texts.",
        parameters: [slugParam, partParam],
        requestBody: { required: true, content: json({ type: "object", required: ["draftVersion"], properties: { draftVersion: { type: "integer", minimum: 1 } } }) },
        responses: { "200": { description: "Rebased.", content: json({ type: "object", properties: { version: { type: "integer" }, baseRevision: { type: "integer" } } }) }, ...writeErrors },
      },
    },
    "/api/v1/editor/parts/{slug}/{part}/publish": {
      post: {
        summary: "Publish the reviewed draft of a part (admins). Writes a revision.",
        parameters: [slugParam, partParam],
        requestBody: { required: true, content: json({ type: "object", required: ["draftVersion", "note"], properties: { draftVersion: { type: "integer" }, note: { type: "string", maxLength: 2000 } } }) },
        responses: { "200": { description: "Published.", content: json({ type: "object", properties: { revision: { type: "integer" } } }) }, ...writeErrors },
      },
    },
    "/api/v1/editor/revisions/{id}/restore": {
      post: {
        summary: "Restore a part as it was before or after a revision (admins). Writes a new revision.",
        parameters: [{ name: "id", in: "path", required: true, schema: { type: "integer", minimum: 1 } }],
        requestBody: { required: true, content: json({ type: "object", required: ["state", "note"], properties: { state: { enum: ["before", "after"] }, note: { type: "string", maxLength: 2000 } } }) },
        responses: { "200": { description: "Restored.", content: json({ type: "object", properties: { revision: { type: "integer" } } }) }, ...writeErrors },
      },
    },
    "/api/v1/search": {
      get: {
        summary: "Full-text search over every passage",
        description:
          'Query language: plain words (all must match, prefixes allowed), "exact phrases", -excluded words, and filters agency:ilo part:recommendations theme:remittances gcm:gcm-20. Acronyms from the glossary and synonyms in content/synonyms.json widen the query; a word matching nothing is corrected for typos.',
        parameters: [
          { name: "q", in: "query", description: "The query, at most 500 characters.", schema: { type: "string", maxLength: 500 } },
          ...filterParams,
          { name: "limit", in: "query", schema: { type: "integer", minimum: 1, maximum: 100, default: 20 } },
          { name: "offset", in: "query", schema: { type: "integer", minimum: 0, default: 0 } },
        ],
        responses: {
          "200": {
            description: "Ranked hits with snippets (matches in [brackets]) and facet counts.",
            content: json({
              type: "object",
              required: ["query", "took_ms", "total", "hits", "facets"],
              properties: {
                query: { type: "string" },
                took_ms: { type: "number" },
                total: { type: "integer" },
                suggestion: { type: ["string", "null"] },
                expansions: { type: "array", items: { type: "string" } },
                hits: {
                  type: "array",
                  items: {
                    type: "object",
                    properties: { id: { type: "string" }, agency: { type: "string" }, part: { type: "string" }, label: { type: ["string", "null"] }, text: { type: "string" }, snippet: { type: "string" }, url: { type: "string" }, score: { type: "number" }, via: { type: "string", enum: ["exact", "acronym", "synonym", "related", "typo", "partial"] }, why: { type: "array", items: { type: "string" }, description: 'Why it matched when not simply by the words typed, e.g. "related: xenophobia", "theme: Remittances and financial inclusion", "matched 2 of 3 words".' } },
                  },
                },
                facets: { type: "object", properties: { agency: { type: "object", additionalProperties: { type: "integer" } }, part: { type: "object", additionalProperties: { type: "integer" } }, theme: { type: "object", additionalProperties: { type: "integer" } } } },
              },
            }),
          },
          "400": errors["400"],
        },
      },
    },
    "/api/v1/passages/{id}/similar": {
      get: {
        summary: "Similar passages from other agencies: the closest recommendations, good practices, challenges and gaps elsewhere in the book",
        parameters: [
          { name: "id", in: "path", required: true, description: "A passage id, e.g. fao-recommendations-c.", schema: { type: "string", pattern: "^[a-z0-9-]{1,120}$" } },
          { name: "limit", in: "query", schema: { type: "integer", minimum: 1, maximum: 20, default: 5 } },
        ],
        responses: {
          "200": {
            description: "The passage's id and its most similar passages in other agencies' chapters, closest first, each with the distinctive words they share.",
            content: json({
              type: "object",
              required: ["id", "similar"],
              properties: {
                id: { type: "string" },
                similar: {
                  type: "array",
                  items: {
                    type: "object",
                    required: ["id", "agency", "part", "text", "url", "score", "shared"],
                    properties: { id: { type: "string" }, agency: { type: "string" }, part: { type: "string" }, label: { type: ["string", "null"] }, text: { type: "string" }, url: { type: "string" }, score: { type: "number" }, shared: { type: "array", items: { type: "string" } } },
                  },
                },
              },
            }),
          },
          ...errors,
        },
      },
    },
    "/api/v1/openapi.json": { get: { summary: "This document", responses: { "200": { description: "OpenAPI 3.1 document.", content: json({ type: "object" }) } } } },
  },
  components: {
    schemas: {
      Error: { type: "object", required: ["error"], properties: { error: { type: "object", properties: { code: { type: "string" }, message: { type: "string" }, details: { type: "object" } } } } },
      DraftSave: {
        type: "object",
        required: ["baseRevision", "draftVersion", "content"],
        properties: {
          baseRevision: { type: "integer", description: "The part revision the edit started from (0: the 2013 text)." },
          draftVersion: { type: ["integer", "null"], description: "The draft version the edit started from; null when starting from the published part." },
          note: { type: "string", maxLength: 2000 },
          submit: { type: "boolean", description: "Submit the draft for review." },
          content: {
            type: "object",
            properties: {
              blocks: {
                type: "array",
                maxItems: 500,
                items: { type: "object", required: ["id", "type", "label", "depth", "text"], properties: { id: { type: ["string", "null"] }, type: { enum: ["paragraph", "item", "subheading"] }, label: { type: ["string", "null"] }, depth: { type: "integer" }, text: { type: "string", maxLength: 20000 }, themes: { type: "array", items: { type: "string" } }, gcm: { type: "array", items: { type: "string" } } } },
              },
            },
          },
        },
      },
      AgencySummary: { type: "object", properties: { number: { type: "integer" }, slug: { type: "string" }, title: { type: "string" }, acronym: { type: ["string", "null"] }, category: { type: ["string", "null"] }, kinds: { type: "array", items: { type: "string" } }, url: { type: "string" } } },
      Block: {
        type: "object",
        required: ["id", "type", "label", "depth", "text", "footnotes", "line"],
        properties: { id: { type: "string" }, type: { type: "string", enum: ["paragraph", "item", "subheading"] }, label: { type: ["string", "null"] }, depth: { type: "integer" }, text: { type: "string" }, footnotes: { type: "array", items: { type: "integer" } }, line: { type: "integer" } },
      },
      Chapter: {
        type: "object",
        properties: {
          number: { type: "integer" },
          slug: { type: "string" },
          title: { type: "string" },
          acronym: { type: ["string", "null"] },
          intro: { type: "array", items: { $ref: "#/components/schemas/Block" } },
          sections: { type: "array", items: { type: "object", properties: { kinds: { type: "array", items: { type: "string" } }, heading: { type: "string" }, blocks: { type: "array", items: { $ref: "#/components/schemas/Block" } } } } },
          footnotes: { type: "array", items: { type: "object", properties: { number: { type: ["integer", "null"] }, text: { type: "string" }, line: { type: "integer" } } } },
        },
      },
      ApiBlock: { type: "object", properties: { id: { type: "string" }, agency: { type: "string" }, agencyName: { type: "string" }, part: { type: "string" }, kinds: { type: "array", items: { type: "string" } }, type: { type: "string" }, label: { type: ["string", "null"] }, text: { type: "string" }, themes: { type: "array", items: { type: "string" } }, gcm: { type: "array", items: { type: "string" } }, url: { type: "string" } } },
      BookExport: { type: "object", properties: { format: { const: "compendium-export/1" }, source: { type: "object" }, overview: { type: "object" }, chapters: { type: "array", items: { $ref: "#/components/schemas/Chapter" } }, glossary: { type: "array" } } },
    },
  },
} as const;
