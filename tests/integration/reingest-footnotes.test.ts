/**
 * Re-ingest with a parser that moves a body block into the footnotes, on SQLite: the chapter was
 * first imported as the earlier parser read it (FAO's note 2, which lost its number, printed as a
 * paragraph of the activities), editors then published edits to that chapter, and the source is
 * imported again as the parser reads it now. The edits must survive and the note must be a note.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { SYSTEM_INGEST, type Actor } from "@/lib/access/actor";
import type { Db } from "@/lib/db/client";
import { loadAgencies } from "@/lib/book/content/agencies";
import { loadCorrections } from "@/lib/book/content/corrections";
import { parseBook } from "@/lib/ingest/parse-book";
import { tagBook } from "@/lib/themes/tag-book";
import { loadGcmObjectives, loadIgnorePhrases, loadThemes } from "@/lib/book/content/vocabularies";
import { freshSqlite, type TestDatabase } from "../support/databases";
import { realBook, ROOT } from "../support/real-book";

const NOTE_2 = "The thematic area of leveraging the potential of migration for reducing poverty";
const editor: Actor = { kind: "user", id: "reingest-editor", email: "editor@example.org", role: "editor" };
const admin: Actor = { kind: "user", id: "reingest-admin", email: "admin@example.org", role: "admin" };

/** The book as the earlier parser read it: the same source, with FAO's unnumbered note 2 kept in the body. */
function earlierParse() {
  const text = readFileSync(join(ROOT, "content/source/compendium.txt"), "utf8");
  const agencies = loadAgencies(ROOT);
  const corrections = [
    ...loadCorrections(ROOT),
    { chapter: "fao", startsWith: NOTE_2, treatAs: "body" as const, reason: "test: the earlier parser kept this note in the body" },
  ];
  const { sha256 } = realBook().book.source;
  const { book, report, overviewFootnotes } = parseBook({ text, sha256, file: "content/source/compendium.txt", agencies: agencies.agencies, corrections });
  const tags = tagBook(book, { theme: loadThemes(ROOT), gcm: loadGcmObjectives(ROOT) }, loadIgnorePhrases(ROOT));
  return { book, report, agencies, tags, overviewFootnotes };
}

