-- AlterTable
ALTER TABLE "occurrence" ADD COLUMN     "source_link" TEXT;

-- AlterTable
ALTER TABLE "progress_report" ADD COLUMN     "source_ref" TEXT;

-- CreateIndex
CREATE UNIQUE INDEX "progress_report_occurrence_id_source_ref_key" ON "progress_report"("occurrence_id", "source_ref");

