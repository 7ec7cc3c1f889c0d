/**
 * A migrated database holding the real book, with Better Auth on it: the starting point of the
 * editorial integration tests. Modules load lazily so DATABASE_URL and globals are set first.
 */
import { SYSTEM_INGEST } from "@/lib/access/actor";
import type { Auth } from "@/lib/auth/server";
import type { Db } from "@/lib/db/client";
import { realBook, ROOT } from "./real-book";

export async function editorialDatabase(url: string): Promise<{ db: Db; makeAuth: () => Auth }> {
  const { migrateDatabase } = await import("@/lib/db/migrate");
  await migrateDatabase(url, ROOT);
  const { createDb } = await import("@/lib/db/client");
  const db = createDb(url);
  const { importBook } = await import("@/lib/db/imports/import-book");
  const parsed = realBook();
  await importBook({ db, actor: SYSTEM_INGEST, book: parsed.book, report: parsed.report, agencies: parsed.agencies, tags: parsed.tags, overviewFootnotes: parsed.overviewFootnotes });
  const { createAuth } = await import("@/lib/auth/server");
  const makeAuth = () => createAuth({ db, provider: url.startsWith("file:") ? "sqlite" : "postgresql", secret: "x".repeat(40), baseURL: "http://127.0.0.1:3000" });
  return { db, makeAuth };
}

/** The session cookie of a sign-in response, as request headers. */
export function sessionHeaders(response: Response): Headers {
  return new Headers({ cookie: response.headers.getSetCookie().map((c) => c.split(";")[0]).join("; ") });
}
