-- AlterTable (a plain ADD COLUMN: redefining the table in SQLite would cascade-delete BlockFootnote rows)
ALTER TABLE "Footnote" ADD COLUMN "sourceText" TEXT NOT NULL DEFAULT '';

-- Existing notes: the stored text is the 2013 text.
UPDATE "Footnote" SET "sourceText" = "text";
