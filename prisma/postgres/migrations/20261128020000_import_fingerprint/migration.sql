-- AlterTable
ALTER TABLE "ImportRun" ADD COLUMN     "fingerprint" TEXT NOT NULL DEFAULT '';

