-- AlterTable
ALTER TABLE "Complaint" ADD COLUMN     "publishedSearchText" TEXT,
ADD COLUMN     "trigrams" TEXT[] DEFAULT ARRAY[]::TEXT[];

-- AlterTable
ALTER TABLE "SubmissionChallenge" ADD COLUMN     "clientKey" TEXT NOT NULL DEFAULT '';

-- CreateIndex
CREATE INDEX "Complaint_publishedAt_idx" ON "Complaint"("publishedAt");

-- CreateIndex
CREATE INDEX "SubmissionChallenge_clientKey_issuedAt_idx" ON "SubmissionChallenge"("clientKey", "issuedAt");

-- CreateIndex
CREATE INDEX "SubmissionChallenge_issuedAt_idx" ON "SubmissionChallenge"("issuedAt");

