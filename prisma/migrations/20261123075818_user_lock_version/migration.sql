-- AlterTable
ALTER TABLE "user" ADD COLUMN     "lockVersion" INTEGER NOT NULL DEFAULT 0;

