/**
 * One integration suite, run against both providers: migrate → ingest the real book →
 * read it back through the data layer and the API route handlers.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { SYSTEM_INGEST } from "@/lib/access/actor";
import type { Db } from "@/lib/db/client";
import { realBook, ROOT } from "../support/real-book";
import type { TestDatabase } from "../support/databases";

export function databaseSuite(name: string, open: () => Promise<TestDatabase>) {
  describe(`ingest → database → API on ${name}`, () => {
    let database: TestDatabase;
    let db: Db;

    beforeAll(async () => {
      database = await open();
      process.env.DATABASE_URL = database.url;
      const { migrateDatabase } = await import("@/lib/db/migrate");
      await migrateDatabase(database.url, ROOT);
      const { createDb } = await import("@/lib/db/client");
      db = createDb(database.url);
      (globalThis as { __compendiumDb?: Db }).__compendiumDb = db;
    });

    afterAll(async () => {
      await db?.$disconnect();
      await database?.drop();
    });

    it("creates every column the schema declares", async () => {
      const { Prisma } = await import("@/lib/db/generated/sqlite/client");
      const models = { Chapter: Prisma.ChapterScalarFieldEnum, Section: Prisma.SectionScalarFieldEnum, Block: Prisma.BlockScalarFieldEnum, Footnote: Prisma.FootnoteScalarFieldEnum, BlockFootnote: Prisma.BlockFootnoteScalarFieldEnum, BlockTag: Prisma.BlockTagScalarFieldEnum, GlossaryTerm: Prisma.GlossaryTermScalarFieldEnum, ImportRun: Prisma.ImportRunScalarFieldEnum, ContentState: Prisma.ContentStateScalarFieldEnum, User: Prisma.UserScalarFieldEnum, Session: Prisma.SessionScalarFieldEnum, Account: Prisma.AccountScalarFieldEnum, Verification: Prisma.VerificationScalarFieldEnum, RateLimit: Prisma.RateLimitScalarFieldEnum, AuditEvent: Prisma.AuditEventScalarFieldEnum, Draft: Prisma.DraftScalarFieldEnum, Revision: Prisma.RevisionScalarFieldEnum };
      for (const [model, fields] of Object.entries(models)) {
        const rows = database.url.startsWith("file:")
          ? await db.$queryRawUnsafe<{ name: string }[]>(`SELECT name FROM pragma_table_info('${model}')`)
          : await db.$queryRawUnsafe<{ name: string }[]>(`SELECT column_name::text AS name FROM information_schema.columns WHERE table_name = '${model}'`);
        expect(rows.map((r) => r.name).sort(), model).toEqual(Object.values(fields).sort());
      }
    });

    it("migrates idempotently", async () => {
      const { migrateDatabase } = await import("@/lib/db/migrate");
      expect(await migrateDatabase(database.url, ROOT)).toEqual([]);
    });

    it("imports the book in one transaction and records the run", async () => {
      const { importBook } = await import("@/lib/db/imports/import-book");
      const { book, report, agencies, tags, overviewFootnotes } = realBook();
      const outcome = await importBook({ db, actor: SYSTEM_INGEST, book, report, agencies, tags, overviewFootnotes });
      expect(outcome).toMatchObject({ status: "imported", reason: "first import" });
      const blocks = [...book.overview.blocks, ...book.chapters.flatMap((c) => [...c.intro, ...c.sections.flatMap((s) => s.blocks)])];
      expect(await db.block.count()).toBe(blocks.length);
      expect(await db.chapter.count()).toBe(29);
      expect(await db.glossaryTerm.count()).toBe(book.glossary.length);
      const run = await db.importRun.findFirstOrThrow();
      expect(run.sourceSha256).toBe(book.source.sha256);
      expect((await db.contentState.findUniqueOrThrow({ where: { id: 1 } })).version).toBe(1);
      expect(await db.blockTag.count({ where: { source: "rule" } })).toBe(tags.length);
    });

    it("does nothing on a second import of the same source", async () => {
      const { importBook } = await import("@/lib/db/imports/import-book");
      const { book, report, agencies, tags, overviewFootnotes } = realBook();
      const outcome = await importBook({ db, actor: SYSTEM_INGEST, book, report, agencies, tags, overviewFootnotes });
      expect(outcome.status).toBe("unchanged");
      expect(await db.importRun.count()).toBe(1);
    });

    it("re-imports an unchanged source when the tagging rules change", async () => {
      const { importBook } = await import("@/lib/db/imports/import-book");
      const { book, report, agencies, tags, overviewFootnotes } = realBook();
      const fewer = tags.filter((t) => t.tag !== "remittances");
      const outcome = await importBook({ db, actor: SYSTEM_INGEST, book, report, agencies, tags: fewer, overviewFootnotes });
      expect(outcome).toMatchObject({ status: "imported", reason: "rules changed" });
      expect(await db.blockTag.count({ where: { tag: "remittances" } })).toBe(0);
      await importBook({ db, actor: SYSTEM_INGEST, book, report, agencies, tags, overviewFootnotes });
      expect(await db.blockTag.count({ where: { tag: "remittances" } })).toBeGreaterThan(50);
      expect(await db.importRun.count()).toBe(3);
    });

    it("refuses an import by an anonymous or editor actor", async () => {
      const { importBook } = await import("@/lib/db/imports/import-book");
      const { book, report, agencies, tags, overviewFootnotes } = realBook();
      const runs = await db.importRun.count();
      await expect(importBook({ db, actor: { kind: "anonymous" }, book, report, agencies, tags, overviewFootnotes, force: true })).rejects.toMatchObject({ code: "UNAUTHORIZED" });
      await expect(
        importBook({ db, actor: { kind: "user", id: "u1", email: "e@example.org", role: "editor" }, book, report, agencies, tags, overviewFootnotes, force: true }),
      ).rejects.toMatchObject({ code: "FORBIDDEN" });
      expect(await db.importRun.count()).toBe(runs);
    });

    it("rolls everything back when the import fails midway", async () => {
      const { importBook } = await import("@/lib/db/imports/import-book");
      const { book, report, agencies, tags, overviewFootnotes } = realBook();
      const before = { blocks: await db.block.count(), runs: await db.importRun.count(), tags: await db.blockTag.count() };
      const version = (await db.contentState.findUniqueOrThrow({ where: { id: 1 } })).version;
      await expect(importBook({ db, actor: SYSTEM_INGEST, book, report, agencies, tags, overviewFootnotes, force: true, failAfterWrite: true })).rejects.toThrow(/Injected failure/);
      expect({ blocks: await db.block.count(), runs: await db.importRun.count(), tags: await db.blockTag.count() }).toEqual(before);
      expect((await db.contentState.findUniqueOrThrow({ where: { id: 1 } })).version).toBe(version);
    });

    it("serves a chapter from the API exactly as the parser produced it", async () => {
      const { GET } = await import("@/app/api/v1/agencies/[slug]/route");
      const response = await GET(new Request("http://localhost/api/v1/agencies/fao"), { params: Promise.resolve({ slug: "fao" }) });
      expect(response.status).toBe(200);
      const parsed = realBook().book.chapters.find((c) => c.slug === "fao");
      expect(await response.json()).toEqual(parsed);
    });

    it("serves every chapter identical to the export", async () => {
      const { GET } = await import("@/app/api/v1/agencies/[slug]/route");
      for (const chapter of realBook().book.chapters) {
        const response = await GET(new Request(`http://localhost/api/v1/agencies/${chapter.slug}`), { params: Promise.resolve({ slug: chapter.slug }) });
        expect(await response.json()).toEqual(chapter);
      }
    });

    it("lists the agencies and answers unknown and malformed slugs", async () => {
      const list = await import("@/app/api/v1/agencies/route");
      const body = await (await list.GET(new Request("http://localhost/api/v1/agencies"))).json();
      expect(body.agencies).toHaveLength(28);
      expect(body.agencies[0]).toMatchObject({ slug: "fao", number: 2, category: "specialized-agency" });
      const { GET } = await import("@/app/api/v1/agencies/[slug]/route");
      const missing = await GET(new Request("http://localhost/api/v1/agencies/nope"), { params: Promise.resolve({ slug: "nope" }) });
      expect(missing.status).toBe(404);
      const bad = await GET(new Request("http://localhost/api/v1/agencies/%27;drop"), { params: Promise.resolve({ slug: "';drop table" }) });
      expect(bad.status).toBe(400);
      expect((await bad.json()).error.message).toMatch(/slug/);
    });

    it("serves the full data dump identical to the parser's export", async () => {
      const { GET } = await import("@/app/api/v1/dump/route");
      const response = await GET(new Request("http://localhost/api/v1/dump"));
      expect(response.headers.get("content-type")).toMatch(/application\/json/);
      expect(await response.json()).toEqual(realBook().book);
    });

    it("lists themes with counts and serves a theme's passages filtered by part", async () => {
      const themes = await import("@/app/api/v1/themes/route");
      const body = await (await themes.GET(new Request("http://localhost/api/v1/themes"))).json();
      expect(body.themes.length).toBeGreaterThanOrEqual(18);
      expect(body.gcmObjectives).toHaveLength(23);
      const remittances = body.themes.find((t: { slug: string }) => t.slug === "remittances");
      expect(remittances.count).toBeGreaterThan(100);
      const one = await import("@/app/api/v1/themes/[slug]/route");
      const view = await (await one.GET(new Request("http://localhost/api/v1/themes/remittances?part=recommendations"), { params: Promise.resolve({ slug: "remittances" }) })).json();
      expect(view.blocks.length).toBe(view.count);
      expect(view.blocks.every((b: { kinds: string[]; themes: string[] }) => b.kinds.includes("recommendations") && b.themes.includes("remittances"))).toBe(true);
      expect(Object.keys(view.matrix)).toContain("ifad");
      const missing = await one.GET(new Request("http://localhost/api/v1/themes/nope"), { params: Promise.resolve({ slug: "nope" }) });
      expect(missing.status).toBe(404);
    });

    it("pages recommendations and rejects bad parameters with 400", async () => {
      const { GET } = await import("@/app/api/v1/recommendations/route");
      const page = await (await GET(new Request("http://localhost/api/v1/recommendations?agency=fao&limit=5&offset=2"))).json();
      expect(page).toMatchObject({ total: 16, limit: 5, offset: 2 });
      expect(page.items.map((i: { id: string }) => i.id)).toEqual(["fao-recommendations-a", "fao-recommendations-b", "fao-recommendations-c", "fao-recommendations-d", "fao-recommendations-e"]);
      for (const bad of ["limit=0", "limit=9999", "offset=-1", "agency=FAO!", "theme=%3Cscript%3E"]) {
        const response = await GET(new Request(`http://localhost/api/v1/recommendations?${bad}`));
        expect(response.status, bad).toBe(400);
        expect((await response.json()).error.code).toBe("INVALID_INPUT");
      }
    });

    it("exports the filtered list as CSV with the same rows as JSON", async () => {
      const { GET } = await import("@/app/api/v1/export/route");
      const csv = await (await GET(new Request("http://localhost/api/v1/export?format=csv&theme=remittances&part=recommendations"))).text();
      const json = await (await GET(new Request("http://localhost/api/v1/export?format=json&theme=remittances&part=recommendations"))).json();
      const { parse } = await import("csv-parse/sync");
      const rows = parse(csv.replace(/^\uFEFF/, ""), { columns: true }) as { permalink: string }[];
      expect(rows.length).toBe(json.count);
      expect(rows.map((r) => r.permalink)).toEqual(json.rows.map((r: { permalink: string }) => r.permalink));
      const bad = await GET(new Request("http://localhost/api/v1/export?format=xlsx"));
      expect(bad.status).toBe(400);
    });

    it("searches through the API and never answers a hostile query with a 500", async () => {
      const { GET } = await import("@/app/api/v1/search/route");
      const ok = await (await GET(new Request("http://localhost/api/v1/search?q=remittances&part=recommendations&limit=5"))).json();
      expect(ok).toMatchObject({ query: "remittances", total: expect.any(Number), facets: { agency: expect.any(Object), part: { recommendations: ok.total } } });
      expect(ok.hits).toHaveLength(5);
      expect(ok.hits[0]).toMatchObject({ id: expect.any(String), agency: expect.any(String), part: "recommendations", url: expect.stringMatching(/^\/agencies\/[a-z-]+#/), score: expect.any(Number) });
      expect(ok.hits[0].snippet).toMatch(/\[remittances?\]/i);
      const fuzz = ["", " ", "!!!", "%F0%9F%99%82", "(.*)+$", "'; DROP TABLE \"Block\"; --", "%22", "-", "agency:", "a%20".repeat(200), "\\", "%00", "<script>alert(1)</script>", "x".repeat(500)];
      for (const q of fuzz) {
        const response = await GET(new Request(`http://localhost/api/v1/search?q=${q}`));
        expect(response.status, q.slice(0, 30)).toBe(200);
        expect((await response.json()).hits).toBeInstanceOf(Array);
      }
      for (const bad of [`q=${"x".repeat(501)}`, "q=a&limit=101", "q=a&limit=0", "q=a&offset=-5", "q=a&part=lunch", "q=a&agency=%3Cscript%3E"]) {
        const response = await GET(new Request(`http://localhost/api/v1/search?${bad}`));
        expect(response.status, bad.slice(0, 30)).toBe(400);
        expect((await response.json()).error.message.length).toBeGreaterThan(5);
      }
      const long = await GET(new Request(`http://localhost/api/v1/search?q=${"y".repeat(501)}`));
      expect((await long.json()).error.message).toMatch(/limited to 500 characters/);
    });

    it("keeps two instances' search indexes fresh when the content changes", async () => {
      const { spawn } = await import("node:child_process");
      const word = "zanzibarquokka";
      const instances = [0, 1].map(() =>
        spawn(process.execPath, ["--conditions=react-server", "--import", "tsx", "tests/support/fixtures/search-instance.ts", word], {
          cwd: ROOT,
          env: { ...process.env, DATABASE_URL: database.url },
        }),
      );
      const latest = instances.map(() => ({ version: -1, total: -1 }));
      instances.forEach((child, i) =>
        child.stdout.on("data", (chunk: Buffer) => {
          const lines = chunk.toString().split("\n").filter((l) => l.startsWith("{"));
          if (lines.length > 0) latest[i] = JSON.parse(lines[lines.length - 1]!);
        }),
      );
      try {
        await expect.poll(() => latest.every((l) => l.version >= 0), { timeout: 25_000 }).toBe(true);
        expect(latest.map((l) => l.total)).toEqual([0, 0]);
        const { bumpContentVersion } = await import("@/lib/db/content/bump-content-version");
        const { inTransaction } = await import("@/lib/db/transaction");
        await inTransaction(db, async (tx) => {
          await tx.block.update({ where: { id: "fao-recommendations-c" }, data: { text: `Develop capacities, including ${word} studies.` } });
          await bumpContentVersion(tx);
        });
        // Both converge on their own (each polls the version, rebuilds beside the index in use, then swaps).
        await expect.poll(() => latest.map((l) => l.total), { timeout: 30_000, interval: 100 }).toEqual([1, 1]);
      } finally {
        instances.forEach((child) => child.kill());
      }
    });

    it("records page ranges from the table of contents", async () => {
      const fao = await db.chapter.findUniqueOrThrow({ where: { slug: "fao" } });
      expect([fao.firstPage, fao.lastPage]).toEqual([35, 50]);
    });
  });
}
