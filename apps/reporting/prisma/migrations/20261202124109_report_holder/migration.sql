-- AlterTable
ALTER TABLE "UnitReport" ADD COLUMN     "heldByDecision" TEXT,
ADD COLUMN     "heldByUnitId" TEXT;

-- CreateIndex
CREATE INDEX "UnitReport_heldByUnitId_idx" ON "UnitReport"("heldByUnitId");

