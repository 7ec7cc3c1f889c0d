/**
 * The contract of /api/v1, in zod: for every operation its path, method, id, who may call it, and the
 * schemas of its path parameters, query, body and answer. Route handlers validate with these schemas,
 * and the OpenAPI document (openapi.ts) is generated from them, so the two cannot drift.
 * tests/unit/http/openapi.test.ts keeps every route file and method in here.
 */
import { z } from "zod";
import { saveDraftInputSchema } from "../db/editing/save-draft";
import { publishInputSchema } from "../db/editing/publish-draft";
import { restoreInputSchema } from "../db/editing/restore-revision";
import { blockFilterSchema } from "../explore/block-filter";
import { bookExportSchema, chapterSchema } from "../book/schema";
import { MAX_QUERY_LENGTH } from "../search/parse-query";
import { searchParamsSchema } from "../search/search-params";
import { apiBlockSchema, paginationSchema } from "./api-dto";
import { idParams, noParams, partParams, slugParams } from "./handle-route";

export const passageIdParams = z.object({ id: z.string().regex(/^[a-z0-9-]{1,120}$/, "a passage id such as fao-recommendations-c") });
export const exportQuery = blockFilterSchema.extend({
  format: z.enum(["csv", "json", "ris", "csl-json"], { message: "format must be csv, json, ris or csl-json" }).default("csv"),
  q: z.string().max(MAX_QUERY_LENGTH, `Queries are limited to ${MAX_QUERY_LENGTH} characters.`).optional(),
});
export const citeQuery = z.object({ format: z.enum(["ris", "csl-json"], { message: "format must be ris or csl-json" }).default("ris") });
export const similarQuery = z.object({ limit: z.coerce.number().int().min(1).max(20).default(5) });
export const recommendationsQuery = blockFilterSchema.pick({ agency: true, theme: true, gcm: true }).extend(paginationSchema.shape);
export const themeQuery = blockFilterSchema.pick({ agency: true, part: true });

export const saveDraftBody = saveDraftInputSchema.omit({ slug: true, part: true }).strict();
export const draftVersionBody = z.object({ draftVersion: z.number().int().min(1) }).strict();
export const publishBody = publishInputSchema.omit({ slug: true, part: true }).strict();
export const restoreBody = restoreInputSchema.omit({ revisionId: true }).strict();

const slugList = z.array(z.string());
const agencySummary = z.object({ number: z.number().int(), slug: z.string(), title: z.string(), acronym: z.string().nullable(), category: z.string().nullable(), kinds: slugList, url: z.string() });
const vocabularyEntry = z.object({ vocabulary: z.enum(["theme", "gcm"]), slug: z.string(), label: z.string(), terms: slugList, weakTerms: slugList, count: z.number().int(), url: z.string() });
const searchHit = z.object({
  id: z.string(),
  agency: z.string(),
  part: z.string(),
  label: z.string().nullable(),
  text: z.string(),
  snippet: z.string(),
  url: z.string(),
  score: z.number(),
  via: z.enum(["exact", "acronym", "synonym", "typo", "partial", "apart", "meaning", "keywords"]),
  why: z.array(z.string()).meta({ description: 'Why it matched when not simply by the words typed, e.g. "synonym: xenophobia", "answers “…”" (a question the passage answers), "matched 2 of 3 words".' }),
});
const counts = z.record(z.string(), z.number().int());
const similarPassage = z.object({ id: z.string(), agency: z.string(), part: z.string(), label: z.string().nullable(), text: z.string(), url: z.string(), score: z.number(), shared: slugList });

export type Access = "public" | "editor" | "admin";
export type ErrorStatus = 400 | 401 | 403 | 404 | 409 | 413 | 415 | 503;
/** An answer that is not JSON: its media types, each described by a JSON schema. */
type OtherContent = Record<string, object>;
export type Operation = {
  method: "get" | "put" | "post" | "delete";
  path: string;
  operationId: string;
  summary: string;
  description?: string;
  access: Access;
  params: z.ZodObject;
  query?: z.ZodObject;
  body?: z.ZodType;
  response: { description: string; json?: z.ZodType; ref?: "Chapter" | "BookExport"; other?: OtherContent };
  errors: ErrorStatus[];
};

