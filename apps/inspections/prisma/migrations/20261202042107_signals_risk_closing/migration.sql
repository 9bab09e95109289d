-- AlterEnum
ALTER TYPE "InspectionStatus" ADD VALUE 'closed';

-- AlterEnum
ALTER TYPE "RecommendationStatus" ADD VALUE 'carried_over';

-- AlterTable
ALTER TABLE "inspection" ADD COLUMN     "closed_at" TIMESTAMP(3);

-- AlterTable
ALTER TABLE "recommendation" ADD COLUMN     "carry_over_reason" TEXT,
ADD COLUMN     "overdue_raised_at" TIMESTAMP(3);

-- CreateTable
CREATE TABLE "unit_signal" (
    "event_id" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "unit_id" TEXT NOT NULL,
    "subject" TEXT NOT NULL,
    "day" DATE NOT NULL,
    "late" BOOLEAN,

    CONSTRAINT "unit_signal_pkey" PRIMARY KEY ("event_id")
);

-- CreateTable
CREATE TABLE "risk_weight" (
    "kind" TEXT NOT NULL,
    "weight" DOUBLE PRECISION NOT NULL DEFAULT 1,
    "updated_by" TEXT,
    "updated_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "risk_weight_pkey" PRIMARY KEY ("kind")
);

-- CreateIndex
CREATE INDEX "unit_signal_unit_id_day_idx" ON "unit_signal"("unit_id", "day");

-- CreateIndex
CREATE INDEX "unit_signal_day_kind_idx" ON "unit_signal"("day", "kind");

-- CreateIndex
CREATE INDEX "recommendation_due_day_idx" ON "recommendation"("due_day");


-- The risk score's kinds of signal, each weighted 1 until the city office changes it (issue 11 item 7).
INSERT INTO "risk_weight" ("kind", "weight") VALUES
  ('complaint-overdue', 1),
  ('occurrence-overdue', 1),
  ('repeated-finding', 1),
  ('late-report', 1),
  ('recommendation-overdue', 1)
ON CONFLICT DO NOTHING;
