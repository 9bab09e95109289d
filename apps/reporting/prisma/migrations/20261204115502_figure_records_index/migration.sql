-- CreateIndex
CREATE INDEX "FactContribution_measure_unitId_day_idx" ON "FactContribution"("measure", "unitId", "day");

