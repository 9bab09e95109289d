-- AlterTable
ALTER TABLE "Complaint" ADD COLUMN     "watchedDue" DATE;

-- CreateIndex
CREATE INDEX "Complaint_watchedDue_idx" ON "Complaint"("watchedDue");


-- Backfill: the limit each stored state runs against, as the domain's watchedDeadline picks it
-- (paused and finished PAKN run against none).
UPDATE "Complaint" SET "watchedDue" = CASE
  WHEN status = 'received' THEN "dueClassify"
  WHEN status = 'transferred' THEN "dueHandle"
  WHEN status IN ('classified', 'handled', 'approved') THEN "dueAnswer"
  ELSE NULL
END;
