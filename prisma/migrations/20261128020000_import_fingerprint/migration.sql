-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_ImportRun" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "sourceFile" TEXT NOT NULL,
    "sourceSha256" TEXT NOT NULL,
    "fingerprint" TEXT NOT NULL DEFAULT '',
    "startedAt" DATETIME NOT NULL,
    "finishedAt" DATETIME NOT NULL,
    "counts" TEXT NOT NULL,
    "warnings" TEXT NOT NULL
);
INSERT INTO "new_ImportRun" ("counts", "finishedAt", "id", "sourceFile", "sourceSha256", "startedAt", "warnings") SELECT "counts", "finishedAt", "id", "sourceFile", "sourceSha256", "startedAt", "warnings" FROM "ImportRun";
DROP TABLE "ImportRun";
ALTER TABLE "new_ImportRun" RENAME TO "ImportRun";
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;

