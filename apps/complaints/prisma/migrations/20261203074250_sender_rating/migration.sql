-- CreateTable
CREATE TABLE "ComplaintRating" (
    "complaintId" UUID NOT NULL,
    "satisfied" BOOLEAN NOT NULL,
    "comment" TEXT,
    "ratedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "ComplaintRating_pkey" PRIMARY KEY ("complaintId")
);

-- CreateIndex
CREATE INDEX "ComplaintRating_ratedAt_idx" ON "ComplaintRating"("ratedAt");

-- AddForeignKey
ALTER TABLE "ComplaintRating" ADD CONSTRAINT "ComplaintRating_complaintId_fkey" FOREIGN KEY ("complaintId") REFERENCES "Complaint"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

