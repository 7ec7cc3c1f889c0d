-- CreateTable
CREATE TABLE "Chapter" (
    "number" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "slug" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "acronym" TEXT,
    "category" TEXT,
    "firstPage" INTEGER,
    "lastPage" INTEGER
);

-- CreateTable
CREATE TABLE "Section" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "chapterNumber" INTEGER NOT NULL,
    "kinds" TEXT NOT NULL,
    "primaryKind" TEXT NOT NULL,
    "heading" TEXT NOT NULL,
    "position" INTEGER NOT NULL,
    "line" INTEGER NOT NULL,
    CONSTRAINT "Section_chapterNumber_fkey" FOREIGN KEY ("chapterNumber") REFERENCES "Chapter" ("number") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Block" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "chapterNumber" INTEGER NOT NULL,
    "sectionId" INTEGER,
    "position" INTEGER NOT NULL,
    "type" TEXT NOT NULL,
    "label" TEXT,
    "depth" INTEGER NOT NULL,
    "text" TEXT NOT NULL,
    "sourceText" TEXT NOT NULL,
    "line" INTEGER NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "Block_chapterNumber_fkey" FOREIGN KEY ("chapterNumber") REFERENCES "Chapter" ("number") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "Block_sectionId_fkey" FOREIGN KEY ("sectionId") REFERENCES "Section" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Footnote" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "chapterNumber" INTEGER NOT NULL,
    "number" INTEGER,
    "text" TEXT NOT NULL,
    "line" INTEGER NOT NULL,
    "position" INTEGER NOT NULL,
    CONSTRAINT "Footnote_chapterNumber_fkey" FOREIGN KEY ("chapterNumber") REFERENCES "Chapter" ("number") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "BlockFootnote" (
    "blockId" TEXT NOT NULL,
    "footnoteId" INTEGER NOT NULL,
    "position" INTEGER NOT NULL,

    PRIMARY KEY ("blockId", "footnoteId"),
    CONSTRAINT "BlockFootnote_blockId_fkey" FOREIGN KEY ("blockId") REFERENCES "Block" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "BlockFootnote_footnoteId_fkey" FOREIGN KEY ("footnoteId") REFERENCES "Footnote" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "GlossaryTerm" (
    "term" TEXT NOT NULL PRIMARY KEY,
    "expansion" TEXT NOT NULL,
    "position" INTEGER NOT NULL
);

-- CreateTable
CREATE TABLE "ImportRun" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "sourceFile" TEXT NOT NULL,
    "sourceSha256" TEXT NOT NULL,
    "startedAt" DATETIME NOT NULL,
    "finishedAt" DATETIME NOT NULL,
    "counts" TEXT NOT NULL,
    "warnings" TEXT NOT NULL
);

-- CreateTable
CREATE TABLE "ContentState" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "version" INTEGER NOT NULL,
    "updatedAt" DATETIME NOT NULL
);

-- CreateIndex
CREATE UNIQUE INDEX "Chapter_slug_key" ON "Chapter"("slug");

-- CreateIndex
CREATE INDEX "Section_primaryKind_idx" ON "Section"("primaryKind");

-- CreateIndex
CREATE UNIQUE INDEX "Section_chapterNumber_position_key" ON "Section"("chapterNumber", "position");

-- CreateIndex
CREATE INDEX "Block_chapterNumber_position_idx" ON "Block"("chapterNumber", "position");

-- CreateIndex
CREATE INDEX "Block_sectionId_idx" ON "Block"("sectionId");

-- CreateIndex
CREATE INDEX "Footnote_chapterNumber_number_idx" ON "Footnote"("chapterNumber", "number");

-- CreateIndex
CREATE UNIQUE INDEX "Footnote_chapterNumber_position_key" ON "Footnote"("chapterNumber", "position");