/** Writes: same-origin JSON only, signed in, with the right role; stale versions conflict; the database may be away. */
const WRITE_ERRORS: ErrorStatus[] = [400, 401, 403, 404, 409, 413, 415, 503];
const RIS = { "application/x-research-info-systems": { type: "string" } };
const CSL = { "application/vnd.citationstyles.csl+json": { type: "array", items: { type: "object" } } };

export const OPERATIONS: Operation[] = [
  { method: "get", path: "/api/v1/agencies", operationId: "listAgencies", summary: "List the 28 agency chapters", access: "public", params: noParams, response: { description: "Agencies in book order.", json: z.object({ agencies: z.array(agencySummary) }) }, errors: [400, 503] },
  { method: "get", path: "/api/v1/agencies/{slug}", operationId: "getAgencyChapter", summary: "One chapter in the compendium-export/1 format", access: "public", params: slugParams, response: { description: "The chapter.", ref: "Chapter" }, errors: [400, 404] },
  {
    method: "get",
    path: "/api/v1/themes",
    operationId: "listThemes",
    summary: "Both tagging vocabularies with terms and counts",
    access: "public",
    params: noParams,
    response: {
      description: "Themes and GCM objectives.",
      json: z.object({ themes: z.array(vocabularyEntry.extend({ description: z.string() })), gcmObjectives: z.array(vocabularyEntry.extend({ number: z.number().int(), title: z.string() })) }),
    },
    errors: [400, 503],
  },
  {
    method: "get",
    path: "/api/v1/themes/{slug}",
    operationId: "getTheme",
    summary: "A theme's passages and agency × part counts",
    access: "public",
    params: slugParams,
    query: themeQuery,
    response: { description: "The theme view.", json: z.object({ slug: z.string(), vocabulary: z.enum(["theme", "gcm"]), total: z.number().int(), matrix: z.record(z.string(), counts), count: z.number().int(), blocks: z.array(apiBlockSchema) }) },
    errors: [400, 404],
  },
  {
    method: "get",
    path: "/api/v1/recommendations",
    operationId: "listRecommendations",
    summary: "Recommendation passages, filtered and paged",
    access: "public",
    params: noParams,
    query: recommendationsQuery,
    response: { description: "A page of recommendations.", json: z.object({ total: z.number().int(), limit: z.number().int(), offset: z.number().int(), items: z.array(apiBlockSchema) }) },
    errors: [400],
  },
  {
    method: "get",
    path: "/api/v1/export",
    operationId: "exportPassages",
    summary: "Download a filtered list of passages (or search results) as CSV or JSON, or their citations as RIS or CSL-JSON",
    access: "public",
    params: noParams,
    query: exportQuery,
    response: {
      description: "CSV (UTF-8 with BOM; columns agency, part, label, text, themes, gcm_objectives, permalink), JSON, RIS or CSL-JSON (one item per passage).",
      other: { "text/csv": { type: "string" }, "application/json": { type: "object" }, ...RIS, ...CSL },
    },
    errors: [400],
  },
  { method: "get", path: "/api/v1/cite/{id}", operationId: "citePassage", summary: "One passage's citation for reference managers, as RIS or CSL-JSON", access: "public", params: passageIdParams, query: citeQuery, response: { description: "The citation.", other: { ...RIS, ...CSL } }, errors: [400, 404] },
  { method: "get", path: "/api/v1/dump", operationId: "getDump", summary: "The whole book in the compendium-export/1 format", access: "public", params: noParams, response: { description: "The data dump.", ref: "BookExport" }, errors: [404] },
  {
    method: "get",
    path: "/api/v1/search",
    operationId: "searchPassages",
    summary: "Full-text search over every passage",
    description:
      'Keywords or a question in your own words: passages with the most of its informative words come first. "Exact phrases", +required and -excluded words, and the filters agency:ilo part:recommendations theme:remittances gcm:gcm-20. Acronyms, synonyms and typo corrections widen the query; when its words match weakly, the ranking is fused with the query\'s meaning (a sentence encoder) and with the questions each passage answers, which also find passages that share none of its words.',
    access: "public",
    params: noParams,
    query: searchParamsSchema,
    response: {
      description: "Ranked hits with snippets and facet counts.",
      json: z.object({
        query: z.string(),
        took_ms: z.number(),
        total: z.number().int(),
        filled: z.number().int().meta({ description: "Of the total, the passages added after every match of the words because these matched fewer than a page; they rank below the words' matches (see filled_by)." }),
        filled_by: z.object({ apart: z.number().int(), meaning: z.number().int() }).meta({ description: 'How many of the filled passages were found each way, in the order they follow: apart, passages with the words of a quoted phrase (as typed, respelled or corrected) but not as the phrase, which matched fewer than a page (via "apart"); meaning, passages found by meaning or by the questions they answer.' }),
        suggestion: z.string().nullable(),
        expansions: z.array(z.string()),
        meaning: z.boolean().meta({ description: 'Whether the ranking also used the query\'s meaning (a question whose words match weakly, or words that fill less than a page); hits found by meaning alone have via "meaning", and hits found only by the questions they answer via "keywords".' }),
        hits: z.array(searchHit),
        facets: z.object({ agency: counts, part: counts, theme: counts }),
      }),
    },
    errors: [400],
  },
  {
    method: "get",
    path: "/api/v1/passages/{id}/similar",
    operationId: "similarPassages",
    summary: "Similar passages from other agencies: the closest recommendations, good practices, challenges and gaps elsewhere in the book",
    access: "public",
    params: passageIdParams,
    query: similarQuery,
    response: { description: "The passage's most similar passages in other agencies' chapters, closest first, with the distinctive words they share.", json: z.object({ id: z.string(), similar: z.array(similarPassage) }) },
    errors: [400, 404],
  },
  { method: "get", path: "/api/v1/openapi.json", operationId: "getOpenApi", summary: "This document", access: "public", params: noParams, response: { description: "The OpenAPI 3.1 document.", other: { "application/json": { type: "object" } } }, errors: [400] },
  {
    method: "get",
    path: "/api/v1/editor/parts/{slug}/{part}",
    operationId: "getEditablePart",
    summary: "A part for editing: published blocks, revision number and any draft (signed-in editors and admins)",
    access: "editor",
    params: partParams,
    response: { description: "The editable part.", other: { "application/json": { type: "object" } } },
    errors: [400, 401, 403, 404, 503],
  },
  {
    method: "put",
    path: "/api/v1/editor/parts/{slug}/{part}/draft",
    operationId: "saveDraft",
    summary: "Save a draft of a part (editors and admins). A save from a stale draft version or revision gets 409 with both texts.",
    access: "editor",
    params: partParams,
    body: saveDraftBody,
    response: { description: "Saved.", json: z.object({ id: z.number().int(), version: z.number().int(), status: z.enum(["draft", "submitted"]) }) },
    errors: WRITE_ERRORS,
  },
  {
    method: "delete",
    path: "/api/v1/editor/parts/{slug}/{part}/draft",
    operationId: "discardDraft",
    summary: "Discard the draft of a part (editors and admins). 409 if it was saved again since the given version.",
    access: "editor",
    params: partParams,
    body: draftVersionBody,
    response: { description: "Discarded.", json: z.object({ discarded: z.boolean() }) },
    errors: WRITE_ERRORS,
  },
  {
    method: "post",
    path: "/api/v1/editor/parts/{slug}/{part}/draft/rebase",
    operationId: "rebaseDraft",
    summary: "Keep a draft started from an older revision on top of the current one (editors and admins), after comparing both texts.",
    access: "editor",
    params: partParams,
    body: draftVersionBody,
    response: { description: "Rebased.", json: z.object({ version: z.number().int(), baseRevision: z.number().int() }) },
    errors: WRITE_ERRORS,
  },
  {
    method: "post",
    path: "/api/v1/editor/parts/{slug}/{part}/publish",
    operationId: "publishDraft",
    summary: "Publish the reviewed draft of a part (admins). Writes a revision.",
    access: "admin",
    params: partParams,
    body: publishBody,
    response: { description: "Published.", json: z.object({ revision: z.number().int() }) },
    errors: WRITE_ERRORS,
  },
  {
    method: "post",
    path: "/api/v1/editor/revisions/{id}/restore",
    operationId: "restoreRevision",
    summary: "Restore a part as it was before or after a revision (admins). Writes a new revision.",
    access: "admin",
    params: idParams,
    body: restoreBody,
    response: { description: "Restored.", json: z.object({ revision: z.number().int() }) },
    errors: WRITE_ERRORS,
  },
];

/** Shared component schemas, referenced by name. */
export const COMPONENTS = { Chapter: chapterSchema, BookExport: bookExportSchema } as const;