describe("re-ingest that moves a paragraph into the footnotes (SQLite)", () => {
  let database: TestDatabase;
  let db: Db;

  beforeAll(async () => {
    database = freshSqlite();
    process.env.DATABASE_URL = database.url;
    const { migrateDatabase } = await import("@/lib/db/migrate");
    await migrateDatabase(database.url, ROOT);
    const { createDb } = await import("@/lib/db/client");
    db = createDb(database.url);
    (globalThis as { __compendiumDb?: Db }).__compendiumDb = db;
    const { importBook } = await import("@/lib/db/imports/import-book");
    const earlier = earlierParse();
    const outcome = await importBook({ db, actor: SYSTEM_INGEST, ...earlier });
    expect(outcome.status).toBe("imported");
  }, 180_000);

  afterAll(async () => {
    await db?.$disconnect();
    await database?.drop();
  });

  it("first shows the unnumbered note as a paragraph, as the earlier parser did", async () => {
    const paragraph = await db.block.findFirst({ where: { chapterNumber: 2, text: { startsWith: NOTE_2 } } });
    expect(paragraph?.id).toBe("fao-activities-p2");
    expect(await db.footnote.count({ where: { chapterNumber: 2, number: 2 } })).toBe(0);
  });

  it("keeps published edits to the chapter and shows the note as footnote 2 after re-ingest with the fixed parser", async () => {
    const { saveDraft } = await import("@/lib/db/editing/save-draft");
    const { publishDraft } = await import("@/lib/db/editing/publish-draft");
    const { getEditablePart } = await import("@/lib/db/editing/get-editable-part");
    const { importBook } = await import("@/lib/db/imports/import-book");

    // Editors reword the paragraph that opens the activities and recommendation (c).
    const activities = { slug: "fao", part: "activities" };
    const before = await getEditablePart({ db, actor: editor, ...activities });
    const opening = before.published.blocks[0]!;
    expect(opening.id).toBe("fao-activities-p1");
    const reworded = { blocks: before.published.blocks.map((b) => (b.id === opening.id ? { ...b, text: "Editors' wording of the opening paragraph." } : b)) };
    await saveDraft({ db, actor: editor, input: { ...activities, baseRevision: before.revision, draftVersion: null, content: reworded } });
    await publishDraft({ db, actor: admin, input: { ...activities, draftVersion: 1, note: "Reword the opening" } });
    const recommendations = { slug: "fao", part: "recommendations" };
    const recs = await getEditablePart({ db, actor: editor, ...recommendations });
    const c = { blocks: recs.published.blocks.map((b) => (b.id === "fao-recommendations-c" ? { ...b, text: "Editors' wording of (c)." } : b)) };
    await saveDraft({ db, actor: editor, input: { ...recommendations, baseRevision: recs.revision, draftVersion: null, content: c } });
    await publishDraft({ db, actor: admin, input: { ...recommendations, draftVersion: 1, note: "Reword (c)" } });

    // …and the wording of note 3, which the earlier parse numbered too.
    const notes = { slug: "fao", part: "footnotes" };
    const noteParts = await getEditablePart({ db, actor: editor, ...notes });
    const three = noteParts.published.blocks.find((b) => b.label === "3")!;
    const rewordedNotes = { blocks: noteParts.published.blocks.map((b) => (b === three ? { ...b, text: "Editors' wording of note 3." } : b)) };
    await saveDraft({ db, actor: editor, input: { ...notes, baseRevision: noteParts.revision, draftVersion: null, content: rewordedNotes } });
    await publishDraft({ db, actor: admin, input: { ...notes, draftVersion: 1, note: "Reword note 3" } });

    const parsed = realBook();
    const outcome = await importBook({ db, actor: SYSTEM_INGEST, book: parsed.book, report: parsed.report, agencies: parsed.agencies, tags: parsed.tags, overviewFootnotes: parsed.overviewFootnotes });
    expect(outcome).toMatchObject({ status: "imported", reason: "rules changed" });
    if (outcome.status !== "imported") return;
    expect(outcome.editedParts).toEqual(expect.arrayContaining(["fao/activities", "fao/recommendations", "fao/footnotes"]));
    // A reworded note the merge cannot place is listed, never dropped silently.
    const lost = await db.footnote.findFirstOrThrow({ where: { chapterNumber: 2, number: 3 } });
    if (lost.text !== "Editors' wording of note 3.") {
      expect(outcome.conflicts).toContainEqual(expect.objectContaining({ part: "fao/footnotes", editorText: "Editors' wording of note 3." }));
    }

    // The edits survive.
    expect((await db.block.findUniqueOrThrow({ where: { id: "fao-activities-p1" } })).text).toBe("Editors' wording of the opening paragraph.");
    expect((await db.block.findUniqueOrThrow({ where: { id: "fao-recommendations-c" } })).text).toBe("Editors' wording of (c).");
    // The note is a footnote, numbered and linked from the block that cites it, and no longer a paragraph.
    const note = await db.footnote.findFirstOrThrow({ where: { chapterNumber: 2, number: 2 } });
    expect(note).toMatchObject({ line: 626, text: expect.stringMatching(new RegExp(`^${NOTE_2}`)), sourceText: note.text });
    expect(await db.block.count({ where: { chapterNumber: 2, text: { startsWith: NOTE_2 } } })).toBe(0);
    const citing = await db.blockFootnote.findFirstOrThrow({ where: { footnoteId: note.id } });
    expect(citing.blockId).toBe("fao-intro-p2");
    // Every paragraph the new source prints for the part is there once, with its own text.
    const after = await getEditablePart({ db, actor: editor, ...activities });
    const source = parsed.book.chapters.find((ch) => ch.slug === "fao")!.sections.find((s) => s.kinds[0] === "activities")!.blocks;
    const published = after.published.blocks.map((b) => b.text);
    for (const block of source.slice(1)) expect(published.filter((t) => t === block.text), block.id).toHaveLength(1);
    expect(published).toHaveLength(source.length);
  });

  // The merge pairs blocks by their 2013 text before their id, and notes by text, then number (lib/editing/merge-source.ts).
  it("keeps the editors' wording of a note that a newly found note moved down", async () => {
    const note = await db.footnote.findFirstOrThrow({ where: { chapterNumber: 2, number: 3 } });
    expect(note.text).toBe("Editors' wording of note 3.");
  });

  it("keeps an edited part's untouched paragraphs in the order and under the subheadings the source prints them", async () => {
    const { getEditablePart } = await import("@/lib/db/editing/get-editable-part");
    const after = await getEditablePart({ db, actor: editor, slug: "fao", part: "activities" });
    const source = realBook().book.chapters.find((ch) => ch.slug === "fao")!.sections.find((s) => s.kinds[0] === "activities")!.blocks;
    expect(after.published.blocks.slice(1).map((b) => b.text)).toEqual(source.slice(1).map((b) => b.text));
  });
});
