-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateTable
CREATE TABLE "Chapter" (
    "number" INTEGER NOT NULL,
    "slug" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "acronym" TEXT,
    "category" TEXT,
    "firstPage" INTEGER,
    "lastPage" INTEGER,

    CONSTRAINT "Chapter_pkey" PRIMARY KEY ("number")
);

-- CreateTable
CREATE TABLE "Section" (
    "id" SERIAL NOT NULL,
    "chapterNumber" INTEGER NOT NULL,
    "kinds" TEXT NOT NULL,
    "primaryKind" TEXT NOT NULL,
    "heading" TEXT NOT NULL,
    "position" INTEGER NOT NULL,
    "line" INTEGER NOT NULL,

    CONSTRAINT "Section_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Block" (
    "id" TEXT NOT NULL,
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
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Block_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Footnote" (
    "id" SERIAL NOT NULL,
    "chapterNumber" INTEGER NOT NULL,
    "number" INTEGER,
    "text" TEXT NOT NULL,
    "line" INTEGER NOT NULL,
    "position" INTEGER NOT NULL,

    CONSTRAINT "Footnote_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "BlockFootnote" (
    "blockId" TEXT NOT NULL,
    "footnoteId" INTEGER NOT NULL,
    "position" INTEGER NOT NULL,

    CONSTRAINT "BlockFootnote_pkey" PRIMARY KEY ("blockId","footnoteId")
);

-- CreateTable
CREATE TABLE "GlossaryTerm" (
    "term" TEXT NOT NULL,
    "expansion" TEXT NOT NULL,
    "position" INTEGER NOT NULL,

    CONSTRAINT "GlossaryTerm_pkey" PRIMARY KEY ("term")
);

-- CreateTable
CREATE TABLE "ImportRun" (
    "id" SERIAL NOT NULL,
    "sourceFile" TEXT NOT NULL,
    "sourceSha256" TEXT NOT NULL,
    "startedAt" TIMESTAMP(3) NOT NULL,
    "finishedAt" TIMESTAMP(3) NOT NULL,
    "counts" TEXT NOT NULL,
    "warnings" TEXT NOT NULL,

    CONSTRAINT "ImportRun_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ContentState" (
    "id" INTEGER NOT NULL,
    "version" INTEGER NOT NULL,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "ContentState_pkey" PRIMARY KEY ("id")
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

-- AddForeignKey
ALTER TABLE "Section" ADD CONSTRAINT "Section_chapterNumber_fkey" FOREIGN KEY ("chapterNumber") REFERENCES "Chapter"("number") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Block" ADD CONSTRAINT "Block_chapterNumber_fkey" FOREIGN KEY ("chapterNumber") REFERENCES "Chapter"("number") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Block" ADD CONSTRAINT "Block_sectionId_fkey" FOREIGN KEY ("sectionId") REFERENCES "Section"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Footnote" ADD CONSTRAINT "Footnote_chapterNumber_fkey" FOREIGN KEY ("chapterNumber") REFERENCES "Chapter"("number") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "BlockFootnote" ADD CONSTRAINT "BlockFootnote_blockId_fkey" FOREIGN KEY ("blockId") REFERENCES "Block"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "BlockFootnote" ADD CONSTRAINT "BlockFootnote_footnoteId_fkey" FOREIGN KEY ("footnoteId") REFERENCES "Footnote"("id") ON DELETE CASCADE ON UPDATE CASCADE;

