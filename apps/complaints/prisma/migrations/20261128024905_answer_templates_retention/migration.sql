-- AlterTable
ALTER TABLE "Complaint" ADD COLUMN     "personalDataErasedAt" TIMESTAMP(3);

-- AlterTable
ALTER TABLE "ComplaintSettings" ADD COLUMN     "personalDataRetentionMonths" INTEGER NOT NULL DEFAULT 60;

-- CreateTable
CREATE TABLE "AnswerTemplate" (
    "id" UUID NOT NULL,
    "field" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "text" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "updatedBy" TEXT NOT NULL,

    CONSTRAINT "AnswerTemplate_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "AnswerTemplate_field_idx" ON "AnswerTemplate"("field");

