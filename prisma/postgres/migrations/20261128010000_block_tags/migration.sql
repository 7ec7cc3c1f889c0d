-- CreateTable
CREATE TABLE "BlockTag" (
    "id" SERIAL NOT NULL,
    "blockId" TEXT NOT NULL,
    "vocabulary" TEXT NOT NULL,
    "tag" TEXT NOT NULL,
    "source" TEXT NOT NULL,
    "matched" TEXT NOT NULL,
    "applied" BOOLEAN NOT NULL DEFAULT true,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "BlockTag_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "BlockTag_vocabulary_tag_idx" ON "BlockTag"("vocabulary", "tag");

-- CreateIndex
CREATE UNIQUE INDEX "BlockTag_blockId_vocabulary_tag_source_key" ON "BlockTag"("blockId", "vocabulary", "tag", "source");

-- AddForeignKey
ALTER TABLE "BlockTag" ADD CONSTRAINT "BlockTag_blockId_fkey" FOREIGN KEY ("blockId") REFERENCES "Block"("id") ON DELETE CASCADE ON UPDATE CASCADE;

