-- AlterTable
ALTER TABLE "unit_plan" ADD COLUMN     "body" TEXT,
ADD COLUMN     "drafted_at" TIMESTAMP(3),
ADD COLUMN     "items" JSONB NOT NULL DEFAULT '[]',
ADD COLUMN     "reviewed_at" TIMESTAMP(3),
ADD COLUMN     "reviewed_by" TEXT,
ADD COLUMN     "title" TEXT;

